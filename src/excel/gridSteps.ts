import { a1 } from "../engine/address";
import type { HostCell } from "./hostCell";
import { ACTION_OVERHEAD, jsonSize, type Step } from "./step";

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
  let start = 0;
  let size = ACTION_OVERHEAD;
  const flush = (end: number): void => {
    const block = grid.slice(start, end);
    const address = `${a1(top + start, left)}:${a1(top + end - 1, left + width - 1)}`;
    steps.push({ size, queue: (env) => write(env.sheet(sheet).getRange(address), block) });
    start = end;
    size = ACTION_OVERHEAD;
  };
  grid.forEach((row, r) => {
    const rowSize = jsonSize(row) + 1;
    if (r > start && size + rowSize > budget) flush(r);
    size += rowSize;
  });
  flush(grid.length);
  return steps;
}
