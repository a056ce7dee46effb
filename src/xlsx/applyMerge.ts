import ExcelJS from "exceljs";
import {
  type CellWrite,
  type KeptReason,
  type KeptWrite,
  type MergePlan,
  planReplacement,
  sameSheetName,
  stillHolds,
} from "../engine";
import { cellValue } from "./cellValue";
import { type OpenXlsx, openXlsx } from "./openXlsx";
import { writeDefinedNames } from "./writeDefinedNames";
import { writeLayout } from "./writeLayout";
import { XlsxError } from "./XlsxError";

// The plan writes only cells it read as empty, or as holding the value it replaces: the file is checked again
// so that nothing else is ever overwritten. A formula is never written over, and a cell inside a merged range
// is left alone (ExcelJS would write to the range's first cell instead).
function keptReason(cell: ExcelJS.Cell, write: CellWrite, date1904: boolean): KeptReason | null {
  if (cell.type === ExcelJS.ValueType.Formula) return "formula";
  if (cell.type === ExcelJS.ValueType.Merge) return "merged";
  return stillHolds(cellValue(cell, date1904), write) ? null : "changed";
}

function writeCell(workbook: ExcelJS.Workbook, write: CellWrite, date1904: boolean): KeptReason | null {
  const worksheet = workbook.worksheets.find((sheet) => sameSheetName(sheet.name, write.sheet));
  if (!worksheet) return "changed";
  const cell = worksheet.getCell(write.cell);
  const reason = keptReason(cell, write, date1904);
  // A JS string is stored as a text cell whatever it starts with: `=SUM(A1)` typed by a unit stays text.
  // Assigning the value alone keeps the cell's style (fill, borders, number format, protection).
  if (reason === null) cell.value = write.value;
  return reason;
}

/** The merged file, and the planned writes it did not make (see `keepBack`). */
export interface MergedFile {
  data: Uint8Array;
  kept: KeptWrite[];
}

/**
 * Applies a merge plan to a copy of the master .xlsx held in memory and returns the new file: the planned
 * cells written into existing sheets (a number as a number, text as text, styles kept) unless one now holds a
 * formula, is merged or no longer holds what the plan read (those are returned as kept back), the new
 * per-unit sheets added at the end; every other sheet, value, style and defined name kept as it was.
 * @param master the master's bytes, or the master as `readXlsx` opened it (then it is not parsed again, and
 *   is written into: it is not to be used afterwards).
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` for a bad master; `name-clash` when a new sheet's
 *   name is already taken.
 */
export async function applyMerge(master: Uint8Array | OpenXlsx, plan: MergePlan): Promise<MergedFile> {
  const { loaded, ...ownership } = ArrayBuffer.isView(master) ? await openXlsx(master) : master;
  const { workbook } = loaded;
  const kept: KeptWrite[] = [];
  const date1904 = Boolean(workbook.properties.date1904);
  for (const write of plan.writes) {
    const reason = writeCell(workbook, write, date1904);
    if (reason !== null) kept.push({ write, reason });
  }
  // The new sheets are forms, the user's once written: the replacement plan removes nothing, it only checks names.
  const { clash, keep } = planReplacement(ownership, plan.sheets);
  if (clash !== null) throw new XlsxError("name-clash", { subject: clash });
  for (const layout of plan.sheets) writeLayout(workbook, layout);
  writeDefinedNames(loaded, [], keep);
  return { data: new Uint8Array(await workbook.xlsx.writeBuffer()), kept };
}
