// Range sizes as Excel counts them; no Office.js here, so the tests can use it directly.
import { parseRange } from "../engine";

/** A range's size from its address (`A5:H14`, `B7`), as rows and columns. */
export function rangeSize(range: string): { rows: number; cols: number } {
  const rect = parseRange(range);
  if (!rect) throw new RangeError(`Not a cell reference: ${range}`);
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}
