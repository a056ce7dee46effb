import { findHeader, skipColumnNumbers, twoRows, type HeaderInfo } from "../read/findHeader";
import type { ColumnRole } from "../read/headerRoles";
import { readNumber } from "../read/readNumber";
import { cellAt, type CellValue } from "../workbook";

/** Roles whose columns hold a unit's points. */
export const SCORE_ROLES: ReadonlySet<ColumnRole> = new Set(["self", "bloc", "final"]);

// A unit name over or under a score column; "Đơn vị: …" labels a form's own unit and is not one.
const isLabel = (value: CellValue): boolean =>
  typeof value === "string" && readNumber(value).kind === "invalid" && !value.includes(":");

function scoreColumns(header: HeaderInfo): number[] {
  return header.columns.filter((column) => SCORE_ROLES.has(column.match?.role ?? "notes")).map((c) => c.col);
}

// findHeader takes a second header row only when it names roles. Two shapes it leaves as one row are
// common in score matrices: unit names under a merged `Tự chấm` (the row below names no role), and unit
// names merged above `STT | … | Tự chấm | Khối chấm` (the row above has no code). Both are recognised
// by text over or under the score columns where the code column is empty.
function widen(values: CellValue[][], header: HeaderInfo): HeaderInfo {
  const codeCol = header.columns.find((column) => column.match?.role === "code")?.col ?? 0;
  const scored = scoreColumns(header);
  if (scored.length === 0 || header.rows === 2) return header;
  const labelsIn = (r: number): boolean =>
    r >= 0 &&
    r < values.length &&
    String(cellAt(values, r, codeCol)).trim() === "" &&
    scored.some((col) => isLabel(cellAt(values, r, col)));
  const below = header.row + 1;
  if (labelsIn(below) && scored.every((col) => readNumber(cellAt(values, below, col)).kind !== "number")) {
    // The data now starts a row lower, where the column numbers may be (findHeader looked one row higher).
    const columns = twoRows(values, header.row);
    return skipColumnNumbers(values, { row: header.row, rows: 2, dataRow: header.row + 2, columns });
  }
  const above = header.row - 1;
  if (labelsIn(above)) {
    return { row: above, rows: 2, dataRow: header.dataRow, columns: twoRows(values, above) };
  }
  return header;
}

/** The header of a score sheet: a code column plus whatever score columns it has (one or two rows). */
export function findScoreHeader(values: CellValue[][]): HeaderInfo | null {
  const header = findHeader(values, ["code"]);
  return header ? widen(values, header) : null;
}
