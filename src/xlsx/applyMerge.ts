import ExcelJS from "exceljs";
import type { CellWrite, MergePlan } from "../engine/forms/planMerge";
import { sameSheetName } from "../engine/layout/sheetReference";
import { loadWorkbook } from "./loadWorkbook";
import { writeDefinedNames } from "./writeDefinedNames";
import { writeLayout } from "./writeLayout";
import { XlsxError } from "./XlsxError";

// The plan only writes cells it read as empty; the file is checked again so that nothing is ever overwritten,
// and a cell inside a merged range is left alone (ExcelJS would write to the range's first cell instead).
function isEmpty(cell: ExcelJS.Cell): boolean {
  if (cell.type === ExcelJS.ValueType.Null) return true;
  return cell.type === ExcelJS.ValueType.String && String(cell.value).trim() === "";
}

function writeCell(workbook: ExcelJS.Workbook, write: CellWrite): void {
  const worksheet = workbook.worksheets.find((sheet) => sameSheetName(sheet.name, write.sheet));
  const cell = worksheet?.getCell(write.cell);
  if (!cell || !isEmpty(cell)) return;
  // A JS string is stored as a text cell whatever it starts with: `=SUM(A1)` typed by a unit stays text.
  // Assigning the value alone keeps the cell's style (fill, borders, number format, protection).
  cell.value = write.value;
}

/**
 * Applies a merge plan to a copy of the master .xlsx held in memory and returns the new file: the planned
 * cells written into existing sheets (a number as a number, text as text, styles kept), the new per-unit
 * sheets added at the end; every other sheet, value, style and defined name kept as it was.
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` for a bad master; `name-clash` when a new sheet's
 *   name is already taken.
 */
export async function applyMerge(master: Uint8Array, plan: MergePlan): Promise<Uint8Array> {
  const loaded = await loadWorkbook(master);
  const { workbook } = loaded;
  for (const write of plan.writes) writeCell(workbook, write);
  const taken = workbook.worksheets.map((sheet) => sheet.name);
  for (const layout of plan.sheets) {
    if (taken.some((name) => sameSheetName(name, layout.name))) {
      throw new XlsxError("name-clash", `A sheet named "${layout.name}" already exists.`);
    }
    taken.push(layout.name);
    writeLayout(workbook, layout);
  }
  writeDefinedNames(loaded, [], []);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
