/**
 * How wide a text prints in Times New Roman, in the column-width units of a sheet (the width of a `0` in the
 * workbook's default font, 7 pixels at 96 dpi): enough to pick a cell as long as a heading and to size the
 * rows of wrapped text. An estimate from the letters' classes, not a font's metrics.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text.normalize("NFD")) {
    if (/\p{M}/u.test(char)) continue; // a Vietnamese diacritic adds no width to its letter
    if (char === " ") ems += 0.25;
    else if (char === "…" || char === "—" || char === "–") ems += 1;
    else if (/[.,:;'()\-/|!]/.test(char)) ems += 0.3;
    else if (/[0-9]/.test(char)) ems += 0.5;
    else if (/[MWmw]/.test(char)) ems += bold ? 0.95 : 0.85;
    else if (/[ijlIt]/.test(char)) ems += bold ? 0.33 : 0.3;
    else if (/\p{Lu}/u.test(char)) ems += bold ? 0.73 : 0.68;
    else ems += bold ? 0.52 : 0.47;
  }
  return (ems * fontSize * 4) / 3 / PIXELS_PER_UNIT;
}

const PIXELS_PER_UNIT = 7;
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
  return needed <= width - 0.5 ? 1 : Math.ceil((needed * 1.12) / Math.max(1, width - 1));
}

/** The height in points of `lines` lines of text at `fontSize`, as a row needs it. */
export function linesHeight(lines: number, fontSize: number): number {
  return Math.round(lines * fontSize * 1.3 + 4);
}
