import type { CellValue } from "../../engine";
import { decodeXml } from "../xml";
import { XlsxError } from "../XlsxError";
import { richText, xmlText } from "./richText";
import { typedValue } from "./typedValue";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const GT = 62; // >
const SLASH = 47;
const COLON = 58;
const DOLLAR = 36;

/** A cell holding something, 0-based, with its formula's text (without `=`) when it holds one. */
export interface ScannedCell {
  row: number;
  col: number;
  value: CellValue;
}

/** A formula cell: the index of its cell, and its formula text, or the `si` of the shared formula it follows. */
export interface ScannedFormula {
  cell: number;
  text: string;
  follows?: string;
}

/** What one pass over a sheet part's cell table finds. */
export interface ScannedSheet {
  cells: ScannedCell[];
  formulas: ScannedFormula[];
  /** Shared formulas' masters by `si`: the index of their formula in `formulas`. */
  masters: Map<string, number>;
  /** Where the cell table ends in the XML: the merges come after it. */
  end: number;
}

// An element name's local part: what follows its prefix (`x:c` → `c`).
function nameEnd(xml: string, at: number): number {
  let i = at;
  for (let code = xml.charCodeAt(i); ; code = xml.charCodeAt(++i)) {
    // Anything but whitespace, `/`, `>` and the end belongs to the name.
    if (code !== code || code <= 32 || code === SLASH || code === GT) return i;
  }
}

function localStart(xml: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (xml.charCodeAt(i) === COLON) return i + 1;
  return from;
}

const isLocal = (xml: string, start: number, end: number, name: string): boolean =>
  end - start === name.length && xml.startsWith(name, start);

/**
 * The raw (still escaped) value of attribute `name` among the attributes in xml[from, to), or undefined; any
 * prefix on an attribute's name is part of it, as `r` and `t` of a cell carry none.
 */
function rawAttribute(xml: string, from: number, to: number, name: string): string | undefined {
  let i = from;
  while (i < to) {
    let code = xml.charCodeAt(i);
    while (i < to && (code <= 32 || code === SLASH)) code = xml.charCodeAt(++i);
    if (i >= to) return undefined;
    const start = i;
    while (i < to && code > 32 && code !== 61) code = xml.charCodeAt(++i);
    const end = i;
    while (i < to && code <= 32) code = xml.charCodeAt(++i);
    if (code !== 61) return undefined; // No `=`: not well-formed attributes; give up on them.
    code = xml.charCodeAt(++i);
    while (i < to && code <= 32) code = xml.charCodeAt(++i);
    if (code !== 34 && code !== 39) return undefined;
    const close = xml.indexOf(code === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return undefined;
    if (isLocal(xml, start, end, name)) return xml.slice(i + 1, close);
    i = close + 1;
  }
  return undefined;
}

// The `r` and `t` of the cell last read by `cellAttributes`: module state, so that reading them allocates
// nothing but their values.
let cellRStart = -1;
let cellREnd = -1;
let cellT: string | undefined;

/** A cell's `r` (where it is) and `t` (raw), in one pass over its attributes xml[from, to). */
function cellAttributes(xml: string, from: number, to: number): void {
  cellRStart = -1;
  cellT = undefined;
  let i = from;
  while (i < to) {
    let code = xml.charCodeAt(i);
    while (i < to && (code <= 32 || code === SLASH)) code = xml.charCodeAt(++i);
    if (i >= to) return;
    const start = i;
    while (i < to && code > 32 && code !== 61) code = xml.charCodeAt(++i);
    const end = i;
    while (i < to && code <= 32) code = xml.charCodeAt(++i);
    if (code !== 61) return;
    code = xml.charCodeAt(++i);
    while (i < to && code <= 32) code = xml.charCodeAt(++i);
    if (code !== 34 && code !== 39) return;
    const close = xml.indexOf(code === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= to) return;
    if (end === start + 1) {
      const name = xml.charCodeAt(start);
      if (name === 114 /* r */) {
        cellRStart = i + 1;
        cellREnd = close;
      } else if (name === 116 /* t */) cellT = xml.slice(i + 1, close);
    }
    i = close + 1;
  }
}

function attribute(xml: string, from: number, to: number, name: string): string | undefined {
  const raw = rawAttribute(xml, from, to, name);
  return raw === undefined ? undefined : decodeXml(raw);
}

/** A cell reference (`B7`, `$B$7`) to 0-based (row, col) in `into`; false when it is none on the sheet. */
export const parseCell = (ref: string, into: { row: number; col: number }): boolean =>
  parseCellAt(ref, 0, ref.length, into);

/** The same for the reference at text[from, to). */
function parseCellAt(ref: string, from: number, n: number, into: { row: number; col: number }): boolean {
  let i = from;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  let col = 0;
  const start = i;
  for (; i < n; i++) {
    const code = ref.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === start || i - start > 3) return false;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const digits = i;
  for (; i < n; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) break;
    row = row * 10 + (code - 48);
  }
  if (i === digits || i !== n || row < 1 || row > MAX_ROW || col > MAX_COL) return false;
  into.row = row - 1;
  into.col = col - 1;
  return true;
}

/** Where the next closing tag of local name `name` (`</is>`, `</x:is>`) from `from` on starts and ends, or null. */
function closingTag(xml: string, from: number, name: string): { start: number; end: number } | null {
  for (let i = xml.indexOf("</", from); i >= 0; i = xml.indexOf("</", i + 2)) {
    const end = nameEnd(xml, i + 2);
    if (isLocal(xml, localStart(xml, i + 2, end), end, name)) {
      const gt = xml.indexOf(">", end);
      return gt < 0 ? null : { start: i, end: gt + 1 };
    }
  }
  return null;
}

/**
 * One pass over a sheet part's `<sheetData>`, by index scanning (no regular expression per cell): every
 * cell holding a value, an inline string or a formula, with its value as typed (`typedValue`) and its
 * formula text. A cell without `r` follows the one before it, a row without `r` the row before it; element
 * names may carry a prefix (`<x:c>`).
 * @throws XlsxError `too-large` (subject `name`) as soon as more than `limit` cells hold something.
 */
export function scanCells(
  xml: string,
  strings: readonly string[],
  date1904: boolean,
  limit: number,
  name: string,
): ScannedSheet {
  const cells: ScannedCell[] = [];
  const formulas: ScannedFormula[] = [];
  const masters = new Map<string, number>();
  const n = xml.length;
  const at = { row: -1, col: -1 };
  let row = -1;
  let col = -1;
  let i = xml.indexOf("<");
  let inData = false;
  while (i >= 0 && i < n) {
    const next = xml.charCodeAt(i + 1);
    if (next === SLASH) {
      if (inData) {
        const end = nameEnd(xml, i + 2);
        if (isLocal(xml, localStart(xml, i + 2, end), end, "sheetData"))
          return { cells, formulas, masters, end: i };
      }
      i = xml.indexOf("<", i + 2);
      continue;
    }
    const end = nameEnd(xml, i + 1);
    const local = localStart(xml, i + 1, end);
    const gt = xml.indexOf(">", end);
    if (gt < 0) break;
    const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    if (!inData) {
      if (isLocal(xml, local, end, "sheetData")) {
        if (selfClosing) return { cells, formulas, masters, end: gt + 1 };
        inData = true;
      }
      i = xml.indexOf("<", gt + 1);
      continue;
    }
    if (end - local === 3 && isLocal(xml, local, end, "row")) {
      // Without r, the one after the row before it.
      const r = Number(rawAttribute(xml, end, gt, "r"));
      row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r - 1 : row + 1;
      col = -1;
      i = xml.indexOf("<", gt + 1);
      continue;
    }
    if (end - local !== 1 || xml.charCodeAt(local) !== 99 /* c */) {
      // Nothing else in a cell table holds cells: skip it.
      i = xml.indexOf("<", gt + 1);
      continue;
    }
    // A cell: without r (or with one that is no reference), the one after the cell before it.
    cellAttributes(xml, end, gt);
    const type = cellT;
    if (cellRStart >= 0 && parseCellAt(xml, cellRStart, cellREnd, at)) {
      row = at.row;
      col = at.col;
    } else col++;
    if (selfClosing) {
      i = xml.indexOf("<", gt + 1);
      continue;
    }
    // The cell's children, up to its closing tag.
    let raw: string | undefined;
    let inline: string | undefined;
    let formula: string | undefined;
    let follows: string | undefined;
    let master: string | undefined;
    let j = xml.indexOf("<", gt + 1);
    let after = -1;
    while (j >= 0) {
      const second = xml.charCodeAt(j + 1);
      // The common cases without reading names: <v>…</v>, and </c>.
      if (second === 118 /* v */ && xml.charCodeAt(j + 2) === GT) {
        const textEnd = xml.indexOf("<", j + 3);
        if (textEnd < 0) break;
        if (textEnd > j + 3) raw = xml.slice(j + 3, textEnd);
        j = xml.indexOf("<", textEnd + 1);
        continue;
      }
      if (second === SLASH && xml.charCodeAt(j + 2) === 99 /* c */ && xml.charCodeAt(j + 3) === GT) {
        after = j + 4;
        break;
      }
      if (second === SLASH) {
        const closeEnd = nameEnd(xml, j + 2);
        const closeGt = xml.indexOf(">", closeEnd);
        if (closeGt < 0) break;
        if (isLocal(xml, localStart(xml, j + 2, closeEnd), closeEnd, "c")) {
          after = closeGt + 1;
          break;
        }
        j = xml.indexOf("<", closeGt + 1);
        continue;
      }
      const childEnd = nameEnd(xml, j + 1);
      const childLocal = localStart(xml, j + 1, childEnd);
      const childGt = xml.indexOf(">", childEnd);
      if (childGt < 0) break;
      const childClosed = xml.charCodeAt(childGt - 1) === SLASH;
      const length = childEnd - childLocal;
      const first = xml.charCodeAt(childLocal);
      if (length === 1 && (first === 118 /* v */ || first === 102) /* f */) {
        // Text only: up to the next tag, its closing one.
        const textEnd = childClosed ? childGt + 1 : xml.indexOf("<", childGt + 1);
        if (textEnd < 0) break;
        const text = childClosed ? "" : xml.slice(childGt + 1, textEnd);
        if (first === 118) {
          if (text) raw = text;
        } else {
          const attributesEnd = childClosed ? childGt - 1 : childGt;
          const shareType = rawAttribute(xml, childEnd, attributesEnd, "t");
          // A data table's cells hold values Excel computes; they carry no formula of their own.
          if (shareType !== "dataTable") {
            const written = text ? xmlText(text) : "";
            if (written.trim() !== "") {
              formula = written;
              if (shareType === "shared" && rawAttribute(xml, childEnd, attributesEnd, "ref") !== undefined) {
                master = attribute(xml, childEnd, attributesEnd, "si");
              }
            } else if (shareType === "shared") {
              follows = attribute(xml, childEnd, attributesEnd, "si") ?? "";
            }
          }
        }
        j = childClosed ? xml.indexOf("<", childGt + 1) : xml.indexOf("<", textEnd + 1);
        continue;
      }
      if (length === 2 && isLocal(xml, childLocal, childEnd, "is")) {
        if (childClosed) inline = "";
        else {
          const close = closingTag(xml, childGt + 1, "is");
          if (!close) break;
          inline = xml.slice(childGt + 1, close.start);
          j = xml.indexOf("<", close.end);
          continue;
        }
      }
      j = xml.indexOf("<", childGt + 1);
    }
    if (after < 0) break; // A cell that never closes: the file ends here for us.
    i = xml.indexOf("<", after);
    if (row < 0) continue;
    if (raw === undefined && inline === undefined && formula === undefined && follows === undefined) continue;
    if (cells.length >= limit) throw new XlsxError("too-large", { subject: name });
    const value: CellValue =
      inline !== undefined && (type === "inlineStr" || raw === undefined)
        ? richText(inline)
        : raw !== undefined
          ? typedValue(type, raw, strings, date1904)
          : "";
    if (formula !== undefined) {
      if (master !== undefined) masters.set(master, formulas.length);
      formulas.push({ cell: cells.length, text: formula });
    } else if (follows !== undefined) formulas.push({ cell: cells.length, text: "", follows });
    cells.push({ row, col, value });
  }
  // A cell table cut short has no merges after it; without one, they may be anywhere.
  return { cells, formulas, masters, end: inData ? n : 0 };
}
