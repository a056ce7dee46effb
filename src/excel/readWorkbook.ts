import { ownerOf, type ExistingSheet, type OutputKind } from "../engine/layout/sheetLayout";
import { columnName } from "../engine/address";
import { contentGrid, type ContentCell } from "../engine/read/contentGrid";
import type { CellValue, SheetInput, WorkbookInput } from "../engine/workbook";
import { readSpreadSheets } from "./readSpreadSheets";
import { officeSupports } from "./officeSupports";
import { ExcelHostError, toHostError } from "./ExcelHostError";
import { addFormulas, cellsOfAddress } from "./formulaCells";
import { sameSheetName, sheetOfReference } from "../engine/layout/sheetReference";

/** What the engine needs from the open workbook, and what a later write needs to replace our sheets. */
export interface ExcelContents {
  /** The user's sheets in tab order, from A1; our earlier outputs left out (a settings sheet never is). */
  workbook: WorkbookInput;
  /** Every sheet in tab order, with the output it was made as (from its ownership mark), if any. */
  existing: ExistingSheet[];
  /** The workbook-level ownership names present (`BlocScoring.Output.*`), pointing anywhere or nowhere. */
  marks: string[];
  /** Sheets the user protected (Review › Protect Sheet). */
  protectedSheets: string[];
  /**
   * Syncs the read made: 2, or 3 when Excel refused to list the formula cells and the batch was read again;
   * 2 more when a used range reaches too far to load whole (readSpreadSheets).
   */
  readSyncs?: number;
}

/** Sheets and ownership marks: the first sync of a read, also used alone before a write. */
export async function readOwners(
  context: Excel.RequestContext,
): Promise<Omit<ExcelContents, "workbook"> & { sheets: Excel.Worksheet[] }> {
  const worksheets = context.workbook.worksheets;
  // WorksheetProtection is ExcelApi 1.2, within the manifest's 1.7.
  worksheets.load("items/name,items/protection/protected");
  const names = context.workbook.names;
  // NamedItem.formula (ExcelApi 1.7) names the sheet, so one sync finds the owners without a range per name.
  names.load("items/name,items/type,items/formula");
  await syncOrThrow(context);
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const owners = new Map<string, OutputKind>();
  const marks: string[] = [];
  for (const item of names.items) {
    const kind = ownerOf(item.name);
    if (!kind) continue;
    marks.push(item.name);
    const target = item.type === "Range" ? sheetOfReference(item.formula) : null;
    const sheet = target === null ? undefined : sheetNames.find((name) => sameSheetName(name, target));
    // Two marks on one sheet is a hand edit; the first keeps it, so each sheet has one owner.
    if (sheet !== undefined && !owners.has(sheet)) owners.set(sheet, kind);
  }
  const existing = sheetNames.map((name) => ({ name, owner: owners.get(name) ?? null }));
  const protectedSheets = worksheets.items.filter((sheet) => sheet.protection.protected).map((s) => s.name);
  return { existing, marks, protectedSheets, sheets: worksheets.items };
}

type Supports = (set: string, version: string) => boolean;

interface SheetRead {
  /** The used range, with only where it is loaded (cheap whatever its size). */
  used: Excel.Range;
  /** The used range's parts within each of `WINDOWS`, with their values: one is the whole used range, usually. */
  windows: Excel.Range[];
  /** The sheet's formula cells (ExcelApi 1.9), or null where the range loads `formulas` instead. */
  special: Excel.RangeAreas | null;
}

// The first read takes the used range's part within two corners, a wide and a tall one (a million and a quarter
// million cells): a bloc's sheets fit in one of them (450 units of two columns across, or 16,000 rows), and even
// a used range filling both (or reaching beyond them, when the values read here are dropped) stays a response
// of about 4 MB of empty cells, under what Excel returns at once. A used range reaching further (a stray value
// at XFD1048576) is read as its content afterwards (readSpreadSheets), never as the rectangle.
const WINDOWS = [
  { rows: 1024, columns: 1000 },
  { rows: 16400, columns: 16 },
].map((window) => ({ ...window, address: `A1:${columnName(window.columns - 1)}${window.rows}` }));

// The read that holds the whole used range, if one does.
function wholeRead(read: SheetRead): Excel.Range | null {
  const { used } = read;
  if (used.isNullObject) return null;
  const at = WINDOWS.findIndex(
    (w) => used.rowIndex + used.rowCount <= w.rows && used.columnIndex + used.columnCount <= w.columns,
  );
  return at < 0 ? null : read.windows[at]!;
}

// With ExcelApi 1.9 a sheet's formula cells come as the address of their areas, so the response grows with
// the formulas' layout, not with the sheet; older Excel loads `formulas` beside `values`, which doubles it.
function queueReads(sheets: readonly Excel.Worksheet[], special: boolean): SheetRead[] {
  return sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const windows = WINDOWS.map(({ address }) => {
      const window = used.getIntersectionOrNullObject(address);
      if (special) window.load("values,rowIndex,columnIndex");
      else window.load("values,formulas,rowIndex,columnIndex");
      return window;
    });
    if (!special) return { used, windows, special: null };
    // Asked of the whole sheet, not of the used range: that may be a null object, and Excel searches the used
    // part anyway.
    const areas = sheet.getRange().getSpecialCellsOrNullObject("Formulas");
    areas.load("address");
    return { used, windows, special: areas };
  });
}

function formulasOf(read: SheetRead, range: Excel.Range): Map<string, string> {
  const { special } = read;
  if (special) {
    if (special.isNullObject) return new Map();
    // The areas say where the formulas are, not what they are: each cell gets the bare `=` (see SheetInput).
    return new Map(cellsOfAddress(special.address).map((cell) => [cell, "="]));
  }
  const formulas = new Map<string, string>();
  if (!range.isNullObject) addFormulas(formulas, range);
  return formulas;
}

/**
 * Reads the open workbook into the engine's 2-D conventions in two syncs whatever its size: the sheets and
 * ownership names first, then every input sheet's used range (values) and its formula cells in one batch. A
 * used range reaching beyond both A1:ALL1024 and A1:P16400 (a stray value at XFD1048576) is read as its content, in two syncs more
 * (readSpreadSheets); far cells come back in `SheetInput.far`, not in the grid.
 * Sheets carrying our ownership mark are outputs of an earlier run and are not input (a settings sheet is
 * never marked). Formula cells are found with `getSpecialCells` where ExcelApi 1.9 is supported; should Excel
 * refuse that (too many separate areas), the batch is read once more loading `formulas` instead.
 * @throws ExcelHostError for a host failure of a known kind (cell-edit mode…; `too-large` for a sheet of more
 * than 2,000,000 non-empty cells).
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  supports: Supports = officeSupports,
): Promise<ExcelContents> {
  const { existing, marks, protectedSheets, sheets } = await readOwners(context);
  const inputs = sheets.filter((_, i) => {
    const owner = existing[i]?.owner ?? null;
    return owner === null || owner === "settings";
  });
  let reads = queueReads(inputs, supports("ExcelApi", "1.9"));
  let readSyncs = 2;
  try {
    await context.sync();
  } catch (error) {
    const failure = toHostError(error);
    if (reads.every((read) => read.special === null) || isHostError(failure, "cell-edit")) throw failure;
    reads = queueReads(inputs, false);
    await syncOrThrow(context);
    readSyncs = 3;
  }
  const spread = inputs.flatMap((sheet, i) => {
    const { used } = reads[i]!;
    return used.isNullObject || wholeRead(reads[i]!) ? [] : [{ sheet, used }];
  });
  const far = await readSpreadSheets(context, spread, reads[0]?.special !== null);
  if (spread.length > 0) readSyncs += 2;
  const workbook: WorkbookInput = {
    sheets: inputs.map((sheet, i) => ({ name: sheet.name, ...(far.get(sheet) ?? sheetOf(reads[i]!)) })),
  };
  return { workbook, existing, marks, protectedSheets, readSyncs };
}

// A used range read whole: its content's grid (contentGrid: a value far below or right of the rest is a far
// cell, as in the .xlsx reader), and its formula cells within that grid.
function sheetOf(read: SheetRead): Pick<SheetInput, "values" | "formulas" | "far"> {
  const range = wholeRead(read);
  if (!range) return { values: [], formulas: new Map() };
  const cells: ContentCell[] = [];
  fromA1(range).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") cells.push({ row: r, col: c, value });
    }),
  );
  const formulas = formulasOf(read, range);
  // The used range holds at most 524,288 cells here, within MAX_GRID_CELLS: never null.
  const grid = contentGrid(cells) ?? { values: [], far: [] };
  for (const { cell } of grid.far) formulas.delete(cell);
  return { values: grid.values, formulas, ...(grid.far.length > 0 ? { far: grid.far } : {}) };
}

const isHostError = (error: unknown, kind: ExcelHostError["kind"]): boolean =>
  error instanceof ExcelHostError && error.kind === kind;

// The used range starts where the data starts; the engine wants A1 as the top-left cell.
function fromA1(range: Excel.Range): CellValue[][] {
  if (range.isNullObject) return [];
  const values = range.values as CellValue[][];
  const top = range.rowIndex;
  const left = range.columnIndex;
  const width = left + (values[0]?.length ?? 0);
  const blank = (): CellValue[] => Array<CellValue>(width).fill("");
  return [
    ...Array.from({ length: top }, blank),
    ...values.map((row) => [...Array<CellValue>(left).fill(""), ...row]),
  ];
}

async function syncOrThrow(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
}
