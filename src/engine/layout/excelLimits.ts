import type { LayoutValue, SheetLayout } from "./sheetLayout";

/**
 * Excel's specifications and limits that a layout must keep (DESIGN §7), for both hosts: Excel refuses a
 * write past them, and a file past them is one Excel repairs or will not open.
 */
export const EXCEL_LIMITS = {
  /** Points. */
  rowHeight: 409,
  /** Characters (Excel's column width unit). */
  columnWidth: 255,
  /** Arguments of one function call. */
  functionArguments: 255,
  /** Characters of a formula, its `=` included. */
  formulaLength: 8192,
  /** Characters of a cell's text. */
  cellText: 32767,
} as const;

/**
 * A layout within Excel's limits, applied once to every layout the engine makes, so that Office.js and the
 * .xlsx writer write the same thing. A row is at most 409 points high: a cell whose text needs more keeps the
 * whole text (wrapped, top-aligned: the row shows its start, the formula bar all of it). A column is at most
 * 255 characters wide. A text over 32,767 characters is cut there, ending in "…". A formula longer than
 * 8,192 characters or calling a function with more than 255 arguments (the layouts build sums that stay
 * within both, see `sumOf`; this catches what they cannot, such as a weighted total over hundreds of groups)
 * is written as the engine's value instead: the cell shows the right number, without its formula.
 */
export function withinExcelLimits(layout: SheetLayout): SheetLayout {
  const needs =
    layout.rowHeights.some((h) => h.height > EXCEL_LIMITS.rowHeight) ||
    layout.columnWidths.some((w) => w > EXCEL_LIMITS.columnWidth) ||
    layout.values.some((row) => row.some((value) => fitted(value) !== value));
  if (!needs) return layout;
  return {
    ...layout,
    values: layout.values.map((row) => row.map(fitted)),
    columnWidths: layout.columnWidths.map((w) => Math.min(w, EXCEL_LIMITS.columnWidth)),
    rowHeights: layout.rowHeights.map(({ row, height }) => ({
      row,
      height: Math.min(height, EXCEL_LIMITS.rowHeight),
    })),
  };
}

function fitted(value: LayoutValue): LayoutValue {
  if (typeof value === "string") {
    return value.length > EXCEL_LIMITS.cellText ? `${value.slice(0, EXCEL_LIMITS.cellText - 1)}…` : value;
  }
  if (value === null || typeof value !== "object") return value;
  if (value.formula.length + 1 <= EXCEL_LIMITS.formulaLength && !tooManyArguments(value.formula))
    return value;
  return fitted(value.value);
}

/** Whether a formula calls a function with more than 255 arguments (string literals and quoted names skipped). */
export function tooManyArguments(formula: string): boolean {
  // A call past the limit needs 255 commas: shorter formulas cannot have one.
  if (formula.length < 2 * EXCEL_LIMITS.functionArguments) return false;
  const commas: number[] = [];
  // An exec loop rather than matchAll, which would bring String.prototype.matchAll and core-js's RegExp
  // internals (about 1.5 KB gzip) into the ES5 ribbon bundle; every token is at least one character long.
  const tokens = /"(?:[^"]|"")*"|'(?:[^']|'')*'|[(),]/g;
  for (let match = tokens.exec(formula); match; match = tokens.exec(formula)) {
    const token = match[0];
    if (token === "(") commas.push(0);
    else if (token === ")") commas.pop();
    else if (token === "," && commas.length > 0) {
      const count = commas[commas.length - 1]! + 1;
      if (count >= EXCEL_LIMITS.functionArguments) return true;
      commas[commas.length - 1] = count;
    }
  }
  return false;
}
