import type { OutputKind } from "./layout/sheetLayout";

/**
 * A cell value as Office.js `Range.values` returns it: `""` for an empty cell, a number, a string
 * (text, or an error such as `#DIV/0!`), or a boolean. Both hosts read sheets into this shape.
 */
export type CellValue = string | number | boolean;

/** One worksheet: its name and its used range as a 2-D array, row-major, starting at A1. */
export interface SheetInput {
  name: string;
  values: CellValue[][];
  /**
   * The cells holding a formula, by A1 address (`C10`), each with its formula text (`=SUM(C11:C14)`, leading
   * `=` kept), or a bare `=` where the host said only that the cell holds one (Office.js `getSpecialCells`);
   * `values` holds their results. Sparse, since most cells are constants. Absent when the host did not say:
   * then no cell counts as a formula.
   */
  formulas?: ReadonlyMap<string, string>;
  /**
   * Cells holding something far beyond the sheet's content (DESIGN §9), left out of `values` so that a stray
   * value at XFD1048576 does not stretch the grid; each is reported as a `sheet-far-cell` warning.
   */
  far?: readonly FarCell[];
  /**
   * The output an earlier run made this sheet as, for an output the host passes back as input: the ballot
   * sheet, whose `Kết quả bỏ phiếu` table is read and nothing else (no criteria, scores or roster on it).
   * Absent for the user's sheets and the settings sheet.
   */
  owner?: OutputKind;
}

/** A value the reader found far beyond a sheet's content, at its A1 address. */
export interface FarCell {
  cell: string;
  value: CellValue;
}

/** A workbook as the engine sees it: sheets in tab order. */
export interface WorkbookInput {
  sheets: SheetInput[];
}

/** Reads a cell without tripping over ragged rows: missing cells are empty. */
export function cellAt(values: CellValue[][], row: number, col: number): CellValue {
  return values[row]?.[col] ?? "";
}

/** Asks of one sheet whether the cell at an A1 address holds a formula (false when the host did not say). */
export function formulaCells(sheet: Pick<SheetInput, "formulas">): (cell: string) => boolean {
  const formulas = sheet.formulas;
  return formulas ? (cell) => formulas.has(cell) : () => false;
}

export function isBlank(value: CellValue): boolean {
  return typeof value === "string" ? value.trim() === "" : false;
}
