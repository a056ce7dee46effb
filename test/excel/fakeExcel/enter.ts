import { FakeExcelError } from "./FakeExcelError";
import type { CellState } from "./SheetModel";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const DATE = /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/;

/**
 * What Excel stores when `input` is entered into a cell through `values` or `formulas` (as typing it would):
 * a leading apostrophe keeps the rest as text; a Text ("@") number format keeps everything as text; `=`,
 * `+`, `-` or `@` not followed by a number makes a formula; numbers, percentages, simple dates and
 * TRUE/FALSE are converted. A formula's value is 0 here; reading it calculates what the fake can
 * (calculate.ts: SUM and + − of same-sheet cells), the rest reads as 0.
 */
export function enter(cell: CellState, input: unknown): void {
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
    cell.formula = input.startsWith("=") ? input : `=${input}`;
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
