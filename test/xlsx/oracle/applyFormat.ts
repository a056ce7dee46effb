import type ExcelJS from "exceljs";
import { type CellFormat, type FormatRange, parseA1 } from "../../../src/engine";

/** `RRGGBB` as ExcelJS wants it: opaque ARGB. */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

const VERTICAL = { top: "top", middle: "middle", bottom: "bottom" } as const;

/**
 * Applies one format to every cell of its range. Formats add up: a later range changes only what it sets, as
 * a second `range.format` call does in Office.js.
 */
export function applyFormat(worksheet: ExcelJS.Worksheet, { range, format }: FormatRange): void {
  const [from, to = from] = range.split(":").map(rowCol) as [RowCol, RowCol?];
  for (let row = Math.min(from.row, to.row); row <= Math.max(from.row, to.row); row++) {
    for (let col = Math.min(from.col, to.col); col <= Math.max(from.col, to.col); col++) {
      formatCell(worksheet.getCell(row, col), format, row === Math.max(from.row, to.row));
    }
  }
}

interface RowCol {
  row: number;
  col: number;
}

/** `B7` (or `$B$7`) to 1-based row and column, as ExcelJS counts them. */
function rowCol(ref: string): RowCol {
  const cell = parseA1(ref);
  if (!cell) throw new RangeError(`Not a cell reference: ${ref}`);
  return { row: cell.row + 1, col: cell.col + 1 };
}

function formatCell(cell: ExcelJS.Cell, format: CellFormat, bottomRow: boolean): void {
  // ExcelJS hands the cells of a merge the anchor's style object itself; a private copy keeps one cell's
  // border or font from leaking into its neighbours.
  cell.style = { ...cell.style };
  const font: Partial<ExcelJS.Font> = { ...cell.font };
  if (format.bold !== undefined) font.bold = format.bold;
  if (format.italic !== undefined) font.italic = format.italic;
  if (format.fontName !== undefined) font.name = format.fontName;
  if (format.fontSize !== undefined) font.size = format.fontSize;
  if (format.fontColor !== undefined) font.color = { argb: argb(format.fontColor) };
  cell.font = font;
  if (format.fill !== undefined) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  }
  const alignment: Partial<ExcelJS.Alignment> = { ...cell.alignment };
  if (format.horizontal !== undefined) alignment.horizontal = format.horizontal;
  if (format.vertical !== undefined) alignment.vertical = VERTICAL[format.vertical];
  if (format.wrap !== undefined) alignment.wrapText = format.wrap;
  cell.alignment = alignment;
  if (format.numberFormat !== undefined) cell.numFmt = format.numberFormat;
  if (format.border !== undefined) {
    const edge: Partial<ExcelJS.Border> = { style: format.border };
    cell.border = { ...cell.border, top: edge, left: edge, bottom: edge, right: edge };
  }
  // The rule under a heading: the cells of the range's last row get a bottom edge, their other edges kept.
  if (format.bottomBorder !== undefined && bottomRow) {
    cell.border = { ...cell.border, bottom: { style: format.bottomBorder } };
  }
}
