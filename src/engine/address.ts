/** Column index (0-based) to Excel letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Row and column (0-based) to an A1 reference: (6, 1) → "B7". */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** Column letters to a 0-based index: A → 0, Z → 25, AA → 26 (case ignored). */
export function columnIndex(letters: string): number {
  let col = 0;
  for (const letter of letters.toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return col - 1;
}

/** An A1 reference (`B7`, `$B$7`, `b7`) to 0-based row and column; null when it is not one. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!match?.[1] || !match[2]) return null;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** A rectangle of cells, 0-based, its bounds included. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rectangle a range covers (`A5:H14`, `B7`, `$H$14:$A$5`), 0-based, whichever corners it names; null if not a range. */
export function parseRange(range: string): Rect | null {
  const [from, to = from, extra] = range.split(":");
  const [a, b] = [parseA1(from ?? ""), parseA1(to ?? "")];
  if (!a || !b || extra !== undefined) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Orders A1 references as a reader walks a sheet: by row, then by column. Empty references come first. */
export function compareCells(a: string, b: string): number {
  const none = { row: -1, col: -1 };
  const [x, y] = [parseA1(a) ?? none, parseA1(b) ?? none];
  return x.row - y.row || x.col - y.col;
}
