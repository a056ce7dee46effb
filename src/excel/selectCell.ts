import { toHostError } from "./ExcelHostError";

/**
 * Shows the secretary an issue's cell: activates its sheet and selects the cell (or the sheet alone when the
 * issue has no cell). Returns false when the sheet no longer exists — renamed or deleted since the workbook
 * was read — so the pane can ask for a fresh read instead of failing.
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheet: string,
  cell: string,
): Promise<boolean> {
  try {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) return false;
    if (cell) worksheet.getRange(cell).select();
    else worksheet.activate();
    await context.sync();
    return true;
  } catch (error) {
    throw toHostError(error);
  }
}
