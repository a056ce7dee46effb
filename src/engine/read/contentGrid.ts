import { a1 } from "../address";
import type { CellValue, FarCell } from "../workbook";

/**
 * How many empty rows may separate two rows holding something before the lower part no longer counts as the
 * sheet's content. A form or a criteria table has no gap near this size; a value typed at row 1048576 (or a
 * note far below a table) is a stray, reported with its address instead of stretching the grid to it. From
 * practice, not from any rule, hence a named constant.
 */
export const FAR_ROW_GAP = 1000;

/** The same for columns: a table is a few dozen columns wide; a value at XFD1 is a stray. */
export const FAR_COLUMN_GAP = 100;

/**
 * The most cells the engine's grid may span (rows × columns of the rectangle from A1). Far beyond any real
 * bloc, and small enough to keep the arrays to about 80 MB even when content is spread thin, every row a
 * thousand apart (which the gap rule above lets through).
 */
export const MAX_GRID_CELLS = 10_000_000;

/** Input beyond this many non-empty cells in one sheet is refused (DESIGN §9). */
export const MAX_CONTENT_CELLS = 2_000_000;

/**
 * At most this many far cells are listed per sheet: each becomes a warning, and a sheet sprinkled with
 * thousands of strays needs the first few to be found and cleaned, not a list as long as the strays.
 */
export const MAX_FAR_CELLS = 100;

/** A cell that holds something, 0-based. */
export interface ContentCell {
  row: number;
  col: number;
  value: CellValue;
}

/** The grid from A1 over the sheet's content, and the far cells left out of it. */
export interface ContentGrid {
  values: CellValue[][];
  far: FarCell[];
}

/**
 * The end (exclusive) of the content along one axis: from the first index holding something, every next one
 * within `gap` empty lines of the previous joins; the first larger jump ends the content. Indices are 0-based.
 */
export function contentEnd(indices: Iterable<number>, gap: number): number {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  let end = sorted[0]!;
  for (const index of sorted) {
    if (index - end - 1 > gap) break;
    end = index;
  }
  return end + 1;
}

/** The rows and columns (exclusive ends) that bound the content of these cells. */
export function contentBounds(cells: readonly Pick<ContentCell, "row" | "col">[]): {
  height: number;
  width: number;
} {
  const height = contentEnd(
    cells.map((cell) => cell.row),
    FAR_ROW_GAP,
  );
  const width = contentEnd(
    cells.filter((cell) => cell.row < height).map((cell) => cell.col),
    FAR_COLUMN_GAP,
  );
  return { height, width };
}

/**
 * Builds the engine's 2-D array from the cells that hold something: a rectangle from A1 to the last row and
 * column of the content (see `contentEnd`), `""` elsewhere; cells beyond it are returned as far cells (the
 * first `MAX_FAR_CELLS`), not placed. A merge's covered cells are not content (pass only cells holding a
 * value or a formula), but Office.js counts them in the used range: `extent` (their last row and column,
 * exclusive) widens the grid over them, never by more than the gaps the content itself may have. Returns null when the grid would span more than
 * `MAX_GRID_CELLS`.
 */
export function contentGrid(
  cells: readonly ContentCell[],
  extent: { height: number; width: number } = { height: 0, width: 0 },
): ContentGrid | null {
  const bounds = contentBounds(cells);
  const height = Math.max(bounds.height, Math.min(extent.height, bounds.height + FAR_ROW_GAP));
  const width = Math.max(bounds.width, Math.min(extent.width, bounds.width + FAR_COLUMN_GAP));
  if (height * width > MAX_GRID_CELLS) return null;
  const values = Array.from({ length: height }, () => Array<CellValue>(width).fill(""));
  const far: FarCell[] = [];
  for (const { row, col, value } of cells) {
    if (row < height && col < width) values[row]![col] = value;
    else if (far.length < MAX_FAR_CELLS) far.push({ cell: a1(row, col), value });
  }
  return { values, far };
}
