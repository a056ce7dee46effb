import { a1 } from "../address";
import type { CriteriaTable, Criterion } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { isSettingsSheet } from "../settings/isSettingsSheet";
import type { WorkbookInput } from "../workbook";
import { collectUnitScores } from "./collectUnitScores";
import type { FoundUnit } from "./readBlock";
import { readScoreSheet } from "./readScoreSheet";
import { findRosterHeader } from "./rosterHeader";
import { UnitNames } from "./unitNames";
import type { Roster, RosterUnit, UnitScores } from "./unitScores";

/** What the scores reader found: every unit's scores and the problems in them. */
export interface ScoresResult {
  units: UnitScores[];
  issues: Issue[];
}

function rosterCell(workbook: WorkbookInput, roster: Roster | null): (unit: RosterUnit) => string {
  const values = workbook.sheets.find((sheet) => sheet.name === roster?.sheet)?.values ?? [];
  const col = findRosterHeader(values)?.cols.name ?? 0;
  return (unit) => a1(unit.row, col);
}

/** Every unit block found on the score sheets, before merging: unfilled ones included (a merge's places). */
export interface FoundScores {
  found: FoundUnit[];
  issues: Issue[];
  /** How many sheets hold score columns. */
  scoreSheets: number;
}

/**
 * Reads each score sheet's unit blocks as found, one entry per unit and sheet, empty forms and columns
 * included; `readScores` merges them. Sheets skipped: the settings sheet and any roster-shaped sheet.
 */
export function readScoreSheets(
  workbook: WorkbookInput,
  criteria: CriteriaTable,
  roster: Roster | null,
  names: UnitNames = new UnitNames(roster),
): FoundScores {
  const byKey = new Map<string, Criterion>(criteria.all.map((node) => [node.key, node]));
  const found: FoundUnit[] = [];
  const issues: Issue[] = [];
  let scoreSheets = 0;
  for (const sheet of workbook.sheets) {
    // Any roster-shaped sheet is skipped, not only the one read: its vote shares are not unit scores.
    if (isSettingsSheet(sheet.name) || sheet.name === roster?.sheet || findRosterHeader(sheet.values))
      continue;
    const result = readScoreSheet(sheet, byKey, names);
    if (!result) continue;
    scoreSheets++;
    found.push(...result.found);
    issues.push(...result.issues);
  }
  return { found, issues, scoreSheets };
}

/**
 * Reads every unit's scores (DESIGN §2.2) from the score sheets: every sheet other than the settings sheet
 * and the roster whose header (a code column) has score columns — matrices, per-unit forms and
 * cross-scoring alike, mixed freely. Rows are matched to the criteria by hierarchy key; scores are kept for
 * leaves only. Each unit's findings are merged over all sheets under the roster's spelling of its name.
 * Never throws on bad data: every problem is an issue at its sheet and cell.
 */
export function readScores(
  workbook: WorkbookInput,
  criteria: CriteriaTable,
  roster: Roster | null,
): ScoresResult {
  const names = new UnitNames(roster);
  const { found, issues, scoreSheets } = readScoreSheets(workbook, criteria, roster, names);
  if (scoreSheets === 0) issues.push(issue({ code: "score-sheets-missing", sheet: "", cell: "" }));
  const merged = collectUnitScores(found, names, rosterCell(workbook, roster));
  return { units: merged.units, issues: [...issues, ...merged.issues] };
}
