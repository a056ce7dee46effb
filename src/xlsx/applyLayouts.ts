import { isOwnedKind, type OutputKind, sameSheetName, type SheetLayout } from "../engine";
import { loadWorkbook } from "./loadWorkbook";
import { removeOutputSheets } from "./removeOutputSheets";
import { writeDefinedNames } from "./writeDefinedNames";
import { writeLayout } from "./writeLayout";
import { XlsxError } from "./XlsxError";

/**
 * Writes output sheets into a copy of an .xlsx held in memory and returns the new file. Our earlier outputs
 * of the kinds being written (found by their ownership marks) are replaced; every other sheet is kept as it
 * was. The new sheets go at the end in the order of `layouts`, each marked as ours except a settings sheet,
 * which becomes the user's.
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` for a bad input file; `name-clash` when a layout's
 *   name is taken by a sheet that is not ours to replace (the layout's name is final, so nothing is renamed).
 */
export async function applyLayouts(data: Buffer | Uint8Array, layouts: SheetLayout[]): Promise<Buffer> {
  const loaded = await loadWorkbook(data);
  const { workbook } = loaded;
  const kinds = new Set<OutputKind>(layouts.map((layout) => layout.kind).filter(isOwnedKind));
  const removed = removeOutputSheets(loaded, kinds);
  checkNames(
    workbook.worksheets.map((sheet) => sheet.name),
    layouts,
  );
  const marks: { sheet: string; kind: OutputKind }[] = [];
  for (const layout of layouts) {
    const worksheet = writeLayout(workbook, layout);
    if (isOwnedKind(layout.kind)) marks.push({ sheet: worksheet.name, kind: layout.kind });
  }
  writeDefinedNames(loaded, removed, marks);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function checkNames(remaining: string[], layouts: SheetLayout[]): void {
  const taken = [...remaining];
  for (const { name } of layouts) {
    if (taken.some((other) => sameSheetName(other, name))) {
      throw new XlsxError("name-clash", { subject: name });
    }
    taken.push(name);
  }
}
