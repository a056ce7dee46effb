/**
 * The references of a defined name's formula (`'Xếp hạng'!$A$1,'Chi tiết'!$A$1`), split at the commas that
 * are outside quoted sheet names, string literals and parentheses, as Excel lists a name's areas.
 */
export function nameReferences(formula: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (quote !== null) {
      // A quote inside a quoted name or string is doubled.
      if (ch === quote) {
        if (formula[i + 1] === quote) i++;
        else quote = null;
      }
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "," && depth === 0) {
      parts.push(formula.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(formula.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}
