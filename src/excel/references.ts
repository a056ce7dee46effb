// A1 references and sheet names as Excel writes them; no Office.js here, so the tests can use it directly.

/** 0-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column to `B7`. */
export const a1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

/** A range's size from its address (`A5:H14`, `B7`), as rows and columns. */
export function rangeSize(range: string): { rows: number; cols: number } {
  const [from, to = from] = range.replace(/\$/g, "").split(":") as [string, string?];
  const parse = (ref: string): { row: number; col: number } => {
    const match = /^([A-Za-z]+)(\d+)$/.exec(ref.trim());
    if (!match) throw new RangeError(`Not a cell reference: ${ref}`);
    let col = 0;
    for (const letter of match[1]!.toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
    return { row: Number(match[2]), col };
  };
  const a = parse(from);
  const b = parse(to!);
  return { rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** A sheet name quoted for a reference, always quoted so that spaces and Vietnamese letters are safe. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Sheet names compare as Excel compares them: ignoring case, Vietnamese letters included. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");
}

/**
 * The sheet a name's formula refers to: `='Xếp hạng'!$A$1` or `=Data!$A$1` (Excel quotes only when it
 * must); null for anything else, such as `=#REF!$A$1` once the sheet is gone.
 */
export function sheetOfFormula(formula: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!#=]+))!\$?[A-Za-z]+\$?\d+(?::\$?[A-Za-z]+\$?\d+)?$/.exec(
    formula.trim(),
  );
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
}
