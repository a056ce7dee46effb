import { sheetOwnership, type SheetOwnership } from "../engine";
import { type LoadedWorkbook, loadWorkbook, storedNamesOf } from "./loadWorkbook";

/** An .xlsx parsed once, with which of its sheets are ours: what reading it and writing into it both need. */
export interface OpenXlsx extends SheetOwnership {
  loaded: LoadedWorkbook;
}

/**
 * Parses an .xlsx held in memory and finds our outputs in it by their ownership marks (`sheetOwnership`).
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` (see `loadWorkbook`).
 */
export async function openXlsx(data: Uint8Array): Promise<OpenXlsx> {
  const loaded = await loadWorkbook(data);
  const names = storedNamesOf(loaded).map((stored) => ({
    name: stored.name,
    references: stored.ranges,
    sheetScoped: stored.localSheetId !== undefined,
  }));
  const sheets = loaded.workbook.worksheets.map((sheet) => sheet.name);
  return { loaded, ...sheetOwnership(sheets, names) };
}
