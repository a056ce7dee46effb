import { isOwnedKind, type OwnedSheet, planReplacement, type SheetLayout } from "../engine";
import { type OpenXlsx, openXlsx } from "./openXlsx";
import { removeOutputSheets } from "./removeOutputSheets";
import { writeDefinedNames } from "./writeDefinedNames";
import { writeLayout } from "./writeLayout";
import { XlsxError } from "./XlsxError";

/**
 * Writes output sheets into a copy of an .xlsx held in memory and returns the new file. Our earlier outputs
 * of the kinds being written (found by their ownership marks) are replaced; every other sheet is kept as it
 * was. The new sheets go at the end in the order of `layouts`, each marked as ours except a settings sheet,
 * which becomes the user's.
 * @param source the file's bytes, or the file as `readXlsx` opened it (then it is not parsed again, and is
 *   written into: it is not to be used afterwards).
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` for a bad input file; `name-clash` when a layout's
 *   name is taken by a sheet that is not ours to replace (the layout's name is final, so nothing is renamed).
 */
export async function applyLayouts(source: Uint8Array | OpenXlsx, layouts: SheetLayout[]): Promise<Buffer> {
  const { loaded, ...ownership } = ArrayBuffer.isView(source) ? await openXlsx(source) : source;
  const { workbook } = loaded;
  const plan = planReplacement(ownership, layouts);
  if (plan.clash !== null) {
    throw new XlsxError("name-clash", { subject: plan.clash });
  }
  removeOutputSheets(workbook, plan.remove);
  const marks: OwnedSheet[] = [...plan.keep];
  for (const layout of layouts) {
    const worksheet = writeLayout(workbook, layout);
    if (isOwnedKind(layout.kind)) marks.push({ sheet: worksheet.name, kind: layout.kind });
  }
  writeDefinedNames(loaded, plan.remove, marks);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
