import type ExcelJS from "exceljs";
import {
  type OutputKind,
  ownerOf,
  ownershipName,
  quoteSheet,
  sameSheetName,
  sheetOfReference,
} from "../engine";
import { type LoadedWorkbook, type StoredName, storedNamesOf } from "./loadWorkbook";

/** A defined name to write; `scope` is the sheet of a sheet-scoped name. */
interface NameEntry {
  name: string;
  ranges: string[];
  scope: string | null;
}

// ExcelJS keeps only names that are cell ranges with absolute references; print areas and titles it keeps
// on the sheet's page setup and writes itself.
const ABSOLUTE_RANGE = /\$[A-Za-z]+\$\d+/;
const PAGE_SETUP_NAMES = new Set(["_xlnm.Print_Area", "_xlnm.Print_Titles"]);

/**
 * Sets the names the new file will carry: the user's names as the file stored them — sheet-scoped ones keep
 * their scope, which ExcelJS alone would lose — minus those on removed or missing sheets; then our marks,
 * workbook-level, one per sheet of `marks` (the surviving outputs', `ReplacementPlan.keep`, and the new
 * sheets'): every other mark goes.
 */
export function writeDefinedNames(
  loaded: LoadedWorkbook,
  removed: readonly string[],
  marks: readonly { sheet: string; kind: OutputKind }[],
): void {
  const { workbook } = loaded;
  const exists = (sheet: string | null): sheet is string =>
    sheet !== null &&
    !removed.some((name) => sameSheetName(name, sheet)) &&
    workbook.worksheets.some((worksheet) => sameSheetName(worksheet.name, sheet));
  const entries: NameEntry[] = [];
  for (const stored of userNames(loaded)) {
    const scope = stored.localSheetId === undefined ? null : (loaded.storedSheets[stored.localSheetId] ?? "");
    // A range on a sheet that is gone, or one ExcelJS garbled (a formula read as `'SUM(Data'!$A$1`), is dropped.
    const ranges = stored.ranges.filter(
      (range) => ABSOLUTE_RANGE.test(range) && exists(sheetOfReference(range)),
    );
    if (ranges.length > 0 && (scope === null || exists(scope))) entries.push({ ...stored, ranges, scope });
  }
  for (const { sheet, kind } of marks) {
    const name = ownershipName(kind);
    const range = `${quoteSheet(sheet)}!$A$1`;
    const entry = entries.find((e) => e.name === name);
    if (entry) entry.ranges.push(range);
    else entries.push({ name, ranges: [range], scope: null });
  }
  install(workbook, entries);
}

function userNames(loaded: LoadedWorkbook): StoredName[] {
  return storedNamesOf(loaded).filter(({ name }) => ownerOf(name) === null && !PAGE_SETUP_NAMES.has(name));
}

// ExcelJS's name table has no scope: it files names by name alone. The workbook asks it for its model when
// writing, so this instance answers with the entries, each scope turned into the sheet's index at that time.
function install(workbook: ExcelJS.Workbook, entries: NameEntry[]): void {
  const model = (): (ExcelJS.DefinedNamesRanges & { localSheetId?: number })[] =>
    entries.map(({ name, ranges, scope }) => {
      if (scope === null) return { name, ranges };
      const index = workbook.worksheets.findIndex((worksheet) => sameSheetName(worksheet.name, scope));
      return { name, ranges, localSheetId: index };
    });
  Object.defineProperty(workbook.definedNames, "model", { get: model, configurable: true });
}
