import type { SheetLayout } from "../../src/engine/layout/sheetLayout";
import { at } from "./grid";

function cellsOf(range: string): { row: number; col: number }[] {
  const [from, to = from] = range.split(":") as [string, string?];
  const [start, end] = [at(from), at(to)];
  const cells: { row: number; col: number }[] = [];
  for (let r = start.row; r <= end.row; r++)
    for (let c = start.col; c <= end.col; c++) cells.push({ row: r, col: c });
  return cells;
}

/**
 * Shape checks every layout must pass: rows no wider than the declared columns, every merge, format range,
 * link and row height inside the sheet, merges that never overlap, and — unless the sheet is one of the two
 * with live formulas — no formula at all (text a user typed must never become one).
 */
export function expectWellFormed(layout: SheetLayout, options: { formulas?: boolean } = {}): void {
  const width = layout.columnWidths.length;
  const rows = layout.values.length;
  for (const row of layout.values) {
    expect(row.length).toBeLessThanOrEqual(width);
    if (!options.formulas)
      for (const value of row) expect(value !== null && typeof value === "object").toBe(false);
  }
  const inside = (range: string): void => {
    expect(range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    const [from, to = from] = range.split(":") as [string, string?];
    const [start, end] = [at(from), at(to)];
    expect(start.row <= end.row && start.col <= end.col).toBe(true);
    expect(end.row < rows && end.col < width).toBe(true);
  };
  layout.merges.forEach(inside);
  layout.formats.forEach((f) => inside(f.range));
  layout.links.forEach((link) => inside(link.cell));
  const merged = layout.merges.flatMap(cellsOf).map(({ row, col }) => `${row},${col}`);
  expect(new Set(merged).size).toBe(merged.length);
  for (const h of layout.rowHeights) expect(h.row >= 1 && h.row <= rows).toBe(true);
}
