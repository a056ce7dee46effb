import {
  a1,
  type CellValue,
  contentBounds,
  MAX_CONTENT_CELLS,
  MAX_FAR_CELLS,
  MAX_GRID_CELLS,
  parseA1,
  type SheetInput,
} from "../engine";
import { ExcelHostError, syncOrThrow } from "./ExcelHostError";
import { cellsOfAddress } from "./formulaCells";
import { readValues } from "./readValues";

// Whether a range's values arrived (a sync that failed delivers none of what it loaded).
function isLoaded(range: Excel.Range): boolean {
  try {
    return Array.isArray(range.values);
  } catch {
    return false;
  }
}

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
  new ExcelHostError("too-large", { subject: sheet, cause });

/**
 * Reads sheets whose used range reaches far (a stray value at XFD1048576) without loading that rectangle:
 * one sync for where the constants and formulas are (`getSpecialCells`, ExcelApi 1.9: addresses, so the
 * response follows the content's layout), then the values of the content's bounds (`contentBounds`) split by
 * their response as readValues splits every read (one sync while they stay under 4.5 MB), with the first
 * `MAX_FAR_CELLS` far cells. So a read with a far cell costs two syncs more than the sheets' own.
 * @throws ExcelHostError `too-large` for more than 2,000,000 non-empty cells, content spread too wide, too many
 * separate areas for Excel to list, or an Excel without ExcelApi 1.9.
 */
export async function readSpreadSheets(
  context: Excel.RequestContext,
  spread: readonly SpreadSheet[],
  special: boolean,
): Promise<{ found: Map<Excel.Worksheet, Pick<SheetInput, "values" | "formulas" | "far">>; syncs: number }> {
  const found = new Map<Excel.Worksheet, Pick<SheetInput, "values" | "formulas" | "far">>();
  if (spread.length === 0) return { found, syncs: 0 };
  if (!special) throw tooLarge(spread[0]!.sheet.name);
  const areas = spread.map(({ used }) => {
    const constants = used.getSpecialCellsOrNullObject("Constants");
    const formulas = used.getSpecialCellsOrNullObject("Formulas");
    constants.load("address,cellCount");
    formulas.load("address,cellCount");
    return { constants, formulas };
  });
  // Any refusal here is too many separate areas to list: a sheet sprinkled with values all over.
  await syncOrThrow(context, (error) => tooLarge(spread[0]!.sheet.name, error));
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
    const far = cells
      .filter(({ row, col }) => row >= height || col >= width)
      .slice(0, MAX_FAR_CELLS)
      .map(({ row, col }) => ({ row, col, cell: a1(row, col) }));
    const inside = formulaCells.filter(({ row, col }) => row < height && col < width);
    const grid = { rowIndex: 0, columnIndex: 0, rowCount: width > 0 ? height : 0, columnCount: width };
    return { sheet, grid, far, formulas: new Map(inside.map(({ row, col }) => [a1(row, col), "="])) };
  });
  // The far cells ride with the content's first sync; only if Excel refused that one are they asked again.
  const queueFar = () =>
    plans.map(({ sheet, far }) =>
      far.map(({ cell }) => {
        const range = sheet.getRange(cell);
        range.load("values");
        return { cell, range };
      }),
    );
  let farRanges = queueFar();
  const { found: content, syncs } = await readValues(
    context,
    plans.map(({ sheet, grid }) => ({ sheet, used: grid })),
    "none",
  );
  let farSyncs = 0;
  if (!farRanges.every((ranges) => ranges.every(({ range }) => isLoaded(range)))) {
    farRanges = queueFar();
    await syncOrThrow(context);
    farSyncs = 1;
  }
  plans.forEach(({ sheet, formulas }, i) => {
    const values = (content.get(i)?.values ?? []) as CellValue[][];
    const farCells = farRanges[i]!.map(({ cell, range }) => ({
      cell,
      value: (range.values as CellValue[][])[0]![0]!,
    }));
    found.set(sheet, { values, formulas, ...(farCells.length > 0 ? { far: farCells } : {}) });
  });
  return { found, syncs: 1 + syncs + farSyncs };
}
