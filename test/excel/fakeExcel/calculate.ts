import { parseAddress } from "./parseAddress";
import type { CellState, SheetModel } from "./SheetModel";

// The little of Excel's calculation the fake needs for workbooks laid out like the templates: SUM over
// same-sheet cells and ranges (text and booleans in them skipped, as Excel's SUM does), and + / − chains of
// same-sheet cells (a text cell there is #VALUE!). Any other formula reads as 0, the fake's old answer.
const SUM = /^=SUM\(([^()]*)\)$/i;
const REF = /^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/i;
const CHAIN = /^=\$?[A-Z]{1,3}\$?\d+(?:[+-]\$?[A-Z]{1,3}\$?\d+)*$/i;

/** What `Range.values` gives for a cell: the constant, or the formula's result as far as the fake knows it. */
export function calculatedValue(sheet: SheetModel, cell: CellState | undefined, depth = 0): unknown {
  if (!cell) return "";
  if (cell.formula === null) return cell.value;
  if (depth > 50) return "#REF!";
  const formula = cell.formula.replace(/\s+/g, "");
  const sum = SUM.exec(formula);
  if (sum) {
    let total = 0;
    for (const part of (sum[1] ?? "").split(",")) {
      const ref = part.replace(/\$/g, "");
      if (!REF.test(ref)) return cell.value;
      const rect = parseAddress(ref);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          const value = calculatedValue(sheet, sheet.peek(r, c), depth + 1);
          if (typeof value === "number") total += value;
          else if (typeof value === "string" && value.startsWith("#")) return value;
        }
    }
    return Math.round(total * 1e9) / 1e9;
  }
  if (CHAIN.test(formula)) {
    let total = 0;
    for (const [, sign, ref] of formula.slice(1).matchAll(/([+-]?)(\$?[A-Z]{1,3}\$?\d+)/gi)) {
      const rect = parseAddress((ref ?? "").replace(/\$/g, ""));
      const value = calculatedValue(sheet, sheet.peek(rect.top, rect.left), depth + 1);
      if (value === "") continue;
      if (typeof value !== "number") return "#VALUE!";
      total += sign === "-" ? -value : value;
    }
    return Math.round(total * 1e9) / 1e9;
  }
  return cell.value;
}
