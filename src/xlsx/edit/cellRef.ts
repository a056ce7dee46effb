// Cell references read without a regex: they are read for every edit and every cell walked.

/** Columns and rows a sheet can have (Excel's limits). */
export const MAX_COL = 16_384;
export const MAX_ROW = 1_048_576;

/** The 0-based column of a reference's leading letters (`C7` → 2, `AB` → 27), -1 when it has none. */
export function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    col = col * 26 + code - 0x60;
  }
  return i === 0 ? -1 : col - 1;
}

/**
 * A reference without `$` (`C7`) as 0-based row × MAX_COL + column, the order a sheet's cells come in; -1 when
 * it is not one or lies beyond Excel's limits.
 */
export function cellKey(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    col = col * 26 + code - 0x60;
  }
  if (i === 0 || i > 3 || col > MAX_COL || i === ref.length || ref.charCodeAt(i) === 0x30) return -1;
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    row = row * 10 + digit;
  }
  return row > MAX_ROW ? -1 : (row - 1) * MAX_COL + col - 1;
}
