// Letters and marks by code point, from a table of runs (src/engine/text/letterRuns.ts) rather than `\p{L}` and
// `\p{M}` regular expressions: Babel compiles those for the ES5 ribbon bundle into character classes of tens of
// kilobytes, where this table is under 3 KB. Code points are read with charCodeAt (IE11 has no codePointAt).
import { DIGITS, LETTER_RUNS } from "./letterRuns";

/** A code point's class: 0 neither, 1 a letter (`\p{L}`), 2 a mark (`\p{M}`). */
export type LetterClass = 0 | 1 | 2;

let starts: number[] | undefined;
let classes: LetterClass[] | undefined;

function decode(): { starts: number[]; classes: LetterClass[] } {
  if (!starts || !classes) {
    starts = [];
    classes = [];
    let start = 0;
    let value = 0;
    for (let i = 0; i < LETTER_RUNS.length; i++) {
      const digit = DIGITS.indexOf(LETTER_RUNS.charAt(i));
      value = value * 45 + (digit % 45);
      if (digit >= 45) continue;
      starts.push(start);
      classes.push((value % 3) as LetterClass);
      start += Math.floor(value / 3);
      value = 0;
    }
  }
  return { starts, classes };
}

/** The class of a code point (0–0x10FFFF). */
export function letterClass(code: number): LetterClass {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : 0;
  const table = decode();
  let low = 0;
  let high = table.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (table.starts[middle]! <= code) low = middle;
    else high = middle - 1;
  }
  return table.classes[low]!;
}

/**
 * The code point at `index` of `text` and how many UTF-16 units it takes (a lone surrogate is a code point of
 * its own, as in a `u` regular expression).
 */
export function codePointAt(text: string, index: number): { code: number; size: 1 | 2 } {
  const high = text.charCodeAt(index);
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff)
      return { code: (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, size: 2 };
  }
  return { code: high, size: 1 };
}
