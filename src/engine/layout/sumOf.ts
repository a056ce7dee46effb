import { a1 } from "../address";
import { EXCEL_LIMITS } from "./excelLimits";

/**
 * A SUM of cells (0-based row and column) that Excel accepts however many there are: `SUM(D6,D9,D12)` as a
 * list while it has at most 255 arguments; past that, runs of cells one under the other become ranges
 * (`SUM(D5:D304)`, exactly those cells), and what is still over 255 is split, `SUM(…)+SUM(…)`.
 */
export function sumOf(cells: readonly { row: number; col: number }[]): string {
  if (cells.length <= EXCEL_LIMITS.functionArguments) {
    return `SUM(${cells.map((cell) => a1(cell.row, cell.col)).join(",")})`;
  }
  const runs: { row: number; col: number; last: number }[] = [];
  for (const { row, col } of cells) {
    const run = runs[runs.length - 1];
    if (run && run.col === col && run.last + 1 === row) run.last = row;
    else runs.push({ row, col, last: row });
  }
  const args = runs.map((run) =>
    run.last === run.row ? a1(run.row, run.col) : `${a1(run.row, run.col)}:${a1(run.last, run.col)}`,
  );
  const parts: string[] = [];
  for (let i = 0; i < args.length; i += EXCEL_LIMITS.functionArguments) {
    parts.push(`SUM(${args.slice(i, i + EXCEL_LIMITS.functionArguments).join(",")})`);
  }
  return parts.join("+");
}
