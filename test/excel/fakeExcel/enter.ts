import { FakeExcelError } from "./FakeExcelError";
import type { CellState } from "./SheetModel";
import { externalPrefix, mapSheetPrefixes } from "./sheetRefs";
import type { WorkbookModel } from "./WorkbookModel";

/** Excel's specifications and limits: characters in a formula, arguments to a function, characters in a cell. */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_ARGUMENTS = 255;
export const MAX_CELL_TEXT = 32767;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const DATE = /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/;

/**
 * What Excel stores when `input` is entered into a cell through `values` or `formulas` (as typing it would):
 * a leading apostrophe keeps the rest as text; a Text ("@") number format keeps everything as text; `=`,
 * `+`, `-` or `@` not followed by a number makes a formula; numbers, percentages, simple dates and
 * TRUE/FALSE are converted. A formula's value is 0 here; reading it calculates what the fake can
 * (calculate.ts), the rest reads as 0.
 *
 * With `workbook` (the API's writes), a formula's sheet references are resolved as it is entered, as Excel
 * does: a name that is no sheet of the workbook is taken for another workbook's sheet (`'[Name]Name'!D5`,
 * #REF! while no such file is open) and stays so when a sheet of that name is added later. Excel's limits
 * hold: a formula over 8,192 characters fails with `FormulaLengthExceedsLimit`, a function given more than
 * 255 arguments or a text over 32,767 characters with `InvalidArgument`.
 */
export function enter(cell: CellState, input: unknown, workbook?: WorkbookModel): void {
  if (input === null || input === undefined) return; // Office.js leaves the cell unchanged
  cell.quotePrefix = false;
  cell.formula = null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeExcelError("InvalidArgument", "Not a finite number.");
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", "Unsupported cell value.");
  if (input.length > MAX_CELL_TEXT + (input.startsWith("'") ? 1 : 0) && !/^[=+\-@]/.test(input)) {
    throw new FakeExcelError("InvalidArgument", `A cell holds at most ${MAX_CELL_TEXT} characters.`);
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    cell.value = percent ? n / 100 : n;
    return;
  }
  if (/^[=+\-@]/.test(input) && input.length > 1) {
    const formula = input.startsWith("=") ? input : `=${input}`;
    checkFormula(formula);
    cell.formula = workbook
      ? mapSheetPrefixes(formula, (sheet) => (workbook.find(sheet) ? null : externalPrefix(sheet)))
      : formula;
    cell.value = 0;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toUpperCase() === "TRUE";
    return;
  }
  if (DATE.test(trimmed)) {
    cell.value = 45000; // some serial: the point is that it is no longer text
    return;
  }
  cell.value = input;
}

/** Excel's limits on a formula: its length, and the arguments of each function call in it. */
function checkFormula(formula: string): void {
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw new FakeExcelError(
      "FormulaLengthExceedsLimit",
      `The formula is ${formula.length} characters long; Excel allows ${MAX_FORMULA_LENGTH}.`,
    );
  }
  // Commas per open parenthesis, string literals and quoted sheet names skipped.
  const commas: number[] = [];
  for (const [token] of formula.matchAll(/"(?:[^"]|"")*"|'(?:[^']|'')*'|[(),]/g)) {
    if (token === "(") commas.push(0);
    else if (token === ")") commas.pop();
    else if (token === "," && commas.length > 0) {
      const count = commas[commas.length - 1]! + 1;
      commas[commas.length - 1] = count;
      if (count + 1 > MAX_ARGUMENTS) {
        throw new FakeExcelError("InvalidArgument", `More than ${MAX_ARGUMENTS} arguments to one function.`);
      }
    }
  }
}
