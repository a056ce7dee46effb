import {
  a1,
  type CellValue,
  type ContentCell,
  contentBounds,
  contentGrid,
  MAX_CONTENT_CELLS,
  type Rect,
  type SheetInput,
} from "../../engine";
import { decodeXml } from "../xml";
import { XlsxError } from "../XlsxError";
import { richText, xmlText } from "./richText";
import { shiftFormula } from "./shiftFormula";

/**
 * A merge larger than this many cells is cut to the sheet's content before its covered cells are counted: a
 * merge over A1:XFD1048576 (17 billion cells) says nothing about the content; a real merge (a title across a
 * table) is far smaller.
 */
export const MAX_MERGE_CELLS = 10_000;

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;
// Excel's 1900 system counts a 29 February 1900 that never was: serials before 1 March 1900 are one less.
const FIRST_REAL_SERIAL = 61;

// The sheet's cell table, and in it each row start and each cell (self-closing or with what it holds).
const SHEET_DATA = /<(?:\w+:)?sheetData(?=[\s>/])[^>]*?(?:\/>|>)/g;
const SHEET_DATA_END = /<\/(?:\w+:)?sheetData\s*>/g;
const ROW_OR_CELL = /<(?:\w+:)?(?:row\b([^>]*)>|c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c\s*>))/g;
// A cell's children that carry its content.
const CHILD = /<(?:\w+:)?(f|v|is)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?(?:f|v|is)\s*>)/g;
const MERGE = /<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g;
const R = /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const T = /(?:^|\s)t\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const REF = /(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const SI = /(?:^|\s)si\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;
const ISO_TIME = /^\s*T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const attr = (pattern: RegExp, attributes: string): string | undefined => {
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1] ?? match[2] ?? "") : undefined;
};

/** `B7` to 0-based (row, col) in `into`; false when it is not a cell reference on the sheet. */
function parseCell(ref: string, into: { row: number; col: number }): boolean {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  let col = 0;
  const start = i;
  for (; i < n; i++) {
    const code = ref.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (i === start || i - start > 3) return false;
  if (ref.charCodeAt(i) === 36) i++;
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

function parseRect(ref: string): Rect | null {
  const [from = "", to = from] = ref.trim().split(":");
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  if (!parseCell(from, a) || !parseCell(to, b)) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

const area = (rect: Rect): number => (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);

/** An `xsd:dateTime` (t="d") to the serial number Excel keeps for it; "" when it is none. */
function dateSerial(text: string, date1904: boolean): CellValue {
  const date = ISO_DATE.exec(text);
  let serial: number;
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    const time = (Number(date[4] ?? 0) * 3600 + Number(date[5] ?? 0) * 60 + Number(date[6] ?? 0)) / 86400;
    serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY + time;
  } else {
    const time = ISO_TIME.exec(text);
    if (!time) return "";
    return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400;
  }
  if (!Number.isFinite(serial)) return "";
  if (date1904) return serial - DATE_1904_OFFSET;
  return serial < FIRST_REAL_SERIAL ? serial - 1 : serial;
}

/** A cell's cached value by its type (`t`), as Office.js `Range.values` gives it. */
function cellValue(
  type: string | undefined,
  raw: string,
  strings: readonly string[],
  date1904: boolean,
): CellValue {
  switch (type) {
    case undefined:
    case "n": {
      const number = Number(raw);
      return Number.isFinite(number) ? number : "#NUM!";
    }
    case "s": {
      const index = Number(raw);
      return Number.isInteger(index) ? (strings[index] ?? "") : "";
    }
    case "b": {
      const text = raw.trim();
      return !(text === "0" || text === "false" || text === "");
    }
    case "e":
      return decodeXml(raw);
    case "d":
      return dateSerial(decodeXml(raw), date1904);
    default:
      // "str" (a formula's text result), "inlineStr" given as <v>, and what no writer should use.
      return xmlText(raw);
  }
}

interface ReadCell extends ContentCell {
  formula?: string;
  /** A shared formula's follower: the `si` of the master it takes its formula from. */
  follows?: string;
}

/**
 * A worksheet part (`xl/worksheets/sheetN.xml`) as the engine reads it, from its XML in one pass: the values
 * as Office.js `Range.values` gives them (shared and inline strings by their text, numbers as numbers also
 * when formatted as dates, booleans, errors by their text, a formula's cached result, a merge's covered cells
 * empty), the formula cells by A1 address with their formula text (`=SUM(C11:C14)`, a shared formula's
 * followers with theirs), and the far cells (see `contentGrid`). `strings` is the workbook's shared string
 * table (`sharedStrings`); `date1904` only matters for cells typed `t="d"`, whose ISO date becomes a serial.
 * Same contract as `sheetValues` on the ExcelJS worksheet.
 * @throws XlsxError `too-large` (subject: `name`) for a sheet of more than `MAX_CONTENT_CELLS` cells holding
 * something, of merged cells within the content counting that many, or too wide a spread.
 */
export function readSheet(
  xml: string,
  strings: readonly string[],
  name: string,
  options: { date1904?: boolean } = {},
): Required<Pick<SheetInput, "values" | "formulas">> & Pick<SheetInput, "far"> {
  const date1904 = options.date1904 === true;
  const cells: ReadCell[] = [];
  const masters = new Map<string, { row: number; col: number; formula: string }>();
  let followers = false;

  SHEET_DATA.lastIndex = 0;
  const data = SHEET_DATA.exec(xml);
  const from = data ? data.index + data[0].length : xml.length;
  SHEET_DATA_END.lastIndex = from;
  const close = data && !data[0].endsWith("/>") ? SHEET_DATA_END.exec(xml) : null;
  const to = close ? close.index : data?.[0].endsWith("/>") ? from : xml.length;

  const at = { row: -1, col: -1 };
  let row = -1;
  let col = -1;
  ROW_OR_CELL.lastIndex = from;
  for (let match = ROW_OR_CELL.exec(xml); match && match.index < to; match = ROW_OR_CELL.exec(xml)) {
    const cellAttributes = match[2];
    if (cellAttributes === undefined) {
      // A row: without r, the one after the row before it.
      const r = Number(attr(R, match[1] ?? ""));
      row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r - 1 : row + 1;
      col = -1;
      continue;
    }
    // A cell: without r (or with one that is no reference), the one after the cell before it.
    const r = attr(R, cellAttributes);
    if (r !== undefined && parseCell(r, at)) {
      row = at.row;
      col = at.col;
    } else col++;
    const inner = match[3];
    if (!inner || row < 0) continue;

    let raw: string | undefined;
    let inline: string | undefined;
    let formula: string | undefined;
    let follows: string | undefined;
    CHILD.lastIndex = 0;
    for (let child = CHILD.exec(inner); child; child = CHILD.exec(inner)) {
      const kind = child[1];
      const text = child[3];
      if (kind === "v") {
        if (text) raw = text;
      } else if (kind === "is") inline = text ?? "";
      else {
        const attributes = child[2] ?? "";
        const shareType = attributes.includes("t") ? attr(T, attributes) : undefined;
        // A data table's cells hold values Excel computes; they carry no formula of their own.
        if (shareType === "dataTable") continue;
        const written = text ? xmlText(text) : "";
        if (written.trim() !== "") {
          formula = written;
          if (shareType === "shared") {
            const si = attr(SI, attributes);
            if (si !== undefined && attr(REF, attributes) !== undefined) {
              masters.set(si, { row, col, formula: written });
            }
          }
        } else if (shareType === "shared") {
          follows = attr(SI, attributes) ?? "";
          followers = true;
        }
      }
    }
    if (raw === undefined && inline === undefined && formula === undefined && follows === undefined) continue;
    if (cells.length >= MAX_CONTENT_CELLS) throw tooLarge(name);
    const type = attr(T, cellAttributes);
    const value: CellValue =
      type === "inlineStr" && inline !== undefined
        ? richText(inline)
        : raw !== undefined
          ? cellValue(type, raw, strings, date1904)
          : inline !== undefined
            ? richText(inline)
            : "";
    const cell: ReadCell = { row, col, value };
    if (formula !== undefined) cell.formula = formula;
    else if (follows !== undefined) cell.follows = follows;
    cells.push(cell);
  }

  if (followers) {
    for (const cell of cells) {
      if (cell.follows === undefined) continue;
      const master = masters.get(cell.follows);
      // A follower without its master holds a formula Excel would show; its text is lost.
      cell.formula = master ? shiftFormula(master.formula, cell.row - master.row, cell.col - master.col) : "";
    }
  }

  const { kept, covered } = mergesOf(xml, to, cells, name);
  const content = kept.length > 0 ? uncovered(cells, kept) : cells;
  const grid = contentGrid(content, covered);
  // No grid: its content is spread over too many rows and columns.
  if (!grid) throw tooLarge(name);
  const formulas = new Map<string, string>();
  for (const cell of content) {
    if (cell.formula !== undefined) formulas.set(a1(cell.row, cell.col), `=${cell.formula}`);
  }
  // A formula beyond the grid is a far cell: the engine reads formulas only where it reads values.
  for (const far of grid.far) formulas.delete(far.cell);
  return { values: grid.values, formulas, ...(grid.far.length > 0 ? { far: grid.far } : {}) };
}

/**
 * The sheet's merges (after its cell table), those larger than `MAX_MERGE_CELLS` cut to the content, and the
 * extent of their covered cells (exclusive last row and column), which Office.js counts in the used range.
 */
function mergesOf(
  xml: string,
  from: number,
  cells: readonly ContentCell[],
  name: string,
): { kept: Rect[]; covered: { height: number; width: number } } {
  const kept: Rect[] = [];
  const covered = { height: 0, width: 0 };
  if (xml.indexOf("mergeCell", from) < 0) return { kept, covered };
  let bounds: { height: number; width: number } | undefined;
  let total = 0;
  MERGE.lastIndex = from;
  for (let match = MERGE.exec(xml); match; match = MERGE.exec(xml)) {
    const ref = attr(REF, match[1] ?? "");
    let rect = ref === undefined ? null : parseRect(ref);
    if (!rect) continue;
    if (area(rect) > MAX_MERGE_CELLS) {
      bounds ??= contentBounds(cells);
      rect = {
        ...rect,
        bottom: Math.max(rect.top, Math.min(rect.bottom, bounds.height - 1)),
        right: Math.max(rect.left, Math.min(rect.right, bounds.width - 1)),
      };
    }
    total += area(rect);
    // Merged cells within the content count as cells.
    if (total > MAX_CONTENT_CELLS) throw tooLarge(name);
    // A merge of one cell covers none.
    if (rect.bottom === rect.top && rect.right === rect.left) continue;
    kept.push(rect);
    covered.height = Math.max(covered.height, rect.bottom + 1);
    covered.width = Math.max(covered.width, rect.right + 1);
  }
  return { kept, covered };
}

/** The cells not covered by a merge (its top-left cell is not covered: it shows the merge's value). */
function uncovered<C extends ContentCell>(cells: readonly C[], merges: readonly Rect[]): C[] {
  // The merges by the rows they span: a cell looks only at those of its row. Their rows number at most
  // MAX_CONTENT_CELLS in all, the cut above has seen to it.
  const byRow = new Map<number, Rect[]>();
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(merge);
      else byRow.set(r, [merge]);
    }
  }
  return cells.filter(({ row, col }) => {
    const list = byRow.get(row);
    if (!list) return true;
    for (const m of list) {
      if (col >= m.left && col <= m.right && !(row === m.top && col === m.left)) return false;
    }
    return true;
  });
}

const tooLarge = (sheet: string): XlsxError => new XlsxError("too-large", { subject: sheet });
