import type ExcelJS from "exceljs";
import type { SheetProtection } from "../../../src/engine";
import { cellsOf } from "./writeValidations";

// A private copy: ExcelJS may share one style object between cells (see applyFormat).
function unlock(cell: ExcelJS.Cell): void {
  cell.style = { ...cell.style, protection: { locked: false } };
}

/**
 * Protects the sheet without a password, every cell locked except the `unlocked` ranges. Resizing rows and
 * columns stays allowed, so a long evidence note can be made readable; nothing else changes the table.
 */
export function writeProtection(worksheet: ExcelJS.Worksheet, protection: SheetProtection): void {
  for (const range of protection.unlocked) {
    for (const { row, col } of cellsOf(range)) unlock(worksheet.getCell(row, col));
  }
  // ExcelJS sets the protection inside the promise's executor, synchronously; without a password there is
  // no hashing to wait for.
  void worksheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
