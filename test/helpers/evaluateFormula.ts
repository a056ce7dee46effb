import type { LayoutValue, SheetLayout } from "../../src/engine/layout/sheetLayout";
import { at } from "./grid";

/**
 * Recomputes the formulas of our layouts — SUM, MIN, ROUND, ABS, N, + − × ÷, same-sheet and cross-sheet references —
 * from the leaf numbers, so that a test can show the formulas give the engine's results. Excel's ROUND
 * rounds half away from zero on the decimal it displays; so does this one. The real check runs in
 * LibreOffice; this keeps the formulas honest in every `npm test`.
 */
export function evaluateFormula(
  layouts: readonly SheetLayout[],
  sheet: string,
  ref: string,
  depth = 0,
): number {
  if (depth > 50) throw new Error(`formula cycle at ${sheet}!${ref}`);
  const layout = layouts.find((l) => l.name === sheet);
  if (!layout) throw new Error(`no sheet ${sheet}`);
  const { row, col } = at(ref);
  const value: LayoutValue | undefined = layout.values[row]?.[col];
  if (typeof value === "number") return value;
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value !== "object") throw new Error(`${sheet}!${ref} holds ${String(value)}, not a number`);
  const expression = value.formula
    .replace(/'((?:[^']|'')+)'!([A-Z]+\d+)/g, (_, name: string, cell: string) =>
      String(evaluateFormula(layouts, name.replace(/''/g, "'"), cell, depth + 1)),
    )
    .replace(/\b([A-Z]{1,3}\d+)\b/g, (cell: string) =>
      String(evaluateFormula(layouts, sheet, cell, depth + 1)),
    )
    .replace(/\bSUM\(/g, "sum(")
    .replace(/\bMIN\(/g, "Math.min(")
    .replace(/\bROUND\(/g, "round(")
    .replace(/\bABS\(/g, "Math.abs(")
    // N() of a number is the number (an empty cell is 0 already; a text cell is refused above).
    .replace(/\bN\(/g, "(");
  if (!/^[-\d\s.+*/(),e]*$/.test(expression.replace(/sum|round|Math\.min|Math\.abs/g, ""))) {
    throw new Error(`unsupported: ${value.formula}`);
  }
  const sum = (...xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const round = (x: number, digits: number): number =>
    Number(`${Math.sign(x) * Math.round(Number(`${Math.abs(x).toPrecision(15)}e${digits}`))}e-${digits}`);
  return Function("sum", "round", `return (${expression});`)(sum, round) as number;
}
