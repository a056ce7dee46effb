import type ExcelJS from "exceljs";
import type { OutputKind } from "../engine";
import type { LoadedWorkbook } from "./loadWorkbook";
import { sheetOwners } from "./sheetOwners";

/**
 * Removes the sheets our ownership marks claim for the given kinds — no other sheet — and returns their
 * names. Their defined names are left to `writeDefinedNames`: ExcelJS would keep them, pointing at a sheet
 * that no longer exists.
 */
export function removeOutputSheets(loaded: LoadedWorkbook, kinds: ReadonlySet<OutputKind>): string[] {
  const { workbook } = loaded;
  const owners = sheetOwners(loaded);
  const removed: string[] = [];
  for (const worksheet of workbook.worksheets) {
    const owner = owners.get(worksheet.name);
    if (owner && kinds.has(owner)) {
      removed.push(worksheet.name);
      workbook.removeWorksheet(worksheet.id);
    }
  }
  keepActiveTabInRange(workbook);
  return removed;
}

// A workbook view pointing at a tab that no longer exists makes Excel repair the file on opening.
function keepActiveTabInRange(workbook: ExcelJS.Workbook): void {
  const count = workbook.worksheets.length;
  for (const view of workbook.views ?? []) {
    if (view.activeTab !== undefined && view.activeTab >= count) view.activeTab = 0;
    if (view.firstSheet !== undefined && view.firstSheet >= count) view.firstSheet = 0;
  }
}
