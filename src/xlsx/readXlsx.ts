import { inputSheets, type WorkbookInput } from "../engine";
import { type OpenXlsx, openXlsx } from "./openXlsx";
import { sheetValues } from "./sheetValues";
import { XlsxError } from "./XlsxError";

/**
 * What the engine needs from an .xlsx: its input sheets, and every sheet with its owner (`existing`); and the
 * file as parsed, for a write into it (`applyLayouts`, `applyMerge`) that need not parse it again.
 */
export interface XlsxContents extends OpenXlsx {
  /** The user's sheets in tab order, as Office.js `Range.values` would give them, with their formula cells; our outputs left out. */
  workbook: WorkbookInput;
}

/**
 * Reads an .xlsx held in memory into the engine's 2-D conventions: the sheets `inputSheets` chooses (the
 * user's, a settings sheet, and the ballot sheet with its `owner`, for the ballot results typed into it).
 * @throws XlsxError `not-xlsx`, `corrupt`, `encrypted` or `empty`.
 */
export async function readXlsx(data: Buffer | Uint8Array): Promise<XlsxContents> {
  const file = await openXlsx(data);
  const { workbook } = file.loaded;
  if (workbook.worksheets.length === 0) {
    throw new XlsxError("empty");
  }
  const date1904 = Boolean(workbook.properties.date1904);
  const worksheets = workbook.worksheets;
  const sheets = inputSheets(file.existing).map(({ name, at, owner }) => ({
    name,
    ...sheetValues(worksheets[at]!, date1904),
    ...(owner ? { owner } : {}),
  }));
  return { ...file, workbook: { sheets } };
}
