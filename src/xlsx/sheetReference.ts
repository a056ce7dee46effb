// Sheet names inside references: `'Xếp hạng'!$A$1`, `Data!$B$2`, `'Ban''s'!B7`. Excel doubles an apostrophe
// inside a quoted name; ExcelJS neither escapes nor unescapes one, so both directions are done here.

/** The sheet a reference such as `'Ban''s'!$A$1` points into, unescaped; null when it names no sheet. */
export function sheetOfReference(reference: string): string | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(reference.trim());
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] ?? null);
}

/** A sheet name quoted for a reference, always quoted so that spaces and Vietnamese letters are safe. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Sheet names compare as Excel compares them: ignoring case, Vietnamese letters included. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");
}
