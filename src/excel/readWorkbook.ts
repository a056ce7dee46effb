import { ownerOf, type ExistingSheet, type OutputKind } from "../engine/layout/sheetLayout";
import type { CellValue, WorkbookInput } from "../engine/workbook";
import { toHostError } from "./ExcelHostError";
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

/**
 * Reads the open workbook into the engine's 2-D conventions in two syncs whatever its size: the sheets and
 * ownership names first, then every input sheet's used range (values only) in one batch. Sheets carrying our
 * ownership mark are outputs of an earlier run and are not input (a settings sheet is never marked).
 * @throws ExcelHostError for a host failure of a known kind (cell-edit mode…).
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<ExcelContents> {
  const { existing, marks, protectedSheets, sheets } = await readOwners(context);
  const inputs = sheets.filter((_, i) => {
    const owner = existing[i]?.owner ?? null;
    return owner === null || owner === "settings";
  });
  const ranges = inputs.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex");
    return range;
  });
  await syncOrThrow(context);
  const workbook: WorkbookInput = {
    sheets: inputs.map((sheet, i) => ({ name: sheet.name, values: fromA1(ranges[i]!) })),
  };
  return { workbook, existing, marks, protectedSheets };
}

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
