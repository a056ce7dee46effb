// Terminal columns without an East Asian width table: the names are Vietnamese (Latin letters with
// diacritics), so a code point of the NFC form is one column, and a mark that did not compose (a second
// diacritic on a letter NFC has no precomposed form for) or a format character (a zero-width space) is none.
const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;

/** Columns `text` takes in a terminal: code points of its NFC form, combining marks and format characters none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.normalize("NFC")) if (!ZERO_WIDTH.test(char)) width++;
  return width;
}

/** A cell's text on one line: NFC, a line break or tab typed in the cell (Alt+Enter) read as one space. */
export function oneLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** `text` cut to at most `width` columns, ending in "…" when cut; marks stay with their letter. */
export function truncate(text: string, width: number): string {
  const nfc = text.normalize("NFC");
  if (displayWidth(nfc) <= width) return nfc;
  let kept = "";
  let used = 0;
  for (const char of nfc) {
    const w = ZERO_WIDTH.test(char) ? 0 : 1;
    if (used + w > width - 1) break;
    kept += char;
    used += w;
  }
  return `${kept.trimEnd()}…`;
}

/** `text` followed by spaces up to `width` columns (left-aligned). */
export const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)));

/** Spaces then `text` up to `width` columns (right-aligned, for numbers). */
export const padStart = (text: string, width: number): string =>
  " ".repeat(Math.max(0, width - displayWidth(text))) + text;
