import { type OutputKind, ownerOf, sameSheetName, sheetOfReference } from "../engine";
import type { LoadedWorkbook, StoredName } from "./loadWorkbook";

/**
 * Which sheets are our outputs, by worksheet name: a sheet is ours for kind K when the workbook-level
 * defined name `ownershipName(K)` refers to a cell on it. Sheet-scoped names do not count (Excel makes such
 * copies when a user copies an output sheet, and the copy is theirs); names that point at no existing sheet
 * are ignored.
 */
export function sheetOwners(loaded: LoadedWorkbook): Map<string, OutputKind> {
  const owners = new Map<string, OutputKind>();
  const sheets = loaded.workbook.worksheets.map((sheet) => sheet.name);
  for (const stored of workbookNames(loaded)) {
    const kind = ownerOf(stored.name);
    if (!kind) continue;
    for (const range of stored.ranges) {
      const target = sheetOfReference(range);
      const sheet = target === null ? undefined : sheets.find((name) => sameSheetName(name, target));
      // Two marks on one sheet is a hand edit; the first keeps it, so each sheet has one owner.
      if (sheet !== undefined && !owners.has(sheet)) owners.set(sheet, kind);
    }
  }
  return owners;
}

// ExcelJS's own model has lost the scope; it is the fallback when the stored names could not be captured.
function workbookNames(loaded: LoadedWorkbook): StoredName[] {
  const stored: StoredName[] = loaded.storedNames ?? loaded.workbook.definedNames.model;
  return stored.filter((name) => name.localSheetId === undefined);
}
