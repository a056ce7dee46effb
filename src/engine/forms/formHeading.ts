import type { KeyOf } from "../../strings/dictionary";
import { formLabel } from "../../strings/formLabels";
import type { CriteriaTable } from "../criteria/criterion";
import { a1 } from "../address";
import type { Lang } from "../lang";
import type { FormatRange, LayoutValue } from "../layout/sheetLayout";
import type { UnitFormInput } from "./layoutUnitForm";

/** The rows above a form's header: title, bloc, the unit's labelled cell, instructions, a blank row. */
export interface FormHeading {
  values: LayoutValue[][];
  formats: FormatRange[];
  merges: string[];
}

/** The instruction lines for this table: the deduction line only when it has deduction criteria. */
function steps(criteria: CriteriaTable): KeyOf<typeof formLabel>[] {
  const penalty = criteria.all.some((c) => c.kind === "penalty");
  return [
    "stepScore",
    ...(penalty ? (["stepPenalty"] as const) : []),
    "stepEvidence",
    "stepKeep",
    "stepReturn",
  ];
}

/**
 * The heading of a unit's form. The unit is `Đơn vị:` in column A and the name in B, the place findSheetUnit
 * reads it from; the name is written as text whatever it starts with.
 */
export function formHeading(
  input: UnitFormInput,
  lang: Lang,
  criteria: CriteriaTable,
  width: number,
): FormHeading {
  const last = width - 1;
  const across = (row: number, from = 0): string => `${a1(row, from)}:${a1(row, last)}`;
  const values: LayoutValue[][] = [];
  const merges: string[] = [];
  const formats: FormatRange[] = [];
  values.push([formLabel(lang, "title", { year: input.year })]);
  merges.push(across(0));
  formats.push({ range: "A1", format: { bold: true, fontSize: 14, horizontal: "center" } });
  const bloc = input.blocName.trim();
  values.push([bloc ? formLabel(lang, "bloc", { bloc }, input.kind) : null]);
  merges.push(across(1));
  formats.push({ range: "A2", format: { italic: true, horizontal: "center" } });
  values.push([formLabel(lang, "unitLabel"), input.unit]);
  merges.push(across(2, 1));
  formats.push({ range: "B3", format: { bold: true, fontSize: 12 } });
  values.push([formLabel(lang, "instructions")]);
  merges.push(across(3));
  formats.push({ range: "A4", format: { bold: true, italic: true } });
  steps(criteria).forEach((key, i) => {
    const row = values.length;
    values.push([`${i + 1}. ${formLabel(lang, key, {}, input.kind)}`]);
    merges.push(across(row));
    formats.push({ range: a1(row, 0), format: { italic: true } });
  });
  values.push([]);
  return { values, formats, merges };
}
