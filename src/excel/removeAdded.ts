import { marksOnSheets, sameSheetName } from "../engine";
import { definedName } from "./definedName";

/**
 * After a write failed part-way: deletes the sheets it added (named as one of `names`, with an id that was not
 * in the workbook before it, `before`) and the ownership marks that point at them or nowhere, so no
 * half-written sheet is left. Two syncs: what is there, then the deletions. Sheets that were there before, the
 * user's and our earlier outputs, are never touched; neither is the last sheet of the workbook (Excel keeps
 * one). Never throws: should the cleanup fail too (Excel still in cell-edit mode, the connection gone), a
 * sheet it could not delete keeps the mark it was added with, so the next run replaces it (a form or a
 * settings sheet carries none: it is left as the failure left it).
 * @returns the sheets deleted.
 */
export async function removeAdded(
  context: Excel.RequestContext,
  names: readonly string[],
  before: ReadonlySet<string>,
): Promise<string[]> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id");
    const marks = context.workbook.names;
    marks.load("items/name,items/type,items/formula");
    await context.sync();
    const sheets = worksheets.items;
    let added = sheets.filter(
      (sheet) => !before.has(sheet.id) && names.some((name) => sameSheetName(name, sheet.name)),
    );
    // Excel keeps at least one sheet: the first one added stays (marked, the next run replaces it).
    if (added.length === sheets.length) added = added.slice(1);
    if (added.length === 0) return [];
    const gone = added.map((sheet) => sheet.name);
    for (const sheet of added) sheet.delete();
    const drop = new Set(marksOnSheets(marks.items.map(definedName), gone));
    for (const mark of marks.items) if (drop.has(mark.name)) mark.delete();
    await context.sync();
    return gone;
  } catch {
    return [];
  }
}
