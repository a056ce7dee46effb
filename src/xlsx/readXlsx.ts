import { inputSheets, type SheetInput, type WorkbookInput } from "../engine";
import { type OpenXlsx, openXlsx } from "./openXlsx";
import { readSheet } from "./read/readSheet";
import { sharedStrings } from "./read/sharedStrings";
import { XlsxError } from "./XlsxError";

/**
 * What the engine needs from an .xlsx: its input sheets, and every sheet with its owner (`existing`); and the
 * file as opened, for a write into it (`applyLayouts`, `applyMerge`) that need not open it again.
 */
export interface XlsxContents extends OpenXlsx {
  /** The user's sheets in tab order, as Office.js `Range.values` would give them, with their formula cells; our outputs left out. */
  workbook: WorkbookInput;
}

/**
 * Reads an .xlsx held in memory into the engine's 2-D conventions: the sheets `inputSheets` chooses (the
 * user's, a settings sheet, and the ballot sheet with its `owner`, for the ballot results typed into it),
 * each from its own part's XML; the other sheets are never unpacked.
 * @throws XlsxError `not-xlsx`, `corrupt`, `encrypted`, `empty` or `too-large`.
 */
export async function readXlsx(data: Uint8Array): Promise<XlsxContents> {
  const file = await openXlsx(data);
  const { pkg } = file;
  if (pkg.sheets.length === 0) throw new XlsxError("empty");
  const strings = sharedStrings(await pkg.sharedStrings());
  const sheets: SheetInput[] = [];
  for (const { name, owner } of inputSheets(file.existing)) {
    const read = readSheet(await pkg.sheetXml(name), strings, name, { date1904: pkg.date1904 });
    sheets.push({ name, ...read, ...(owner ? { owner } : {}) });
  }
  return { ...file, workbook: { sheets } };
}
