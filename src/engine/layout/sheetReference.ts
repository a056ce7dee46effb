// Sheet names inside references, as Excel writes them: `'Xếp hạng'!$A$1`, `Data!$B$2`, `'Ban''s'!B7`.
// Both adapters and the layouts use these, so that a name is quoted and compared one way everywhere.

/** A sheet name quoted for a reference; always quoted, so that spaces and Vietnamese letters are safe. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Sheet names compare as Excel compares them: ignoring case, Vietnamese letters included. */
export function sameSheetName(a: string, b: string): boolean {
  return foldSheetName(a) === foldSheetName(b);
}

/** A sheet name as Excel compares it (case-insensitively): two names are the same sheet when these are equal. */
export function foldSheetName(name: string): string {
  return name.toLocaleLowerCase("vi");
}

/**
 * The sheet a reference or a name's formula points into (`='Ban''s'!$A$1`, `Data!$A$1`), unescaped; null when
 * it names no sheet, such as `=#REF!$A$1` once the sheet is gone.
 */
export function sheetOfReference(reference: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^'!#=]+))!/.exec(reference.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
}
