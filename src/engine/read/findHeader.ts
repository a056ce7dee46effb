import { cellAt, type CellValue } from "../workbook";
import { matchRole, type ColumnRole, type RoleMatch } from "./headerRoles";
import { isColumnNumberRow } from "./tableBody";

/** How far down a sheet a header row is looked for: title rows, blank rows and merged banners come first. */
export const HEADER_SCAN_ROWS = 25;

/** One column of a recognised header. */
export interface HeaderColumn {
  col: number;
  /** Text of the merged cell above it in a two-row header (a unit name, "Điểm"), or "". */
  group: string;
  /** The column's own header text. */
  text: string;
  /** The column's role, from its own text or from the group and its text together. */
  match: RoleMatch | null;
  /** The role of the group text alone (`Tự chấm` merged over unit names), when it has one. */
  groupMatch: RoleMatch | null;
}

/** A header found in a sheet. Rows are 0-based. */
export interface HeaderInfo {
  row: number;
  rows: 1 | 2;
  /** First row below the header. */
  dataRow: number;
  columns: HeaderColumn[];
}

const text = (value: CellValue): string => (typeof value === "string" ? value.trim() : String(value));

function rowWidth(values: CellValue[][], ...rows: number[]): number {
  return Math.max(0, ...rows.map((r) => values[r]?.length ?? 0));
}

function singleRow(values: CellValue[][], r: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < rowWidth(values, r); c++) {
    const own = text(cellAt(values, r, c));
    columns.push({ col: c, group: "", text: own, match: own ? matchRole(own) : null, groupMatch: null });
  }
  return columns;
}

/**
 * The columns of a two-row header starting at row `r`. A merged group label has its text in the top-left
 * cell only; it spans the following columns for as long as they carry sub-headers below it.
 */
export function twoRows(values: CellValue[][], r: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  let group = "";
  for (let c = 0; c < rowWidth(values, r, r + 1); c++) {
    const upper = text(cellAt(values, r, c));
    const lower = text(cellAt(values, r + 1, c));
    if (upper) group = lower ? upper : "";
    else if (!lower) group = "";
    const above = upper || group;
    const groupMatch = above ? matchRole(above) : null;
    let match: RoleMatch | null = null;
    if (lower) match = matchRole(lower) ?? (above ? matchRole(`${above} ${lower}`) : null);
    else if (upper) match = groupMatch;
    columns.push({ col: c, group: lower ? above : "", text: lower || upper, match, groupMatch });
  }
  return columns;
}

const hasRoles = (columns: HeaderColumn[], required: readonly ColumnRole[]): boolean =>
  required.every((role) => columns.some((column) => column.match?.role === role));

// The row under a complete header is a second header row when it names roles (Tự chấm | Khối chấm under
// a unit name) and holds no data.
function isSubHeader(values: CellValue[][], r: number, header: HeaderColumn[]): boolean {
  const maxCol = header.find((column) => column.match?.role === "max")?.col;
  if (maxCol !== undefined && typeof cellAt(values, r, maxCol) === "number") return false;
  return singleRow(values, r).some((column) => column.match !== null);
}

/** Templates number their columns on the row under the header, `(1) (2) (3) …`: the data starts below it. */
export function skipColumnNumbers(values: CellValue[][], header: HeaderInfo): HeaderInfo {
  return isColumnNumberRow(values, header.dataRow) ? { ...header, dataRow: header.dataRow + 1 } : header;
}

/**
 * Finds the first header row (or pair of rows) in the top of a sheet that names every required role.
 * The data row is the first row under it, or the one after when that numbers the columns (`(1) (2) (3)`).
 * Returns null when there is none.
 */
export function findHeader(values: CellValue[][], required: readonly ColumnRole[]): HeaderInfo | null {
  const header = findHeaderRows(values, required);
  return header ? skipColumnNumbers(values, header) : null;
}

function findHeaderRows(values: CellValue[][], required: readonly ColumnRole[]): HeaderInfo | null {
  const last = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const single = singleRow(values, r);
    if (hasRoles(single, required)) {
      if (r + 1 < values.length && isSubHeader(values, r + 1, single)) {
        return { row: r, rows: 2, dataRow: r + 2, columns: twoRows(values, r) };
      }
      return { row: r, rows: 1, dataRow: r + 1, columns: single };
    }
    // Required roles split over two rows ("Điểm" merged over "Chuẩn | Tự chấm") make a two-row header.
    // A title above a complete header row is not a group row: that header is taken on its own next time round.
    if (r + 1 < values.length && !hasRoles(singleRow(values, r + 1), required)) {
      const columns = twoRows(values, r);
      if (hasRoles(columns, required)) return { row: r, rows: 2, dataRow: r + 2, columns };
    }
  }
  return null;
}

/** The first column with a role, or undefined. */
export function columnOf(header: HeaderInfo, role: ColumnRole): number | undefined {
  return header.columns.find((column) => column.match?.role === role)?.col;
}
