import { a1, parseRange } from "../engine";

/** A rectangle's formulas and values as Office.js gives them (`Range.formulas`, `Range.values`), with where it starts. */
export interface FormulaGrid {
  formulas: unknown[][];
  values: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

/** Adds every cell of `grid` that holds a formula to `into`, by its A1 address, with the formula's text. */
export function addFormulas(into: Map<string, string>, grid: FormulaGrid): void {
  grid.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      // A text typed as `=SUM(A1)` (quote-prefixed) reads the same through both; a formula's result does not.
      if (typeof formula === "string" && formula.startsWith("=") && formula !== grid.values[r]?.[c])
        into.set(a1(grid.rowIndex + r, grid.columnIndex + c), formula);
    }),
  );
}

/** The areas of an address as Office.js spells a `RangeAreas` (`'Sheet, 1'!C5:C9,'Sheet, 1'!E5`): split at commas outside quotes. */
function areasOf(address: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    // A quote inside a quoted sheet name is doubled, so toggling twice leaves it quoted.
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      areas.push(address.slice(start, i));
      start = i + 1;
    }
  }
  areas.push(address.slice(start));
  return areas;
}

/**
 * Every cell of a `RangeAreas` address (`'Sheet 1'!C5:C9,'Sheet 1'!E5`, `$A$1`), by A1 address: each area's
 * sheet prefix (a quoted name may hold `!` or `,`) dropped. What is not a cell or a rectangle is skipped.
 */
export function cellsOfAddress(address: string): string[] {
  const cells: string[] = [];
  for (const area of areasOf(address)) {
    const bang = area.lastIndexOf("!");
    const range = parseRange((bang < 0 ? area : area.slice(bang + 1)).replace(/\$/g, ""));
    if (!range) continue;
    for (let row = range.top; row <= range.bottom; row++)
      for (let col = range.left; col <= range.right; col++) cells.push(a1(row, col));
  }
  return cells;
}
