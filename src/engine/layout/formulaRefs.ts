import { a1 } from "../address";
import { quoteSheet } from "./sheetReference";

/** An absolute-free A1 reference to a cell of another sheet: `'Chi tiết điểm'!D29`. */
export function crossRef(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${a1(row, col)}`;
}

/** The Excel number format for a number of decimals: 0 → "0", 2 → "0.00". */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}
