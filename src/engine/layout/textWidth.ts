import { codePointAt, letterClass } from "../text/letterClass";

// Times New Roman's advance widths in thousandths of an em (its metrics, which Liberation Serif shares), for
// A–Z and a–z; a Vietnamese letter is as wide as its base letter, Đ as D.
const UPPER = {
  regular: [
    722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
    722, 944, 722, 722, 611,
  ],
  bold: [
    722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
    722, 1000, 722, 722, 667,
  ],
};
const LOWER = {
  regular: [
    444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500,
    500, 722, 500, 500, 444,
  ],
  bold: [
    500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556,
    500, 722, 500, 500, 444,
  ],
};

function charWidth(char: string, weight: "regular" | "bold"): number {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return UPPER[weight][code - 65] ?? 722;
  if (code >= 97 && code <= 122) return LOWER[weight][code - 97] ?? 500;
  if (char === "Đ") return 722;
  if (char === "đ") return weight === "bold" ? 556 : 500;
  if (char === " " || char === "," || char === ".") return 250;
  if (/[0-9]/.test(char)) return 500;
  if (char === "…" || char === "—" || char === "%") return 1000;
  if (/[:;]/.test(char)) return weight === "bold" ? 333 : 278;
  if (/[-()'/–]/.test(char)) return char === "–" ? 500 : 333;
  // A capital of another script: a letter that is its own upper case and has a lower one (as `\p{Lu}` would say, without the tens of
  // kilobytes Babel makes of it for the ES5 ribbon; see letterClass).
  return letterClass(codePointAt(char, 0).code) === 1 &&
    char !== char.toLowerCase() &&
    char === char.toUpperCase()
    ? 722
    : 500;
}

/**
 * How wide a text prints in Times New Roman, in the column-width units of a sheet (the width of a `0` in the
 * workbook's default font: 7 pixels at 96 dpi in Calibri 11, a little less in LibreOffice's stand-in):
 * enough to pick a cell as long as a heading and to size the rows of wrapped text.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const weight = bold ? "bold" : "regular";
  let thousandths = 0;
  for (const char of text.normalize("NFD")) {
    // A Vietnamese diacritic (a mark) adds no width to its letter.
    if (letterClass(codePointAt(char, 0).code) === 2) continue;
    thousandths += charWidth(char, weight);
  }
  return ((thousandths / 1000) * fontSize * 4) / 3 / PIXELS_PER_UNIT;
}

// A little under Calibri's 7 pixels: LibreOffice's columns come out a few per cent narrower than Excel's.
const PIXELS_PER_UNIT = 6.7;
// Each column adds a few pixels of padding to its width: merged columns are a little wider than their sum.
const PADDING_UNITS = 5 / PIXELS_PER_UNIT;

/** A block of columns, inclusive, 0-based. */
export interface Span {
  from: number;
  to: number;
}

/** The printed width of a block of columns, in column units. */
export function spanWidth(widths: readonly number[], span: Span): number {
  const inside = widths.slice(span.from, span.to + 1);
  return inside.reduce((total, width) => total + width, 0) + PADDING_UNITS * Math.max(0, inside.length - 1);
}

/**
 * The columns within `block` that hold a text of `width` units on one line with the least room to spare and
 * the least off the block's centre: the cell a heading's rule is drawn under, so that the rule is about as
 * long as the text. The whole block when nothing narrower holds it.
 */
export function bestSpan(widths: readonly number[], block: Span, width: number): Span {
  const centre = (span: Span): number =>
    spanWidth(widths, { from: 0, to: span.to }) - spanWidth(widths, span) / 2;
  const target = centre(block);
  let best: Span = block;
  let score = Infinity;
  for (let from = block.from; from <= block.to; from++) {
    for (let to = from; to <= block.to; to++) {
      const span = { from, to };
      const room = spanWidth(widths, span) - width * 1.04;
      if (room < 0) continue;
      const cost = room + 2 * Math.abs(centre(span) - target);
      if (cost < score) [best, score] = [span, cost];
    }
  }
  return best;
}

/** How many lines a text takes wrapped in a block `width` units wide (words do not split, hence the slack). */
export function linesOf(text: string, width: number, fontSize: number, bold = false): number {
  const needed = textWidth(text, fontSize, bold);
  return needed <= width - 0.5 ? 1 : Math.ceil((needed * 1.05) / Math.max(1, width - 1));
}

/** The height in points of `lines` lines of text at `fontSize`, as a row needs it. */
export function linesHeight(lines: number, fontSize: number): number {
  return Math.round(lines * fontSize * 1.3 + 4);
}
