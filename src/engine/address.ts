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

/** Orders A1 references as a reader walks a sheet: by row, then by column. Empty references come first. */
export function compareCells(a: string, b: string): number {
  const split = (ref: string): [number, number] => {
    const match = /^([A-Z]*)(\d*)$/.exec(ref);
    const letters = match?.[1] ?? "";
    let col = 0;
    for (const letter of letters) col = col * 26 + (letter.charCodeAt(0) - 64);
    return [Number(match?.[2] || 0), col];
  };
  const [rowA, colA] = split(a);
  const [rowB, colB] = split(b);
  return rowA - rowB || colA - colB;
}
