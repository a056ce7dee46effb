/**
 * A cell value as Office.js `Range.values` returns it: `""` for an empty cell, a number, a string
 * (text, or an error such as `#DIV/0!`), or a boolean. Both hosts read sheets into this shape.
 */
export type CellValue = string | number | boolean;

/** One worksheet: its name and its used range as a 2-D array, row-major, starting at A1. */
export interface SheetInput {
  name: string;
  values: CellValue[][];
}

/** A workbook as the engine sees it: sheets in tab order. */
export interface WorkbookInput {
  sheets: SheetInput[];
}

/** Reads a cell without tripping over ragged rows: missing cells are empty. */
export function cellAt(values: CellValue[][], row: number, col: number): CellValue {
  return values[row]?.[col] ?? "";
}

export function isBlank(value: CellValue): boolean {
  return typeof value === "string" ? value.trim() === "" : false;
}
