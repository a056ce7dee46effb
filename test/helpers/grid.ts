import { parseA1 } from "../../src/engine/address";
import type { CellValue, SheetInput, WorkbookInput } from "../../src/engine/workbook";

/** "B7" → { row: 6, col: 1 } (0-based), as the engine indexes grids. */
export function at(ref: string): { row: number; col: number } {
  const cell = parseA1(ref);
  if (!cell) throw new Error(`not an A1 reference: ${ref}`);
  return cell;
}

/**
 * Builds a sheet's values as Office.js returns them ("" for empty cells, a rectangle from A1) from cells
 * and blocks placed by reference: `grid({ A1: "Title", A5: [["STT", "Nội dung"], ["I", "Nhóm"]] })`.
 */
export function grid(spec: Record<string, CellValue | CellValue[][]>): CellValue[][] {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  for (const [ref, content] of Object.entries(spec)) {
    const origin = at(ref);
    const block = Array.isArray(content) ? content : [[content]];
    block.forEach((line, r) =>
      line.forEach((value, c) => cells.push({ row: origin.row + r, col: origin.col + c, value })),
    );
  }
  const rows = Math.max(0, ...cells.map((cell) => cell.row + 1));
  const cols = Math.max(0, ...cells.map((cell) => cell.col + 1));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(""));
  for (const cell of cells) values[cell.row]![cell.col] = cell.value;
  return values;
}

export function sheet(name: string, values: CellValue[][]): SheetInput {
  return { name, values };
}

export function workbook(...sheets: SheetInput[]): WorkbookInput {
  return { sheets };
}
