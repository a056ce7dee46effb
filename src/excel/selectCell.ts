import { syncOrThrow } from "./ExcelHostError";

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
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
  await syncOrThrow(context);
  // eslint-disable-next-line office-addins/call-sync-before-read -- synced just above, by syncOrThrow
  if (worksheet.isNullObject) return false;
  if (cell) worksheet.getRange(cell).select();
  else worksheet.activate();
  await syncOrThrow(context);
  return true;
}
