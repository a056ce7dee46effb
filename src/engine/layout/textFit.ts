/**
 * Estimates of how text sits in a column, without a font to measure with: Excel's column width is counted in
 * widths of the digit 0 of the default font (Calibri 11 pt, 7 pixels), whatever font the cells are in. The estimates err towards more lines, so a row is never too low.
 */

/** The default font size of the hosts, in points. */
export const DEFAULT_FONT_SIZE = 11;

/** The height of one line of text at a font size, in points (15 for the default 11 pt, as Excel's rows). */
export function lineHeight(fontSize: number = DEFAULT_FONT_SIZE): number {
  return (fontSize * 15) / DEFAULT_FONT_SIZE;
}

/** How a text is set: its size in points, bold or not. */
export interface TextStyle {
  fontSize?: number;
  bold?: boolean;
}

// How many widths of a 0 a text takes: capitals and bold letters count wider.
function textWidth(text: string, style: TextStyle): number {
  let width = 0;
  // In Times New Roman (the sheets' font) or Calibri a lower-case letter is about 0.8 of Calibri's 0 (as
  // LibreOffice prints them), a capital up to 1.3; a space counts as a letter, which leaves room for the
  // hosts' padding and for wrapping at word boundaries.
  for (const char of text) width += char !== char.toLowerCase() ? 1.3 : 0.85;
  const size = (style.fontSize ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE;
  return width * size * (style.bold ? 1.1 : 1);
}

/** The width a text needs on one line, in Excel character units (its longest line, with the cell's padding). */
export function textColumns(text: string, style: TextStyle = {}): number {
  return Math.max(0, ...text.split("\n").map((line) => textWidth(line, style))) + 1;
}

/**
 * How many lines a text takes wrapped in a cell `width` characters wide: words are laid on a line while they
 * fit, as the hosts wrap; a word longer than a line is broken. Line breaks in the text are kept.
 */
export function wrappedLineCount(text: string, width: number, style: TextStyle = {}): number {
  const room = Math.max(1, width - 1);
  const space = textWidth(" ", style);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word, style);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the line runs over into as many lines as it needs.
      lines += Math.ceil(w / room) - 1;
      used = w - (Math.ceil(w / room) - 1) * room;
    }
  }
  return Math.max(1, lines);
}

/** The row height, in points, that `lines` lines of text need at a font size, with the cell's padding. */
export function heightForLines(lines: number, fontSize: number = DEFAULT_FONT_SIZE): number {
  return Math.ceil(lines * lineHeight(fontSize) + 3);
}
