import { issue, type Issue } from "../issues";
import { readNumber } from "../read/readNumber";
import { topmost, type Criterion } from "./criterion";
import type { Placed } from "./placeRows";
import type { TotalRow } from "./readRows";
import { hasNormalPoints, samePoints } from "./resolveMaxima";

export interface Summary {
  weighted: boolean;
  normalMax: number;
  bonusMax: number;
  penaltyMax: number;
}

const sumMax = (nodes: readonly Criterion[]): number => nodes.reduce((sum, node) => sum + (node.max ?? 0), 0);

/**
 * Works out the table's mode and maxima and checks what depends on the whole table: weights only on
 * top-level normal groups and on all of them, the total row, and the total against the scale.
 */
export function summarize(
  placed: readonly Placed[],
  roots: readonly Criterion[],
  total: TotalRow | null,
  sheet: string,
  scale: number,
): { summary: Summary; issues: Issue[] } {
  const issues: Issue[] = [];
  const scored = roots.filter(hasNormalPoints);
  const weighted = scored.some((root) => root.weight !== null);
  for (const { node, source } of placed) {
    const at = { sheet, cell: source.cells.weight, criterion: node.key };
    const counts = scored.includes(node);
    if (node.weight !== null && !counts)
      issues.push(issue({ code: "criteria-weight-ignored", ...at, value: node.weight }));
    if (weighted && counts && node.weight === null)
      issues.push(issue({ code: "criteria-weight-missing", ...at }));
  }
  const summary: Summary = {
    weighted,
    normalMax: sumMax(scored),
    bonusMax: sumMax(topmost(roots, "bonus")),
    penaltyMax: sumMax(topmost(roots, "penalty")),
  };
  const totalMax = total ? readNumber(total.max) : null;
  if (total && totalMax?.kind === "number" && !weighted) {
    const matches = [summary.normalMax, summary.normalMax + summary.bonusMax].some((sum) =>
      samePoints(sum, totalMax.value),
    );
    if (!matches) {
      issues.push(
        issue({
          code: "criteria-max-sum-mismatch",
          sheet,
          cell: total.cell,
          value: totalMax.value,
          details: { max: totalMax.value, sum: Number(summary.normalMax.toFixed(6)) },
        }),
      );
    }
  }
  const known = scored.length > 0 && scored.every((root) => root.max !== null);
  if (!weighted && known && !samePoints(summary.normalMax, scale)) {
    const cell = total?.cell ?? placed.find((entry) => entry.node === scored[0])?.source.cells.max ?? "";
    issues.push(
      issue({
        code: "criteria-total-not-scale",
        sheet,
        cell,
        value: Number(summary.normalMax.toFixed(6)),
        details: { total: Number(summary.normalMax.toFixed(6)), scale },
      }),
    );
  }
  return { summary, issues };
}
