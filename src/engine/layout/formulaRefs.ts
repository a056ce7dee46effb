import { a1 } from "../address";

/** A sheet name as a formula reference prefix: `'Chi tiết điểm'!` (quotes doubled inside). */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** An absolute-free A1 reference to a cell of another sheet. */
export function crossRef(sheet: string, row: number, col: number): string {
  return `${sheetRef(sheet)}${a1(row, col)}`;
}

/** The Excel number format for a number of decimals: 0 → "0", 2 → "0.00". */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}
