import { isLeaf, type CriteriaTable } from "../criteria/criterion";
import type { Lang } from "../lang";
import type { UnitKind } from "../settings/settings";
import { A4_PORTRAIT, type LayoutValue, type SheetLayout } from "../layout/sheetLayout";
import { withinExcelLimits } from "../layout/excelLimits";
import { fitRowHeights } from "../layout/fitRowHeights";
import { inDocumentFont } from "../layout/inDocumentFont";
import type { CellValue } from "../workbook";
import { formColumns } from "./formColumns";
import { formFooter } from "./formFooter";
import { formHeading } from "./formHeading";
import { formRowValues } from "./formRows";
import { formStyles } from "./formStyles";

/** Scores to put in a form, by criterion key (`II.1.a`): a returned form's values brought into a new sheet. */
export interface FormFill {
  /** Self scores as typed: a number, or the text the unit typed (kept so that the rank reports it). */
  self: ReadonlyMap<string, CellValue>;
  evidence: ReadonlyMap<string, string>;
  explanation: ReadonlyMap<string, string>;
}

/** What one unit's self-assessment form is made from. */
export interface UnitFormInput {
  criteria: CriteriaTable;
  /** The unit's name as the roster spells it. */
  unit: string;
  blocName: string;
  /** Bloc or cluster, for the heading's words; bloc when not given. */
  kind?: UnitKind;
  year: number;
  fill?: FormFill;
  /** The Scale and Decimals settings the form's total is computed with: 100 and 2 when not given. */
  scale?: number;
  decimals?: number;
}

/**
 * One unit's self-assessment form (phiếu tự chấm) as a sheet layout of kind "form" named `name`: title, bloc,
 * the unit in a labelled cell (`Đơn vị:` | name), short instructions, then `STT | Nội dung tiêu chí | Điểm
 * tối đa | [Trọng số] | [Loại] | Điểm tự chấm | Minh chứng | Giải trình` with every criterion in table order,
 * then the `Tổng cộng` row (the unit's total as a live formula) and the signature block (date line, `THỦ
 * TRƯỞNG ĐƠN VỊ`, `(Ký tên, đóng dấu)`), in Times New Roman on A4 portrait. Only the leaves' score, evidence and explanation cells are editable; each leaf score cell accepts a number
 * from 0 to its max (a deduction from −max to max). Read back by the engine it gives the same unit, criteria
 * and scores.
 */
export function layoutUnitForm(input: UnitFormInput, lang: Lang, name: string): SheetLayout {
  const { criteria } = input;
  const columns = formColumns(criteria, lang);
  const heading = formHeading(input, lang, criteria, columns.width);
  const headerRow = heading.values.length;
  const values: LayoutValue[][] = [...heading.values, columns.header];
  const byKey = new Map(criteria.all.map((criterion) => [criterion.key, criterion]));
  values.push(...criteria.all.map((criterion) => formRowValues(criterion, columns, lang, byKey, input.fill)));
  const styles = formStyles(criteria.all, columns, headerRow, lang);
  const footer = formFooter(input, lang, columns, headerRow, values);
  const leaves = criteria.all.filter(isLeaf).length;
  return withinExcelLimits(
    fitRowHeights(
      inDocumentFont({
        kind: "form",
        name,
        values,
        formats: [...heading.formats, ...styles.formats, ...footer.formats],
        merges: [...heading.merges, ...footer.merges],
        columnWidths: columns.widths,
        rowHeights: [{ row: headerRow + 1, height: 32 }, ...footer.rowHeights],
        freeze: { rows: headerRow + 1, columns: 0 },
        print: {
          ...A4_PORTRAIT,
          margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4 },
          printTitleRows: `${headerRow + 1}:${headerRow + 1}`,
        },
        links: [],
        chart: null,
        tabColor: leaves > 0 ? "FFC000" : null,
        validations: styles.validations,
        protection: { unlocked: styles.unlocked },
      }),
    ),
  );
}
