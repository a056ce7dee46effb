import type { ExistingSheet, WorkbookInput } from "../engine";
import { loadWorkbook } from "./loadWorkbook";
import { sheetOwners } from "./sheetOwners";
import { sheetValues } from "./sheetValues";
import { XlsxError } from "./XlsxError";

/** What the engine needs from an .xlsx: its input sheets, and every sheet with its owner. */
export interface XlsxContents {
  /** The user's sheets in tab order, as Office.js `Range.values` would give them, with their formula cells; our outputs left out. */
  workbook: WorkbookInput;
  /** Every sheet in tab order, with the output it was made as (from its ownership mark), if any. */
  existing: ExistingSheet[];
}

/**
 * Reads an .xlsx held in memory into the engine's 2-D conventions. Sheets carrying our ownership mark are
 * outputs of an earlier run and are not input; a settings sheet always is, even if it were marked, since the
 * default settings sheet becomes the user's; and so is the ballot sheet, with its `owner`, for the ballot
 * results typed into it.
 * @throws XlsxError `not-xlsx`, `corrupt`, `encrypted` or `empty`.
 */
export async function readXlsx(data: Buffer | Uint8Array): Promise<XlsxContents> {
  const loaded = await loadWorkbook(data);
  const { workbook } = loaded;
  if (workbook.worksheets.length === 0) {
    throw new XlsxError("empty");
  }
  const owners = sheetOwners(loaded);
  const date1904 = Boolean(workbook.properties.date1904);
  const existing: ExistingSheet[] = [];
  const sheets: WorkbookInput["sheets"] = [];
  for (const worksheet of workbook.worksheets) {
    const owner = owners.get(worksheet.name) ?? null;
    existing.push({ name: worksheet.name, owner });
    // The ballot sheet is read back too, for the ballot results typed into it (DESIGN §3.7).
    if (owner === null || owner === "settings" || owner === "ballot") {
      const mark = owner === "ballot" ? { owner } : {};
      sheets.push({ name: worksheet.name, ...sheetValues(worksheet, date1904), ...mark });
    }
  }
  return { workbook: { sheets }, existing };
}
