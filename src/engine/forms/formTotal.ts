import { a1 } from "../address";
import { isLeaf, topmost, type Criterion, type CriteriaTable } from "../criteria/criterion";
import { hasNormalPoints } from "../criteria/resolveMaxima";
import { EXCEL_LIMITS } from "../layout/excelLimits";
import type { LayoutValue } from "../layout/sheetLayout";
import { dec, roundHalfUp, sum, toNumber, ZERO, type Decimal } from "../decimal";
import type { CellValue } from "../workbook";

/** What the total of a form is computed with: the bloc's settings, as the master totals. */
export interface FormTotalSettings {
  scale: number;
  decimals: number;
}

/** One part of the formula with the value Excel gives it: a formula and a number built side by side. */
interface Term {
  formula: string;
  value: Decimal;
}

// A SUM of any number of terms, split where a call would take more than Excel's 255 arguments.
function sumTerms(terms: readonly Term[]): Term {
  if (terms.length === 0) return { formula: "0", value: ZERO };
  const parts: string[] = [];
  for (let i = 0; i < terms.length; i += EXCEL_LIMITS.functionArguments)
    parts.push(
      `SUM(${terms
        .slice(i, i + EXCEL_LIMITS.functionArguments)
        .map((t) => t.formula)
        .join(",")})`,
    );
  return { formula: parts.join("+"), value: sum(terms.map((t) => t.value)) };
}

/**
 * The unit's own total at the foot of its form, as a live formula over the self-score cells, computed as the
 * master computes a total (DESIGN §4): a group is the sum of its sub-criteria of its own kind, never above
 * its max; raw mode adds the top-level normal groups (weighted mode scales them by their weights), then the
 * bonus (capped by its max) and less the deductions (counted by their size, whatever sign was typed),
 * rounded to the bloc's decimals. Text and empty cells count nothing, as SUM skips them; `value` is what the
 * formula gives for the scores in `self`.
 */
export function formTotal(
  criteria: CriteriaTable,
  rowOf: ReadonlyMap<string, number>,
  selfCol: number,
  self: ReadonlyMap<string, CellValue> | undefined,
  settings: FormTotalSettings,
): LayoutValue {
  const scoreOf = (leaf: Criterion): Decimal => {
    const typed = self?.get(leaf.key);
    return typeof typed === "number" && Number.isFinite(typed) ? dec(typed) : ZERO;
  };
  const termOf = (node: Criterion): Term => {
    const cell = a1(rowOf.get(node.key) ?? 0, selfCol);
    if (isLeaf(node))
      return node.kind === "penalty"
        ? { formula: `ABS(N(${cell}))`, value: scoreOf(node).abs() }
        : { formula: cell, value: scoreOf(node) };
    const counted =
      node.kind === "normal" ? node.children.filter((child) => child.kind === "normal") : node.children;
    const total = sumTerms(counted.map(termOf));
    if (node.max === null) return total;
    const max = dec(node.max);
    return { formula: `MIN(${total.formula},${node.max})`, value: total.value.gt(max) ? max : total.value };
  };
  const scored = criteria.roots.filter(hasNormalPoints);
  let normal = sumTerms(scored.map(termOf));
  if (criteria.weighted) {
    const terms = scored.filter((root) => (root.max ?? 0) > 0 && root.weight !== null);
    const weights = terms.reduce((total, root) => total + (root.weight ?? 0), 0);
    normal =
      weights === 0
        ? { formula: "0", value: ZERO }
        : {
            formula: `${settings.scale}*(${terms.map((root) => `${root.weight}*${termOf(root).formula}/${root.max}`).join("+")})/${weights}`,
            value: sum(
              terms.map((root) =>
                dec(root.weight ?? 0)
                  .times(termOf(root).value)
                  .div(root.max ?? 1),
              ),
            )
              .times(settings.scale)
              .div(weights),
          };
  }
  const bonus = sumTerms(topmost(criteria.roots, "bonus").map(termOf));
  const penalty = sumTerms(topmost(criteria.roots, "penalty").map(termOf));
  const parts = [normal.formula, ...(bonus.formula === "0" ? [] : [`+${bonus.formula}`])];
  if (penalty.formula !== "0") parts.push(`-(${penalty.formula})`);
  const value = roundHalfUp(normal.value.plus(bonus.value).minus(penalty.value), settings.decimals);
  return { formula: `ROUND(${parts.join("")},${settings.decimals})`, value: toNumber(value) };
}
