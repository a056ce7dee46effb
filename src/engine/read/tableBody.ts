import { normalizeLabel } from "./normalizeLabel";
import { readNumber } from "./readNumber";
import type { CellValue } from "../workbook";

const text = (value: CellValue): string => (typeof value === "string" ? value.trim() : String(value));

// One cell of a column-number row: `(1)`, `1`, `A`, `(4)=(2)+(3)`, `5 = 3 x 4`.
const INDEX_CELL = /^\(?\s*(\d{1,2}|[A-Z])\s*\)?(?:\s*[=:].*)?$/su;

function indexOf(value: CellValue): { letter: boolean; n: number } | null {
  if (typeof value === "number")
    return Number.isInteger(value) && value > 0 && value < 100 ? { letter: false, n: value } : null;
  if (typeof value !== "string") return null;
  const match = INDEX_CELL.exec(value.trim());
  const index = match?.[1];
  if (!index) return null;
  return /\d/.test(index)
    ? { letter: false, n: Number(index) }
    : { letter: true, n: index.charCodeAt(0) - 64 };
}

/**
 * True when row `r` numbers the table's columns, as templates print under the header: `(1) (2) (3) …`,
 * `1 2 3 …` across or `A B C …` (letters first, then numbers, as in `A B 1 2 3`). Every filled cell is an
 * index, there are at least three (two when bracketed), letters run from A without a gap and numbers from 1
 * or 2 without a gap, which no criterion or score row does: a criterion row has its text, a score row its
 * points.
 */
export function isColumnNumberRow(values: CellValue[][], r: number): boolean {
  const row = values[r] ?? [];
  const indices: { letter: boolean; n: number }[] = [];
  for (const value of row) {
    if (text(value) === "") continue;
    const index = indexOf(value);
    if (!index) return false;
    indices.push(index);
  }
  // Two bare numbers could be a criterion and its one score ("1 | 2" on a form without a text column);
  // written "(1) (2)" they number columns. Three or more in sequence are column numbers whatever their form.
  const bracketed = row.some((value) => typeof value === "string" && value.trim().startsWith("("));
  if (indices.length < (bracketed ? 2 : 3)) return false;
  let previous: { letter: boolean; n: number } | null = null;
  for (const index of indices) {
    if (previous === null) {
      if (index.n > (index.letter ? 1 : 2)) return false;
    } else if (previous.letter === index.letter) {
      if (index.n !== previous.n + 1) return false;
    } else if (index.letter || index.n > 2) {
      // Letters never follow numbers; numbers after letters start again from 1.
      return false;
    }
    previous = index;
  }
  return true;
}

// The closing block of a template (DESIGN §2.1.1). Each pattern is matched against a whole cell, folded.
// A date line: "Ninh Thuận, ngày 15 tháng 12 năm 2024", "Ngày … tháng … năm 20…", "…, ngày  tháng  năm":
// the whole line (after the place and its comma) is the date, unlike "…trước ngày 15 tháng 12 năm 2024 …".
const DATE_LINE = /^ngay(?: \S+)? thang(?: \S+)? nam(?: \S+)?$/;
const PLACE = /^[^,]{1,60},/;

function isDateLine(raw: string): boolean {
  const place = PLACE.exec(raw);
  return DATE_LINE.test(normalizeLabel(place ? raw.slice(place[0].length) : raw));
}
// Signature titles, with the prefixes of signing on behalf (TM., KT., Q., TL., TUQ.) and what follows them
// ("TM. KHỐI THI ĐUA SỐ 3", "THỦ TRƯỞNG ĐƠN VỊ").
const TITLES = [
  "nguoi lap bieu",
  "nguoi lap bang",
  "nguoi lap",
  "nguoi tong hop",
  "nguoi cham",
  "thu truong don vi",
  "thu truong co quan",
  "lanh dao don vi",
  "truong khoi",
  "pho truong khoi",
  "khoi truong",
  "khoi pho",
  "cum truong",
  "cum pho",
  "truong cum",
  "pho cum",
  "thu ky",
  "thu ky khoi",
  "chu tri",
  "chu toa",
  "giam doc",
  "pho giam doc",
  "chu tich",
  "pho chu tich",
  "truong ban",
  "pho truong ban",
  "xac nhan cua khoi",
  "xac nhan cua cum",
  "dai dien khoi",
  "dai dien cum",
  "dai dien don vi",
  "prepared by",
  "head of unit",
  "bloc leader",
  "secretary",
];
const TITLE = new RegExp(`^(?:${TITLES.join("|")})$`);
const ON_BEHALF = /^(?:tm|kt|q|tl|tuq|t m|k t) \S/;
const SIGN_HINT =
  /^(?:ky|ky ten|ky va ghi ro ho ten|ky ghi ro ho ten|ky ten dong dau|ky dong dau)\b|^(?:signature|signed)\b/;
const NOTES_HEADING = /^(?:ghi chu|luu y|chu thich|noi nhan|notes?)\b/;

/** What kind of closing line a cell is, if any. */
export type ClosingKind = "date" | "signature" | "notes";

/** Recognises a cell of the closing block under a table: a date line, a signature title or `(Ký …)`, notes. */
export function closingKind(value: CellValue): ClosingKind | null {
  const raw = text(value);
  if (raw === "" || raw.length > 200) return null;
  const folded = normalizeLabel(raw);
  if (folded === "") return null;
  if (isDateLine(raw)) return "date";
  // "TM. KHỐI THI ĐUA SỐ 3" is in capitals, as titles are printed; a sentence starting "Tm…" is not one.
  if (TITLE.test(folded) || (ON_BEHALF.test(folded) && raw === raw.toUpperCase())) return "signature";
  if (raw.startsWith("(") && SIGN_HINT.test(folded)) return "signature";
  // "Ghi chú:" and "(*) …" open the notes; a bare "Ghi chú" could be a column's header, so the colon is needed.
  if (NOTES_HEADING.test(folded) && /^[^:]{0,20}:/.test(raw)) return "notes";
  if (/^\(?\*+\)?\s/.test(raw)) return "notes";
  return null;
}

/** Where a table's body is, in 0-based rows: [start, end). */
export interface TableBody {
  start: number;
  end: number;
  /** The row that ends the table (its closing block's first line); null when it runs to the sheet's end. */
  closing: number | null;
}

/** Tells, for the rows under a header, whether each carries a code and whether it carries points. */
export interface RowShape {
  coded: (r: number) => boolean;
  pointed: (r: number) => boolean;
}

/**
 * Where the body of a table under a header ends (DESIGN §2.1.1). The body starts at the header's data row
 * (the column-number row already skipped, see findHeader) and ends at the first closing line after the
 * last criterion: a row with no code and no points whose cells hold a date line, a signature title or a
 * `(Ký …)` line ends it for certain; a notes heading (`Ghi chú:`, `* …`) ends it unless a row with a code
 * and points follows before the next date or signature line (then the note was a description inside the
 * table). Blank rows never end a table, so a spacer row between groups is harmless; and a closing line
 * before the first criterion does not count. Everything from the end on — notes, the date line, the
 * signature titles and the signers' names — is not read as criteria or scores.
 */
export function tableBody(values: CellValue[][], start: number, shape: RowShape): TableBody {
  const closingOf = (r: number): ClosingKind | null => {
    if (shape.coded(r) || shape.pointed(r)) return null;
    let found: ClosingKind | null = null;
    for (const value of values[r] ?? []) {
      const kind = closingKind(value);
      if (kind === "date" || kind === "signature") return kind;
      found ??= kind;
    }
    return found;
  };
  let seenCriterion = false;
  for (let r = start; r < values.length; r++) {
    if (shape.coded(r)) {
      seenCriterion = true;
      continue;
    }
    if (!seenCriterion) continue;
    const kind = closingOf(r);
    if (kind === null) continue;
    if (kind === "notes" && continuesAfterNotes(values, r + 1, shape, closingOf)) continue;
    return { start, end: r, closing: r };
  }
  return { start, end: values.length, closing: null };
}

function continuesAfterNotes(
  values: CellValue[][],
  from: number,
  shape: RowShape,
  closingOf: (r: number) => ClosingKind | null,
): boolean {
  for (let r = from; r < values.length; r++) {
    if (shape.coded(r) && shape.pointed(r)) return true;
    const kind = closingOf(r);
    if (kind === "date" || kind === "signature") return false;
  }
  return false;
}

/** True when a cell holds a number (or a number typed as text): points, for the shape of a row. */
export function holdsPoints(value: CellValue): boolean {
  return readNumber(value).kind === "number";
}
