import { codePointAt, type LayoutValue, letterClass } from "../engine";

/** What one cell of `Range.formulas` carries: a formula with `=`, a constant, or "" for nothing. */
export type HostCell = string | number | boolean;

const BOOLEAN = /^(true|false)$/i;

// Text Excel keeps as typed: letters and marks (any script) in words between single spaces (what
// `/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u` matches), but not TRUE or FALSE. Tested by code point rather than
// by that expression, which Babel expands for the ES5 ribbon bundle into about 20 KB.
function isPlainText(text: string): boolean {
  let wordStart = true;
  for (let i = 0; i < text.length;) {
    if (text.charAt(i) === " ") {
      if (wordStart) return false;
      wordStart = true;
      i++;
      continue;
    }
    const { code, size } = codePointAt(text, i);
    if (letterClass(code) === 0) return false;
    wordStart = false;
    i += size;
  }
  return !wordStart;
}

/**
 * A layout value as entered through `Range.formulas` (Excel treats what is written there as typed into the
 * cell). A formula gets its leading `=`. A string must stay text whatever it looks like: Excel turns
 * `=…`, `+…`, `-…` and `@…` into formulas and "12", "1/2", "TRUE", "#N/A" into numbers, dates, booleans and
 * errors, so every string that is not plain words is written with Excel's quote prefix — a leading
 * apostrophe, which Excel (desktop, web, Mac) stores as the cell's prefix, not as part of its value: the
 * cell holds the text exactly, `Range.values` reads it back without the apostrophe. (A Text "@" number
 * format would also keep it, but would change the cell's format and need a second write before the values.)
 */
export function hostCell(value: LayoutValue): HostCell {
  if (value === null) return "";
  if (typeof value === "object") return `=${value.formula.replace(/^=/, "")}`;
  if (typeof value !== "string" || value === "") return value;
  return isPlainText(value) && !BOOLEAN.test(value) ? value : `'${value}`;
}
