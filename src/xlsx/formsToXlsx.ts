import ExcelJS from "exceljs";
import type { SheetLayout } from "../engine";
import { writeLayout } from "./writeLayout";

/**
 * One .xlsx file per form, each holding just that unit's form sheet, ready to attach to an email. Forms are
 * the unit's to fill in, so they carry no ownership mark.
 */
export async function formsToXlsx(layouts: SheetLayout[]): Promise<Uint8Array[]> {
  const files: Uint8Array[] = [];
  for (const layout of layouts) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Bloc Scoring";
    writeLayout(workbook, layout);
    files.push(new Uint8Array(await workbook.xlsx.writeBuffer()));
  }
  return files;
}
