import { sheetOwnership, type SheetOwnership } from "../engine";
import { nameReferences } from "./nameReferences";
import { XlsxPackage } from "./package/XlsxPackage";

/** An .xlsx opened once, with which of its sheets are ours: what reading it and writing into it both need. */
export interface OpenXlsx extends SheetOwnership {
  /** The file's package: its parts as stored, to read sheets from and to add our parts to. */
  pkg: XlsxPackage;
}

/**
 * Opens an .xlsx held in memory and finds our outputs in it by their ownership marks (`sheetOwnership`).
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` (see `XlsxPackage.open`).
 */
export async function openXlsx(data: Uint8Array): Promise<OpenXlsx> {
  const pkg = await XlsxPackage.open(data);
  const names = pkg.names.map((stored) => ({
    name: stored.name,
    references: nameReferences(stored.formula),
    sheetScoped: stored.localSheetId !== undefined,
  }));
  // Worksheets only, as Office.js lists them: a chart sheet holds no cells to read, and is never ours.
  const sheets = pkg.sheets.filter((sheet) => sheet.kind === "worksheet").map((sheet) => sheet.name);
  return { pkg, ...sheetOwnership(sheets, names) };
}
