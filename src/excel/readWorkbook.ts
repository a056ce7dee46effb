import {
  type CellValue,
  type ContentCell,
  contentGrid,
  type ExistingSheet,
  inputSheets,
  type OwnershipMark,
  type SheetInput,
  sheetOwnership,
  type WorkbookInput,
} from "../engine";
import { readSpreadSheets } from "./readSpreadSheets";
import { readValues, type UsedRect, type UsedValues } from "./readValues";
import { officeSupports } from "./officeSupports";
import { syncOrThrow } from "./ExcelHostError";
import { addFormulas, cellsOfAddress } from "./formulaCells";
import { definedName } from "./definedName";

/** What the engine needs from the open workbook, and what a later write needs to replace our sheets. */
export interface ExcelContents {
  /** The user's sheets in tab order, from A1; our earlier outputs left out (a settings sheet never is, the ballot sheet comes with its owner). */
  workbook: WorkbookInput;
  /** Every sheet in tab order, with the output it was made as (from its ownership mark), if any. */
  existing: ExistingSheet[];
  /** The workbook-level ownership names present (`BlocScoring.Output.*`), pointing anywhere or nowhere. */
  marks: OwnershipMark[];
  /** Sheets the user protected (Review › Protect Sheet). */
  protectedSheets: string[];
  /** Every sheet's id, as `existing`: what a failed write tells apart from the sheets it added. */
  ids?: string[];
  /** Every sheet's visibility, as `existing`: a write must leave a visible sheet and cannot delete a VeryHidden one. */
  visibility?: SheetVisibility[];
  /**
   * Syncs the read made: 3 (sheets and marks, used ranges, values), one more per 4.5 MB of values beyond the
   * first and per group Excel refused (readValues); 2 more when a used range reaches too far to load whole
   * (readSpreadSheets, split by size the same way).
   */
  readSyncs?: number;
  /** Bytes of values (and formulas) the read received: what its extra syncs are allowed for. */
  readBytes?: number;
}

/** Sheets and ownership marks: the first sync of a read, also used alone before a write. */
export async function readOwners(
  context: Excel.RequestContext,
): Promise<Omit<ExcelContents, "workbook"> & { sheets: Excel.Worksheet[] }> {
  const worksheets = context.workbook.worksheets;
  // WorksheetProtection is ExcelApi 1.2, within the manifest's 1.7.
  worksheets.load("items/name,items/id,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  // NamedItem.formula (ExcelApi 1.7) names the sheet, so one sync finds the owners without a range per name.
  names.load("items/name,items/type,items/formula");
  await syncOrThrow(context);
  const { existing, marks } = sheetOwnership(
    worksheets.items.map((sheet) => sheet.name),
    names.items.map(definedName),
  );
  const protectedSheets = worksheets.items.filter((sheet) => sheet.protection.protected).map((s) => s.name);
  const ids = worksheets.items.map((sheet) => sheet.id);
  const visibility = worksheets.items.map((sheet) => sheet.visibility as SheetVisibility);
  return { existing, marks, protectedSheets, ids, visibility, sheets: worksheets.items };
}

type Supports = (set: string, version: string) => boolean;

/** `Excel.SheetVisibility`'s values (ExcelApi 1.1). */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

// A used range of at most this many cells counted from A1 is read as the rectangle (its values come in syncs
// sized by the response, readValues): a bloc's sheets are far smaller (1,000 units × 300 criteria is 0.3 million
// cells). One reaching further (a stray value at XFD1048576) is read as its content (readSpreadSheets), never as
// the rectangle.
const RECTANGLE_CELLS = 1_024_000;

const within = (used: Excel.Range): boolean =>
  (used.rowIndex + used.rowCount) * (used.columnIndex + used.columnCount) <= RECTANGLE_CELLS;

function formulasOf(read: UsedValues, used: UsedRect): Map<string, string> {
  const { special } = read;
  if (special) {
    if (special.isNullObject) return new Map();
    // The areas say where the formulas are, not what they are: each cell gets the bare `=` (see SheetInput).
    return new Map(cellsOfAddress(special.address).map((cell) => [cell, "="]));
  }
  const formulas = new Map<string, string>();
  if (read.formulas) {
    addFormulas(formulas, {
      formulas: read.formulas,
      values: read.values,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
    });
  }
  return formulas;
}

/**
 * Reads the open workbook into the engine's 2-D conventions: the sheets and ownership names first, then every
 * input sheet's used range (where it is, a cheap response), then their values and formula cells, in one sync
 * while the values' response stays under 4.5 MB and one more per 4.5 MB beyond (readValues: the groups are
 * planned on an estimate from the used ranges' size and corrected on what arrives; a group Excel still refuses
 * is halved and read again). So an ordinary bloc is read in 3 syncs. A used range of more than 1,024,000
 * cells from A1 (a stray value at XFD1048576) is read as its content, in two syncs more while
 * that stays under 4.5 MB (readSpreadSheets); far cells come back in `SheetInput.far`, not in the grid.
 * Sheets carrying our ownership mark are outputs of an earlier run and are not input (a settings sheet is
 * never marked), except the ballot sheet: it comes with its `owner`, for the ballot results typed into it. Formula cells are found with `getSpecialCells` where ExcelApi 1.9 is supported; should Excel
 * refuse that (too many separate areas), the group is read once more loading `formulas` instead.
 * @throws ExcelHostError for a host failure of a known kind (cell-edit mode…; `too-large` for a sheet of more
 * than 2,000,000 non-empty cells; `payload` when Excel refuses even a small part of a sheet).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  supports: Supports = officeSupports,
): Promise<ExcelContents> {
  const { existing, marks, protectedSheets, ids, visibility, sheets } = await readOwners(context);
  // The ballot sheet is read back too, for the ballot results typed into it (DESIGN §3.7).
  const chosen = inputSheets(existing);
  const inputs = chosen.map(({ at }) => sheets[at]!);
  const used = inputs.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  await syncOrThrow(context);
  const special = supports("ExcelApi", "1.9");
  const whole = inputs.flatMap((sheet, i) => {
    const range = used[i]!;
    return range.isNullObject || !within(range) ? [] : [{ sheet, used: rectOf(range), at: i }];
  });
  const read = await readValues(context, whole, special ? "areas" : "load");
  const spread = inputs.flatMap((sheet, i) => {
    const range = used[i]!;
    return range.isNullObject || within(range) ? [] : [{ sheet, used: range }];
  });
  const { found: far, syncs: spreadSyncs } = await readSpreadSheets(context, spread, special);
  const readSyncs = 2 + read.syncs + spreadSyncs;
  const byInput = new Map(whole.map(({ at, used: rect }, w) => [at, { rect, values: read.found.get(w) }]));
  const workbook: WorkbookInput = {
    sheets: inputs.map((sheet, i) => {
      const own = byInput.get(i);
      const contents = far.get(sheet) ?? (own?.values ? sheetOf(own.values, own.rect) : emptySheet());
      const { owner } = chosen[i]!;
      return { name: sheet.name, ...contents, ...(owner ? { owner } : {}) };
    }),
  };
  return { workbook, existing, marks, protectedSheets, ids, visibility, readSyncs, readBytes: read.received };
}

const emptySheet = (): Pick<SheetInput, "values" | "formulas"> => ({ values: [], formulas: new Map() });

const rectOf = (range: Excel.Range): UsedRect => ({
  rowIndex: range.rowIndex,
  columnIndex: range.columnIndex,
  rowCount: range.rowCount,
  columnCount: range.columnCount,
});

// A used range read whole: its content's grid (contentGrid: a value far below or right of the rest is a far
// cell, as in the .xlsx reader), and its formula cells within that grid.
function sheetOf(read: UsedValues, used: UsedRect): Pick<SheetInput, "values" | "formulas" | "far"> {
  const cells: ContentCell[] = [];
  fromA1(read.values as CellValue[][], used).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") cells.push({ row: r, col: c, value });
    }),
  );
  const formulas = formulasOf(read, used);
  // The used range holds at most 1,024,000 cells here, within MAX_GRID_CELLS: never null.
  const grid = contentGrid(cells) ?? { values: [], far: [] };
  for (const { cell } of grid.far) formulas.delete(cell);
  return { values: grid.values, formulas, ...(grid.far.length > 0 ? { far: grid.far } : {}) };
}

// The used range starts where the data starts; the engine wants A1 as the top-left cell.
function fromA1(values: CellValue[][], used: UsedRect): CellValue[][] {
  const top = used.rowIndex;
  const left = used.columnIndex;
  const width = left + (values[0]?.length ?? 0);
  const blank = (): CellValue[] => Array<CellValue>(width).fill("");
  return [
    ...Array.from({ length: top }, blank),
    ...values.map((row) => [...Array<CellValue>(left).fill(""), ...row]),
  ];
}
