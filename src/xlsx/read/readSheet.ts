import {
  a1,
  type ContentCell,
  contentBounds,
  contentGrid,
  MAX_CONTENT_CELLS,
  type Rect,
  type SheetInput,
} from "../../engine";
import { decodeXml } from "../xml";
import { XlsxError } from "../XlsxError";
import { parseCell, scanCells } from "./scanCells";
import { shiftFormula } from "./shiftFormula";

/**
 * A merge larger than this many cells is cut to the sheet's content before its covered cells are counted: a
 * merge over A1:XFD1048576 (17 billion cells) says nothing about the content; a real merge (a title across a
 * table) is far smaller.
 */
export const MAX_MERGE_CELLS = 10_000;

const MERGE = /<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g;
const REF = /(?:^|\s)ref\s*=\s*(?:"([^"]*)"|'([^']*)')/;

const attr = (pattern: RegExp, attributes: string): string | undefined => {
  const match = pattern.exec(attributes);
  return match ? decodeXml(match[1] ?? match[2] ?? "") : undefined;
};

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
  const {
    cells,
    formulas: written,
    masters,
    end,
  } = scanCells(xml, strings, options.date1904 === true, MAX_CONTENT_CELLS, name);
  const { kept, covered } = mergesOf(xml, end, cells, name);
  const isCovered = coveredBy(kept);
  const content = kept.length > 0 ? cells.filter((cell) => !isCovered(cell.row, cell.col)) : cells;
  const grid = contentGrid(content, covered);
  // No grid: its content is spread over too many rows and columns.
  if (!grid) throw tooLarge(name);
  const formulas = new Map<string, string>();
  for (const { cell: index, text, follows } of written) {
    const cell = cells[index]!;
    if (isCovered(cell.row, cell.col)) continue;
    let formula = text;
    if (follows !== undefined) {
      const source = written[masters.get(follows) ?? -1];
      const master = source && cells[source.cell]!;
      // A follower without its master holds a formula Excel would show; its text is lost.
      formula = master ? shiftFormula(source.text, cell.row - master.row, cell.col - master.col) : "";
    }
    formulas.set(a1(cell.row, cell.col), `=${formula}`);
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

/** Whether a cell is covered by one of these merges (not the top-left cell: it shows the merge's value). */
function coveredBy(merges: readonly Rect[]): (row: number, col: number) => boolean {
  if (merges.length === 0) return () => false;
  // The merges by the rows they span: a cell looks only at those of its row. Their rows number at most
  // MAX_CONTENT_CELLS in all, the cut in mergesOf has seen to it.
  const byRow = new Map<number, Rect[]>();
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(merge);
      else byRow.set(r, [merge]);
    }
  }
  return (row, col) => {
    const list = byRow.get(row);
    if (!list) return false;
    for (const m of list) {
      if (col >= m.left && col <= m.right && !(row === m.top && col === m.left)) return true;
    }
    return false;
  };
}

const tooLarge = (sheet: string): XlsxError => new XlsxError("too-large", { subject: sheet });
