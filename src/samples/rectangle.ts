import type { CellValue } from "../engine/workbook";

/** Pads rows with "" to a rectangle, as a used range arrives from Excel. */
export function rectangle(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<CellValue>(width - row.length).fill("")]);
}
