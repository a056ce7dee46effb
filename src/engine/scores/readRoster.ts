import { a1, compareCells } from "../address";
import { isBallotResultsHeader } from "../awards/readBallotResults";
import { issue, type Issue } from "../issues";
import { normalizeLabel } from "../read/normalizeLabel";
import { isSettingsSheet } from "../settings/isSettingsSheet";
import { cellAt, type CellValue, type SheetInput, type WorkbookInput } from "../workbook";
import { readIneligible, readRole, readUnderReview, readVoteShare } from "./rosterCells";
import { findRosterHeader, type RosterHeader } from "./rosterHeader";
import type { Roster, RosterUnit } from "./unitScores";

const text = (value: CellValue): string => String(value).trim();
// "Tổng cộng: 7 đơn vị" under the list is not a unit.
const TOTAL = /^(tong cong|tong so|total)\b/;

function readUnits(sheet: SheetInput, header: RosterHeader): { units: RosterUnit[]; issues: Issue[] } {
  const { cols } = header;
  const issues: Issue[] = [];
  const units: RosterUnit[] = [];
  const seen = new Map<string, string>();
  const field = (r: number, c: number | undefined): CellValue =>
    c === undefined ? "" : cellAt(sheet.values, r, c);
  const at = (r: number, c: number | undefined): string => (c === undefined ? "" : a1(r, c));
  let leader: RosterUnit | null = null;
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const name = text(field(r, cols.name));
    const folded = normalizeLabel(name);
    if (folded === "" || TOTAL.test(folded)) continue;
    const where = { sheet: sheet.name, unit: name };
    const short = text(field(r, cols.shortName));
    const first = seen.get(folded) ?? seen.get(normalizeLabel(short));
    if (first !== undefined) {
      const details = { otherCell: first };
      issues.push(issue({ code: "unit-duplicate", ...where, cell: at(r, cols.name), value: name, details }));
      continue;
    }
    seen.set(folded, at(r, cols.name));
    if (short) seen.set(normalizeLabel(short), at(r, cols.name));

    const roleValue = field(r, cols.role);
    const role = readRole(roleValue);
    if (role === null) {
      const value = text(roleValue);
      issues.push(issue({ code: "roster-role-unknown", ...where, cell: at(r, cols.role), value }));
    }
    const { ineligible, note } = readIneligible(field(r, cols.ineligible));
    const voteValue = field(r, cols.voteShare);
    const vote = readVoteShare(voteValue);
    if (vote.share.kind !== "empty" && vote.fraction === null) {
      const value = text(voteValue);
      issues.push(issue({ code: "roster-vote-invalid", ...where, cell: at(r, cols.voteShare), value }));
    }
    // A women's share is a percentage read like a vote share (`72%`, 72 or 0.72).
    const womenValue = field(r, cols.womenShare);
    const women = readVoteShare(womenValue);
    if (women.share.kind !== "empty" && women.fraction === null) {
      const value = text(womenValue);
      issues.push(issue({ code: "roster-women-invalid", ...where, cell: at(r, cols.womenShare), value }));
    }
    const unit: RosterUnit = {
      name,
      shortName: short,
      role: role ?? "member",
      ineligible,
      ineligibleNote: note,
      voteShare: vote.fraction,
      notes: text(field(r, cols.notes)),
      underReview: readUnderReview(field(r, cols.underReview)),
      womenShare: women.fraction,
      sheet: sheet.name,
      row: r,
    };
    if (unit.role === "leader" && leader) {
      const details = { other: leader.name };
      issues.push(issue({ code: "roster-leader-several", ...where, cell: at(r, cols.role), details }));
    }
    if (unit.role === "leader") leader ??= unit;
    units.push(unit);
  }
  return { units, issues: issues.sort((a, b) => compareCells(a.cell, b.cell)) };
}

/**
 * Reads the units roster (DESIGN §2.3): the first sheet, other than the settings sheet and criteria or score
 * tables, with a unit-name column (`Tên đơn vị`, `Đơn vị`, `Unit`). Its order is the rotation order. Null
 * when the workbook has none or it lists no unit; the roster is optional.
 */
export function readRoster(workbook: WorkbookInput): { roster: Roster | null; issues: Issue[] } {
  const found = workbook.sheets
    .filter((sheet) => !isSettingsSheet(sheet.name))
    .map((sheet) => ({ sheet, header: findRosterHeader(sheet.values) }))
    .filter((entry): entry is { sheet: SheetInput; header: RosterHeader } => entry.header !== null)
    // A `Kết quả bỏ phiếu` table typed on a sheet of its own has a unit column too: it is no roster.
    .filter((entry) => !isBallotResultsHeader(entry.sheet.values, entry.header.row));
  const chosen = found[0];
  if (!chosen) return { roster: null, issues: [] };
  const { units, issues } = readUnits(chosen.sheet, chosen.header);
  // A roster header with nobody under it is an unfilled template: the units are those found in the scores.
  if (units.length === 0) return { roster: null, issues };
  if (found.length > 1) {
    const others = found.slice(1).map((entry) => entry.sheet.name);
    issues.push(
      issue({
        code: "roster-several",
        sheet: chosen.sheet.name,
        cell: "",
        details: { others: others.join(", ") },
      }),
    );
  }
  return { roster: { sheet: chosen.sheet.name, units }, issues };
}
