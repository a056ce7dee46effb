// A1 references and sheet names as Excel writes them; no Office.js here, so the tests can use it directly.
import { parseRange } from "../engine/address";

/** A range's size from its address (`A5:H14`, `B7`), as rows and columns. */
export function rangeSize(range: string): { rows: number; cols: number } {
  const rect = parseRange(range);
  if (!rect) throw new RangeError(`Not a cell reference: ${range}`);
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
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
