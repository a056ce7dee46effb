import { formLabel } from "../../strings/formLabels";
import { isLeaf, type Criterion } from "../criteria/criterion";
import type { Lang } from "../lang";
import type { LayoutValue } from "../layout/sheetLayout";
import type { CellValue } from "../workbook";
import type { FormColumns } from "./formColumns";
import type { FormFill } from "./layoutUnitForm";

const KIND_WORD = { normal: "kindNormal", bonus: "kindBonus", penalty: "kindPenalty" } as const;

// A kind is written where it differs from what the row would inherit, so that the readers' inference
// (a parent's kind passes to its children) gives back exactly the table's kinds.
function kindCell(criterion: Criterion, byKey: ReadonlyMap<string, Criterion>, lang: Lang): LayoutValue {
  const parent = criterion.parentKey ? byKey.get(criterion.parentKey) : undefined;
  const inherited = parent?.kind ?? "normal";
  if (criterion.kind === "normal" && inherited === "normal") return null;
  return formLabel(lang, KIND_WORD[criterion.kind]);
}

const typed = (value: CellValue | undefined): LayoutValue =>
  value === undefined || value === "" ? null : value;

/** One criterion's row of a form: its table cells, and the unit's scores from `fill` on a leaf. */
export function formRowValues(
  criterion: Criterion,
  columns: FormColumns,
  lang: Lang,
  byKey: ReadonlyMap<string, Criterion>,
  fill: FormFill | undefined,
): LayoutValue[] {
  const row: LayoutValue[] = Array.from({ length: columns.width }, () => null);
  row[columns.code] = criterion.code;
  row[columns.criterion] = criterion.name;
  row[columns.max] = criterion.max;
  if (columns.weight !== null) row[columns.weight] = criterion.weight;
  if (columns.kind !== null) row[columns.kind] = kindCell(criterion, byKey, lang);
  if (columns.evidenceRequired !== null && criterion.evidenceRequired) row[columns.evidenceRequired] = "x";
  if (fill && isLeaf(criterion)) {
    row[columns.self] = typed(fill.self.get(criterion.key));
    row[columns.evidence] = typed(fill.evidence.get(criterion.key));
    row[columns.explanation] = typed(fill.explanation.get(criterion.key));
  }
  return row;
}
