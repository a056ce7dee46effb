import { a1, columnName, parseA1 } from "../engine/address";
import { contentBounds, MAX_CONTENT_CELLS, MAX_FAR_CELLS, MAX_GRID_CELLS } from "../engine/read/contentGrid";
import type { CellValue, SheetInput } from "../engine/workbook";
import { ExcelHostError } from "./ExcelHostError";
import { cellsOfAddress } from "./formulaCells";

/**
 * The most cells one `values` load asks for: a band of the content, or the first read of a used range. About
 * a million mostly empty cells keeps a response to a few MB, within what Excel returns in one sync.
 */
export const READ_CELLS = 1_000_000;

/** A sheet whose used range is too large to load at once, with that used range (rowIndex…columnCount loaded). */
export interface SpreadSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

type Position = { row: number; col: number };

// Every cell of a RangeAreas address (`'S, 1'!A1:C3,'S, 1'!XFD1048576`), by row and column.
function positionsOf(address: string, into: Position[]): void {
  for (const cell of cellsOfAddress(address)) {
    const at = parseA1(cell);
    if (at) into.push(at);
  }
}

const tooLarge = (sheet: string, cause?: unknown): ExcelHostError =>
  new ExcelHostError("too-large", { name: sheet, cause });

/**
 * Reads sheets whose used range reaches far (a stray value at XFD1048576) without loading that rectangle:
 * one sync for where the constants and formulas are (`getSpecialCells`, ExcelApi 1.9: addresses, so the
 * response follows the content's layout), one for the values of the content's bounds (`contentBounds`, in
 * bands of `READ_CELLS`) and of the first `MAX_FAR_CELLS` far cells. So a read with a far cell costs two syncs
 * more than the usual two: four in all, DESIGN §7's budget.
 * @throws ExcelHostError `too-large` for more than 2,000,000 non-empty cells, content spread too wide, too many
 * separate areas for Excel to list, or an Excel without ExcelApi 1.9.
 */
export async function readSpreadSheets(
  context: Excel.RequestContext,
  spread: readonly SpreadSheet[],
  special: boolean,
): Promise<Map<Excel.Worksheet, Pick<SheetInput, "values" | "formulas" | "far">>> {
  const found = new Map<Excel.Worksheet, Pick<SheetInput, "values" | "formulas" | "far">>();
  if (spread.length === 0) return found;
  if (!special) throw tooLarge(spread[0]!.sheet.name);
  const areas = spread.map(({ used }) => {
    const constants = used.getSpecialCellsOrNullObject("Constants");
    const formulas = used.getSpecialCellsOrNullObject("Formulas");
    constants.load("address,cellCount");
    formulas.load("address,cellCount");
    return { constants, formulas };
  });
  try {
    await context.sync();
  } catch (error) {
    // Too many separate areas to list: a sheet sprinkled with values all over.
    throw tooLarge(spread[0]!.sheet.name, error);
  }
  const plans = spread.map(({ sheet }, i) => {
    const { constants, formulas } = areas[i]!;
    const count =
      (constants.isNullObject ? 0 : constants.cellCount) + (formulas.isNullObject ? 0 : formulas.cellCount);
    if (count > MAX_CONTENT_CELLS) throw tooLarge(sheet.name);
    const cells: Position[] = [];
    if (!constants.isNullObject) positionsOf(constants.address, cells);
    const formulaCells: Position[] = [];
    if (!formulas.isNullObject) positionsOf(formulas.address, formulaCells);
    cells.push(...formulaCells);
    // Far cells listed down the sheet, as the .xlsx reader lists them.
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    const { height, width } = contentBounds(cells);
    if (height * width > MAX_GRID_CELLS) throw tooLarge(sheet.name);
    const bands: Excel.Range[] = [];
    const rowsPerBand = Math.max(1, Math.floor(READ_CELLS / Math.max(width, 1)));
    for (let top = 0; top < height && width > 0; top += rowsPerBand) {
      const bottom = Math.min(height, top + rowsPerBand);
      const band = sheet.getRange(`A${top + 1}:${columnName(width - 1)}${bottom}`);
      band.load("values");
      bands.push(band);
    }
    const far = cells
      .filter(({ row, col }) => row >= height || col >= width)
      .slice(0, MAX_FAR_CELLS)
      .map(({ row, col }) => {
        const range = sheet.getRange(a1(row, col));
        range.load("values");
        return { cell: a1(row, col), range };
      });
    const inside = formulaCells.filter(({ row, col }) => row < height && col < width);
    return { sheet, bands, far, formulas: new Map(inside.map(({ row, col }) => [a1(row, col), "="])) };
  });
  await context.sync();
  for (const { sheet, bands, far, formulas } of plans) {
    const values = bands.flatMap((band) => band.values as CellValue[][]);
    const farCells = far.map(({ cell, range }) => ({ cell, value: (range.values as CellValue[][])[0]![0]! }));
    found.set(sheet, { values, formulas, ...(farCells.length > 0 ? { far: farCells } : {}) });
  }
  return found;
}
