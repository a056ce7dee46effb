import { formLabel } from "../../strings/formLabels";
import { a1 } from "../address";
import { decimalsFormat } from "../layout/formulaRefs";
import { heightForLines } from "../layout/textFit";
import type { Lang } from "../lang";
import type { FormatRange, LayoutValue } from "../layout/sheetLayout";
import type { FormColumns } from "./formColumns";
import { formTotal } from "./formTotal";
import type { UnitFormInput } from "./layoutUnitForm";

/**
 * Room under `(Ký tên, đóng dấu)` for the signature and the seal, in points: the hint's row is that much
 * taller, its text at the top. Blank rows would do on paper, but a host's used range ends at the last cell
 * holding something, so they would not be printed — nor read back as they were written.
 */
const SIGNATURE_ROOM = 72;

/** The formats and merges of a form's foot; its rows are appended to the form's values. */
export interface FormFooter {
  formats: FormatRange[];
  merges: string[];
  rowHeights: { row: number; height: number }[];
}

/**
 * The foot of a unit's form, under the criteria: the `Tổng cộng` row with the normal maximum and the unit's
 * total as a live formula (the readers take a `Tổng cộng` row for the table's total, never a criterion or
 * a score), a blank row, then at the right the date line in italics, `THỦ TRƯỞNG ĐƠN VỊ`, `(Ký tên, đóng
 * dấu)` with room to sign under it, each merged over the score and text columns. The date line and the signer's title
 * close the table for the readers, so nothing below them is read.
 */
export function formFooter(
  input: UnitFormInput,
  lang: Lang,
  columns: FormColumns,
  headerRow: number,
  values: LayoutValue[][],
): FormFooter {
  const { criteria } = input;
  const last = columns.width - 1;
  const decimals = input.decimals ?? 2;
  const rowOf = new Map(criteria.all.map((criterion, i) => [criterion.key, headerRow + 1 + i]));
  const total: LayoutValue[] = Array.from({ length: columns.width }, () => null);
  total[columns.criterion] = formLabel(lang, "total");
  total[columns.max] = criteria.weighted ? null : Number(criteria.normalMax.toFixed(6));
  total[columns.self] = formTotal(criteria, rowOf, columns.self, input.fill?.self, {
    scale: input.scale ?? 100,
    decimals,
  });
  const totalRow = values.push(total) - 1;
  values.push([]);
  const span = (row: number): string => `${a1(row, columns.self)}:${a1(row, last)}`;
  const block = (text: string): number =>
    values.push([...Array<LayoutValue>(columns.self).fill(null), text]) - 1;
  const date = block(formLabel(lang, "dateLine"));
  const signer = block(formLabel(lang, "signer"));
  const hint = block(formLabel(lang, "signHint"));
  return {
    merges: [span(date), span(signer), span(hint)],
    rowHeights: [{ row: hint + 1, height: heightForLines(1) + SIGNATURE_ROOM }],
    formats: [
      { range: `${a1(totalRow, 0)}:${a1(totalRow, last)}`, format: { bold: true, border: "thin" } },
      { range: a1(totalRow, columns.max), format: { horizontal: "center" } },
      {
        range: a1(totalRow, columns.self),
        format: { horizontal: "center", numberFormat: decimalsFormat(decimals), fill: "FFF2CC" },
      },
      { range: span(date), format: { italic: true, horizontal: "center", wrap: true } },
      { range: span(signer), format: { bold: true, horizontal: "center", wrap: true } },
      { range: span(hint), format: { italic: true, horizontal: "center", vertical: "top", wrap: true } },
    ],
  };
}
