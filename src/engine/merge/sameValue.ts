import { readNumber } from "../read/readNumber";
import { round6 } from "../scores/readScoreCell";
import type { CellValue } from "../workbook";

/**
 * Whether two cells hold the same score as the secretary sees it: numbers (typed or as text) to 6 decimals,
 * a deduction whichever sign it was typed with, anything else as trimmed text.
 */
export function sameValue(a: CellValue, b: CellValue, penalty = false): boolean {
  const [x, y] = [readNumber(a), readNumber(b)];
  if (x.kind === "number" && y.kind === "number") {
    const [p, q] = penalty ? [Math.abs(x.value), Math.abs(y.value)] : [x.value, y.value];
    return round6(p) === round6(q);
  }
  return String(a).trim() === String(b).trim();
}

/** A cell's content to write: a number stays a number, anything else is written as text. */
export function writtenValue(raw: CellValue): string | number {
  return typeof raw === "number" ? raw : String(raw).trim();
}
