import type ExcelJS from "exceljs";
import { type CellValidation, parseRange } from "../../../src/engine";

/** Every cell of an A1 range, 1-based as ExcelJS counts them. */
export function cellsOf(range: string): { row: number; col: number }[] {
  const rect = parseRange(range);
  if (!rect) throw new RangeError(`Not a range: ${range}`);
  const cells: { row: number; col: number }[] = [];
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let col = rect.left; col <= rect.right; col++) cells.push({ row: row + 1, col: col + 1 });
  return cells;
}

/**
 * Writes each validation as a decimal between min and max with a Stop alert. Set cell by cell: ExcelJS joins
 * equal neighbours back into one range when it saves. Blank stays allowed, so an unfilled form is valid.
 */
export function writeValidations(worksheet: ExcelJS.Worksheet, validations: readonly CellValidation[]): void {
  for (const rule of validations) {
    const validation: ExcelJS.DataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: true,
      formulae: [rule.min, rule.max],
      showErrorMessage: true,
      // OOXML's own word (ST_DataValidationErrorStyle); ExcelJS writes the string as given.
      errorStyle: "stop",
      errorTitle: rule.errorTitle,
      error: rule.error,
      ...(rule.prompt ? { showInputMessage: true, prompt: rule.prompt } : {}),
    };
    for (const { row, col } of cellsOf(rule.range)) worksheet.getCell(row, col).dataValidation = validation;
  }
}
