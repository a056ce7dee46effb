import ExcelJS from "exceljs";
import { a1 } from "../engine/address";
import type { CellValue, SheetInput } from "../engine/workbook";
import { cellValue } from "./cellValue";

/**
 * A worksheet as the engine reads it: a rectangle from A1 to the last row and column holding a value (or
 * covered by a merge), every row the same length, `""` where nothing is; and the cells holding a formula, by
 * A1 address, with the formula text (`=SUM(C11:C14)`). Cells that hold only formatting do not stretch the
 * rectangle, and an empty sheet gives `[]`.
 */
export function sheetValues(
  worksheet: ExcelJS.Worksheet,
  date1904: boolean,
): Required<Pick<SheetInput, "values" | "formulas">> {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  const formulas = new Map<string, string>();
  let height = 0;
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Null) return;
      // The other cells of a merge read empty (cellValue) but belong to the used range, as in Office.js.
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value: cellValue(cell, date1904) });
      // A shared formula's follower is a formula too: ExcelJS translates the master's for it.
      if (cell.type === ExcelJS.ValueType.Formula) {
        formulas.set(a1(rowNumber - 1, colNumber - 1), `=${cell.formula ?? ""}`);
      }
      height = Math.max(height, rowNumber);
      width = Math.max(width, colNumber);
    });
  });
  const values = Array.from({ length: height }, () => Array<CellValue>(width).fill(""));
  for (const { row, col, value } of cells) values[row]![col] = value;
  return { values, formulas };
}
