import type ExcelJS from "exceljs";

/**
 * Removes these sheets (`ReplacementPlan.remove`: our outputs being replaced, no other sheet). Their defined
 * names are left to `writeDefinedNames`: ExcelJS would keep them, pointing at a sheet that no longer exists.
 */
export function removeOutputSheets(workbook: ExcelJS.Workbook, names: readonly string[]): void {
  for (const worksheet of workbook.worksheets) {
    if (names.includes(worksheet.name)) workbook.removeWorksheet(worksheet.id);
  }
  keepActiveTabInRange(workbook);
}

// A workbook view pointing at a tab that no longer exists makes Excel repair the file on opening.
function keepActiveTabInRange(workbook: ExcelJS.Workbook): void {
  const count = workbook.worksheets.length;
  for (const view of workbook.views ?? []) {
    if (view.activeTab !== undefined && view.activeTab >= count) view.activeTab = 0;
    if (view.firstSheet !== undefined && view.firstSheet >= count) view.firstSheet = 0;
  }
}
