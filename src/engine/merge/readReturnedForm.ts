import { parseA1 } from "../address";
import type { CriteriaTable } from "../criteria/criterion";
import { readCriteria } from "../criteria/readCriteria";
import { findHeader } from "../read/findHeader";
import { readScoreSheet } from "../scores/readScoreSheet";
import { findSheetUnit } from "../scores/sheetUnit";
import { isBlankRead } from "../scores/readScoreCell";
import { UnitNames } from "../scores/unitNames";
import type { ScoreRead, TextRead } from "../scores/unitScores";
import { isSettingsSheet } from "../settings/isSettingsSheet";
import type { CellValue, SheetInput, WorkbookInput } from "../workbook";

/** One unit's self-assessment form found in a returned workbook, keyed by the form's own criterion keys. */
export interface ReturnedForm {
  file: string;
  sheet: string;
  /** The unit as the form names it in its labelled cell (`Đơn vị: …`), or null when it has no label. */
  label: { name: string; cell: string } | null;
  criteria: CriteriaTable;
  /** Self scores the unit filled in (numbers, or text as typed); empty cells are left out. */
  self: Map<string, ScoreRead>;
  evidence: Map<string, TextRead>;
  explanation: Map<string, TextRead>;
  /**
   * Scores typed on parent rows that are not the sum of their sub-criteria in the form (empty ones count 0): the
   * master adds up the sub-criteria, so such a total is not imported and the merge says so.
   */
  parentTotals: { key: string; cell: string; value: CellValue; sum: number }[];
}

// A form is a copy of the criteria table with a self-score column: code, criterion and max columns make it
// readable as criteria on its own, the self column carries the unit's answers.
function isFormSheet(sheet: SheetInput): boolean {
  if (isSettingsSheet(sheet.name)) return false;
  const header = findHeader(sheet.values, ["code", "criterion", "max"]);
  return header?.columns.some((column) => column.match?.role === "self") ?? false;
}

function readForm(file: string, sheet: SheetInput): ReturnedForm | null {
  // The form's own criteria, read as the engine reads any table: the merge compares them with the master's.
  const { table } = readCriteria({ sheets: [sheet] });
  if (!table) return null;
  const byKey = new Map(table.all.map((node) => [node.key, node]));
  // Problems inside the form (text in a score, a score above max) are the rank's to report, at the master's
  // cell once imported; here only the values matter, and the parent totals that will not be imported.
  const read = readScoreSheet(sheet, byKey, new UnitNames(null));
  const own = read?.found.find((entry) => entry.layout === "perUnit");
  const header = findHeader(sheet.values, ["code", "criterion", "max"]);
  const self = new Map([...(own?.self ?? [])].filter(([, score]) => !isBlankRead(score)));
  const selfCol = own?.columns.self[0];
  const parentTotals = (read?.issues ?? [])
    .filter((found) => found.code === "score-parent-mismatch" && parseA1(found.cell)?.col === selfCol)
    .map((found) => ({
      key: found.criterion ?? "",
      cell: found.cell,
      value: found.value ?? "",
      sum: Number(found.details?.sum ?? 0),
    }));
  return {
    file,
    sheet: sheet.name,
    label: header ? findSheetUnit(sheet.values, header.row) : null,
    criteria: table,
    self,
    evidence: new Map(own?.evidence ?? []),
    explanation: new Map(own?.explanation ?? []),
    parentTotals,
  };
}

/**
 * The self-assessment forms in a returned workbook: every sheet whose header has code, criterion, max and
 * self-score columns, each read with its own criteria, unit label and filled-in cells. Empty when the
 * workbook holds none.
 */
export function readReturnedForm(file: string, workbook: WorkbookInput): ReturnedForm[] {
  return workbook.sheets
    .filter(isFormSheet)
    .map((sheet) => readForm(file, sheet))
    .filter((form): form is ReturnedForm => form !== null);
}
