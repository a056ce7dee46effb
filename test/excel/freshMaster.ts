// A master workbook at the start of a year: the criteria table, the roster and the settings of the Party
// bloc sample, no scores yet, which is what a secretary has when she makes the units' forms. No Node or DOM:
// the browser tests' Office stub bundles it too.
import { readRoster } from "../../src/engine/scores/readRoster";
import type { WorkbookInput } from "../../src/engine/workbook";
import { partyBloc } from "../../src/samples/partyBloc";

export const FRESH_YEAR = 2024;

/** The criteria, roster and settings sheets of the Party bloc sample, without its score matrix. */
export function freshMaster(): WorkbookInput {
  const sample = partyBloc(FRESH_YEAR);
  return { sheets: sample.sheets.filter((sheet) => sheet.name !== "Tổng hợp") };
}

/** The units of the fresh master, as its roster spells them, in roster order. */
export function freshUnits(): string[] {
  return readRoster(freshMaster()).roster?.units.map((unit) => unit.name) ?? [];
}
