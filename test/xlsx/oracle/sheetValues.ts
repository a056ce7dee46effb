import ExcelJS from "exceljs";
import { a1, type ContentCell, contentGrid, MAX_CONTENT_CELLS, type SheetInput } from "../../../src/engine";
import { cellValue } from "./cellValue";
import { XlsxError } from "../../../src/xlsx/XlsxError";

/**
 * A worksheet as the engine reads it: a rectangle from A1 to the last row and column of its content, every row
 * the same length, `""` where nothing is; the cells holding a formula, by A1 address, with the formula text
 * (`=SUM(C11:C14)`); and the values far beyond the content (`contentGrid`), left out of the rectangle. Cells
 * that hold only formatting do not stretch the rectangle, a merge's covered cells only near the content; an
 * empty sheet gives `[]`.
 * @throws XlsxError `too-large` for a sheet of more than 2,000,000 non-empty cells or too wide a spread.
 */
export function sheetValues(
  worksheet: ExcelJS.Worksheet,
  date1904: boolean,
): Required<Pick<SheetInput, "values" | "formulas">> & Pick<SheetInput, "far"> {
  const cells: ContentCell[] = [];
  const formulas = new Map<string, string>();
  const covered = { height: 0, width: 0 };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Null) return;
      // A merge's covered cells read empty and are not content (DESIGN §9): they belong to the used range, as
      // in Office.js, only next to the content (contentGrid).
      if (cell.type === ExcelJS.ValueType.Merge) {
        covered.height = Math.max(covered.height, rowNumber);
        covered.width = Math.max(covered.width, colNumber);
        return;
      }
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value: cellValue(cell, date1904) });
      // A shared formula's follower is a formula too: ExcelJS translates the master's for it.
      if (cell.type === ExcelJS.ValueType.Formula) {
        formulas.set(a1(rowNumber - 1, colNumber - 1), `=${cell.formula ?? ""}`);
      }
    });
  });
  if (cells.length > MAX_CONTENT_CELLS) throw tooLarge(worksheet.name);
  const grid = contentGrid(cells, covered);
  // No grid: its content is spread over too many rows and columns.
  if (!grid) throw tooLarge(worksheet.name);
  // A formula beyond the grid is a far cell: the engine reads formulas only where it reads values.
  for (const far of grid.far) formulas.delete(far.cell);
  return { values: grid.values, formulas, ...(grid.far.length > 0 ? { far: grid.far } : {}) };
}

const tooLarge = (sheet: string): XlsxError => new XlsxError("too-large", { subject: sheet });
