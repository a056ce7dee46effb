import { a1 } from "../engine";
import type { HostCell } from "./hostCell";
import { bulkWriteSize, jsonSize, measureQueue } from "./requestSize";
import type { Step } from "./step";

/**
 * A 2-D write (`formulas` or `numberFormat`) from `top`/`left`, cut into row blocks each under `budget`
 * bytes: one block for any ordinary sheet, several only when one array alone would pass the limit.
 */
export function gridSteps(
  sheet: string,
  top: number,
  left: number,
  grid: HostCell[][],
  budget: number,
  write: (range: Excel.Range, block: HostCell[][]) => void,
): Step[] {
  const steps: Step[] = [];
  const width = grid[0]?.length ?? 0;
  if (width === 0) return steps;
  const addressOf = (start: number, end: number): string =>
    `${a1(top + start, left)}:${a1(top + end - 1, left + width - 1)}`;
  // The range's path and the write's action as Office.js sends them, around an empty array: each row adds
  // its JSON and a comma, and past 1,500 cells Office.js's slicing of it (`bulkWriteSize`). Sized at the
  // whole grid's address, the longest any block has.
  const whole = addressOf(0, grid.length);
  const base = measureQueue((env) => write(env.sheet(sheet).getRange(whole), [])).size;
  let start = 0;
  let data = 0;
  const sizeOf = (rows: number): number => base + data + bulkWriteSize(rows, width);
  const flush = (end: number): void => {
    const block = grid.slice(start, end);
    const address = addressOf(start, end);
    const size = sizeOf(end - start);
    steps.push({ size, sheets: [sheet], queue: (env) => write(env.sheet(sheet).getRange(address), block) });
    start = end;
    data = 0;
  };
  grid.forEach((row, r) => {
    const rowSize = jsonSize(row) + 1;
    if (r > start && sizeOf(r - start + 1) + rowSize > budget) flush(r);
    data += rowSize;
  });
  flush(grid.length);
  return steps;
}
