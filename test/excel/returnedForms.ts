// Returned forms as units send them back: the form the add-in lays out for a unit, filled with scores, as a
// workbook of its own. No Node or DOM: the browser tests' Office stub and page bundle it too.
import { readCriteria } from "../../src/engine/criteria/readCriteria";
import { layoutUnitForm } from "../../src/engine/forms/layoutUnitForm";
import type { ReturnedWorkbook } from "../../src/engine/merge/planMerge";
import type { CellValue, SheetInput } from "../../src/engine/workbook";
import { maxOf, SAMPLE_LEAVES } from "../../src/samples/sampleCriteria";
import { layoutSheet } from "../helpers/layoutSheet";
import { freshMaster, FRESH_YEAR } from "./freshMaster";

/**
 * Self scores a unit might send: every normal leaf its max less 0–2 points (by `index`), one bonus point on
 * each bonus row, no deduction.
 */
export function sampleSelf(index: number): Map<string, CellValue> {
  const score = (key: string): number => {
    if (key.startsWith("IV.")) return 1;
    if (key.startsWith("V.")) return 0;
    return maxOf(key) - (index % 3);
  };
  return new Map(SAMPLE_LEAVES.map((key) => [key, score(key)]));
}

/** A unit's form filled with `self`, as the one sheet of a workbook named `sheet`. */
export function filledForm(unit: string, self: ReadonlyMap<string, CellValue>, sheet: string): SheetInput {
  const criteria = readCriteria(freshMaster()).table;
  if (!criteria) throw new Error("the fresh master has no criteria table");
  const fill = { self, evidence: new Map<string, string>(), explanation: new Map<string, string>() };
  const input = { criteria, unit, blocName: "Khối các cơ quan Đảng tỉnh", year: FRESH_YEAR, fill };
  return layoutSheet(layoutUnitForm(input, "vi", sheet));
}

export const returnedForm = (file: string, form: SheetInput): ReturnedWorkbook => ({
  file,
  workbook: { sheets: [form] },
});
