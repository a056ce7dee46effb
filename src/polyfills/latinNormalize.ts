// String.prototype.normalize for webviews without it (IE11 runs Office 2016–2019's ribbon commands): core-js
// has no polyfill for it, and the engine folds and matches Vietnamese text through NFD and NFC, which typed
// with combining marks (Unikey's "Unicode tổ hợp") would otherwise match nothing. Latin letters only: the
// precomposed letters of src/polyfills/latinDecompositions.ts and the combining marks U+0300–U+036F; any
// other text passes through unchanged.
import { LATIN_DECOMPOSITIONS } from "./latinDecompositions";

const isMark = (c: string): boolean => c >= "\u0300" && c <= "\u036f";

let decompose: Record<string, string> | undefined;
let compose: Record<string, string> | undefined;

function tables(): { decompose: Record<string, string>; compose: Record<string, string> } {
  if (!decompose || !compose) {
    decompose = {};
    compose = {};
    let i = 0;
    while (i < LATIN_DECOMPOSITIONS.length) {
      const composed = LATIN_DECOMPOSITIONS.charAt(i);
      let end = i + 2;
      while (end < LATIN_DECOMPOSITIONS.length && isMark(LATIN_DECOMPOSITIONS.charAt(end))) end++;
      const parts = LATIN_DECOMPOSITIONS.slice(i + 1, end);
      decompose[composed] = parts;
      compose[parts] = composed;
      i = end;
    }
  }
  return { decompose, compose };
}

/** Canonical combining class of a mark in U+0300–U+036F (Unicode's UnicodeData.txt); 0 for anything else. */
export function combiningClass(c: string): number {
  if (!isMark(c)) return 0;
  const code = c.charCodeAt(0);
  const ranges: [number, number, number][] = [
    [0x0300, 0x0314, 230],
    [0x0315, 0x0315, 232],
    [0x0316, 0x0319, 220],
    [0x031a, 0x031a, 232],
    [0x031b, 0x031b, 216],
    [0x031c, 0x0320, 220],
    [0x0321, 0x0322, 202],
    [0x0323, 0x0326, 220],
    [0x0327, 0x0328, 202],
    [0x0329, 0x0333, 220],
    [0x0334, 0x0338, 1],
    [0x0339, 0x033c, 220],
    [0x033d, 0x0344, 230],
    [0x0345, 0x0345, 240],
    [0x0346, 0x0346, 230],
    [0x0347, 0x0349, 220],
    [0x034a, 0x034c, 230],
    [0x034d, 0x034e, 220],
    [0x034f, 0x034f, 0],
    [0x0350, 0x0352, 230],
    [0x0353, 0x0356, 220],
    [0x0357, 0x0357, 230],
    [0x0358, 0x0358, 232],
    [0x0359, 0x035a, 220],
    [0x035b, 0x035b, 230],
    [0x035c, 0x035c, 233],
    [0x035d, 0x035e, 234],
    [0x035f, 0x035f, 233],
    [0x0360, 0x0361, 234],
    [0x0362, 0x0362, 233],
    [0x0363, 0x036f, 230],
  ];
  for (const [from, to, ccc] of ranges) if (code >= from && code <= to) return ccc;
  return 0;
}

/** Sorts each run of combining marks by class, keeping the order of marks of one class (canonical ordering). */
function reorder(text: string): string {
  let out = "";
  let run: string[] = [];
  const flush = () => {
    // A stable insertion sort: runs are a few marks long.
    for (let i = 1; i < run.length; i++) {
      const mark = run[i]!;
      let j = i - 1;
      while (j >= 0 && combiningClass(run[j]!) > combiningClass(mark)) {
        run[j + 1] = run[j]!;
        j--;
      }
      run[j + 1] = mark;
    }
    out += run.join("");
    run = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (combiningClass(c) > 0) run.push(c);
    else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}

// Marks that are canonically other marks (never composed back).
const MARK_SINGLETONS: Record<string, string> = {
  "\u0340": "\u0300",
  "\u0341": "\u0301",
  "\u0343": "\u0313",
  "\u0344": "\u0308\u0301",
};

/** NFD for Latin text. */
export function latinNfd(text: string): string {
  const { decompose: table } = tables();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    out += Object.prototype.hasOwnProperty.call(table, c) ? table[c] : (MARK_SINGLETONS[c] ?? c);
  }
  return reorder(out);
}

/** NFC for Latin text: decomposed, then each base letter recomposed with the marks that are not blocked. */
export function latinNfc(text: string): string {
  const { decompose: parts, compose: table } = tables();
  const decomposed = latinNfd(text);
  let out = "";
  let i = 0;
  while (i < decomposed.length) {
    let base = decomposed.charAt(i++);
    const left: string[] = [];
    while (i < decomposed.length && combiningClass(decomposed.charAt(i)) > 0) {
      const mark = decomposed.charAt(i++);
      const last = left.length > 0 ? left[left.length - 1]! : undefined;
      // Blocked by an earlier mark left over of the same or a higher class (Unicode's composition rule).
      const blocked = last !== undefined && combiningClass(last) >= combiningClass(mark);
      const key = reorder((Object.prototype.hasOwnProperty.call(parts, base) ? parts[base] : base) + mark);
      if (!blocked && Object.prototype.hasOwnProperty.call(table, key)) base = table[key]!;
      else left.push(mark);
    }
    out += base + left.join("");
  }
  return out;
}

/** `String.prototype.normalize` over Latin text; NFKC and NFKD are taken as NFC and NFD. */
export function latinNormalize(this: string, form?: string): string {
  const text = String(this);
  const chosen = form === undefined ? "NFC" : String(form);
  if (chosen === "NFC" || chosen === "NFKC") return latinNfc(text);
  if (chosen === "NFD" || chosen === "NFKD") return latinNfd(text);
  throw new RangeError(`The normalization form should be one of NFC, NFD, NFKC, NFKD.`);
}
