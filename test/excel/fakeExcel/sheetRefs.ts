// The sheet names a formula's references carry (`'Chi tiết điểm'!D5`, `Data!B2`), found outside its string
// literals, and rewritten as Excel rewrites them: a formula entered before its sheet exists becomes a
// reference to another workbook; one whose sheet is deleted becomes `#REF!`.

const PREFIX = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|(?<![\w.#])([A-Za-z_][\w.]*)!/g;

/**
 * `formula` with each sheet prefix replaced by what `change` gives for its (unquoted) name; a prefix `change`
 * returns null for is kept. Prefixes naming another workbook (`'[Book]Sheet'!`) are left alone.
 */
export function mapSheetPrefixes(formula: string, change: (sheet: string) => string | null): string {
  return formula.replace(PREFIX, (whole, quoted: string | undefined, plain: string | undefined) => {
    const name = quoted !== undefined ? quoted.replace(/''/g, "'") : plain;
    if (name === undefined || name.startsWith("[")) return whole;
    return change(name) ?? whole;
  });
}

/** How Excel keeps a reference to a sheet it does not have: as a sheet of a workbook of that name. */
export const externalPrefix = (sheet: string): string => {
  const escaped = sheet.replace(/'/g, "''");
  return `'[${escaped}]${escaped}'!`;
};
