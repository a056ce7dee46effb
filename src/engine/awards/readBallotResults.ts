import { a1 } from "../address";
import { issue, type Issue } from "../issues";
import { readNumber } from "../read/readNumber";
import { readVoteShare } from "../scores/rosterCells";
import { isSettingsSheet } from "../settings/isSettingsSheet";
import { cellAt, type CellValue, type SheetInput, type WorkbookInput } from "../workbook";
import { isBallotResultsTitle, matchBallotColumn, type BallotColumn } from "./ballotLabels";

/** One row of a `Kết quả bỏ phiếu` table: a unit's votes in the ballot of one award, as typed. */
export interface BallotRow {
  sheet: string;
  /** The votes cell (A1). */
  cell: string;
  /** The award as typed (a blank award cell takes the one above: a merged award cell). */
  award: string;
  unit: string;
  /** The votes cell as typed, kept so that the next ballot sheet writes it back whatever it holds. */
  typed: CellValue;
  /** What the table counts: votes (`Số phiếu`) or a share (`Tỷ lệ phiếu (%)`, read as 0–1). */
  kind: "count" | "share";
  /** The votes read; null when the cell is blank or not a number. */
  votes: number | null;
}

const text = (value: CellValue): string => (typeof value === "string" ? value.trim() : String(value));

/** How many rows under the title the header row may be (a blank row or a line of instructions between). */
const HEADER_WITHIN = 3;

function headerAt(values: CellValue[][], r: number): Partial<Record<BallotColumn, number>> | null {
  const cols: Partial<Record<BallotColumn, number>> = {};
  (values[r] ?? []).forEach((value, c) => {
    const column = typeof value === "string" ? matchBallotColumn(value) : null;
    if (column && cols[column] === undefined) cols[column] = c;
  });
  const votes = cols.share ?? cols.count;
  return cols.award !== undefined && cols.unit !== undefined && votes !== undefined ? cols : null;
}

function readVotes(value: CellValue, kind: "count" | "share"): { votes: number | null; invalid: boolean } {
  if (kind === "share") {
    const { share, fraction } = readVoteShare(value);
    return share.kind === "empty"
      ? { votes: null, invalid: false }
      : { votes: fraction, invalid: fraction === null };
  }
  const read = readNumber(value);
  if (read.kind === "empty") return { votes: null, invalid: false };
  const votes = read.kind === "number" && read.value >= 0 ? read.value : null;
  return { votes, invalid: votes === null };
}

function readTable(
  sheet: SheetInput,
  title: number,
  issues: Issue[],
): { rows: BallotRow[]; end: number } | null {
  const { values } = sheet;
  for (let h = title + 1; h <= Math.min(values.length - 1, title + HEADER_WITHIN); h++) {
    const cols = headerAt(values, h);
    if (!cols) continue;
    const kind = cols.share !== undefined ? "share" : "count";
    const votesCol = (cols.share ?? cols.count) as number;
    const rows: BallotRow[] = [];
    let award = "";
    let r = h + 1;
    for (; r < values.length; r++) {
      const [awardText, unit, typed] = [
        cellAt(values, r, cols.award!),
        cellAt(values, r, cols.unit!),
        cellAt(values, r, votesCol),
      ];
      if (text(awardText) === "" && text(unit) === "" && text(typed) === "") break;
      if (text(awardText) !== "") award = text(awardText);
      const cell = a1(r, votesCol);
      const { votes, invalid } = readVotes(typed, kind);
      if (invalid) {
        const where = { sheet: sheet.name, cell, unit: text(unit), details: { award } };
        issues.push(issue({ code: "ballot-result-invalid", ...where, value: typed }));
      }
      rows.push({ sheet: sheet.name, cell, award, unit: text(unit), typed, kind, votes });
    }
    return { rows, end: r };
  }
  return null;
}

/**
 * Reads every `Kết quả bỏ phiếu` / `Ballot results` table of a workbook (DESIGN §3.7): a title cell, then
 * within three rows a header with the award (`Hình thức`), the unit (`Đơn vị`) and its votes (`Số phiếu`, or
 * `Tỷ lệ phiếu (%)`), and one row per unit down to the first blank row. The title is required, so that a
 * list of proposals with a vote-share column is never taken for ballot results. A votes cell that is not a
 * number (or is negative, or a share above 100 %) is a `ballot-result-invalid` warning: the row is kept, with
 * no votes. The settings sheet never holds one; any other sheet, the ballot sheet the outputs write included,
 * may.
 */
export function readBallotResults(workbook: WorkbookInput): { rows: BallotRow[]; issues: Issue[] } {
  const rows: BallotRow[] = [];
  const issues: Issue[] = [];
  for (const sheet of workbook.sheets.filter((each) => !isSettingsSheet(each.name))) {
    for (let r = 0; r < sheet.values.length; r++) {
      const found = (sheet.values[r] ?? []).some(
        (value) => typeof value === "string" && isBallotResultsTitle(value),
      );
      if (!found) continue;
      const table = readTable(sheet, r, issues);
      if (!table) continue;
      rows.push(...table.rows);
      r = table.end;
    }
  }
  return { rows, issues };
}

/**
 * True when row `r` (0-based) is the header of a ballot-results table (its title within three rows above):
 * a sheet whose unit column is that table's is no units roster.
 */
export function isBallotResultsHeader(values: CellValue[][], r: number): boolean {
  if (!headerAt(values, r)) return false;
  for (let t = Math.max(0, r - HEADER_WITHIN); t < r; t++) {
    if ((values[t] ?? []).some((v) => typeof v === "string" && isBallotResultsTitle(v))) return true;
  }
  return false;
}
