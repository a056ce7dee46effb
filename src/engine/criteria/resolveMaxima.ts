import { issue, type Issue } from "../issues";
import { readNumber } from "../read/readNumber";
import type { Criterion } from "./criterion";
import type { Placed } from "./placeRows";
import type { CriteriaRow } from "./readRows";

/** Equal within rounding noise of binary floating point; figures here are points with a few decimals. */
export function samePoints(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const normalChildren = (node: Criterion): Criterion[] =>
  node.children.filter((child) => child.kind === "normal");

/** A node worth points in the normal part of the total (not a container of bonus or penalty items only). */
export function hasNormalPoints(node: Criterion): boolean {
  return node.kind === "normal" && (node.children.length === 0 || node.children.some(hasNormalPoints));
}

const isTextNumber = (source: CriteriaRow): boolean =>
  typeof source.max === "string" && readNumber(source.max).kind === "number";

// The maxima typed as text (`9,5`) that Excel's SUM in a subtotal skipped: the children's, and within a child
// that is itself a subtotal formula, its own children's.
function textMaxCells(
  node: Criterion,
  sourceOf: ReadonlyMap<Criterion, CriteriaRow>,
  isFormula: (cell: string) => boolean,
): string[] {
  return normalChildren(node).flatMap((child) => {
    const source = sourceOf.get(child);
    if (!source) return [];
    if (isTextNumber(source)) return [source.cells.max];
    return isFormula(source.cells.max) ? textMaxCells(child, sourceOf, isFormula) : [];
  });
}

/**
 * Settles every maximum: typed ones (a penalty's sign does not matter), parents without one from their
 * children, and reports leaves without a maximum and normal parents whose children do not add up to it. A
 * parent's max cell holding a formula (`isFormula`, by A1 address) is a subtotal Excel computed: when it
 * disagrees, its children's sum is the max, with a warning naming the children typed as text.
 */
export function resolveMaxima(
  placed: readonly Placed[],
  rawMax: Map<Placed, number>,
  sheet: string,
  isFormula: (cell: string) => boolean = () => false,
): Issue[] {
  const issues: Issue[] = [];
  const sourceOf = new Map(placed.map((entry) => [entry.node, entry.source]));
  // Table order puts parents before children, so the reverse settles children first.
  for (const entry of [...placed].reverse()) {
    const { node, source } = entry;
    const at = { sheet, cell: source.cells.max, criterion: node.key };
    const raw = rawMax.get(entry);
    if (raw !== undefined && raw < 0 && node.kind !== "penalty") {
      issues.push(issue({ code: "criteria-max-invalid", ...at, value: raw }));
    } else if (raw !== undefined) {
      node.max = Math.abs(raw);
      node.maxSource = "typed";
    }
    const children = node.children;
    if (node.maxSource === "none" && children.length > 0 && children.every((child) => child.max !== null)) {
      // A bonus or penalty parent without a cap takes the sum of its items; a normal one the sum of its normal items.
      const counted = node.kind === "normal" ? normalChildren(node) : children;
      node.max = counted.reduce((sum, child) => sum + (child.max ?? 0), 0);
      node.maxSource = "children";
    }
    if (
      node.max === null &&
      children.length === 0 &&
      node.rate === null &&
      String(source.max).trim() === ""
    ) {
      issues.push(issue({ code: "criteria-max-missing", ...at }));
    }
    // Bonus and penalty parents cap their items, so only normal parents must add up.
    const counted = normalChildren(node);
    if (
      node.maxSource === "typed" &&
      hasNormalPoints(node) &&
      counted.length > 0 &&
      counted.every((child) => child.max !== null)
    ) {
      const sum = counted.reduce((total, child) => total + (child.max ?? 0), 0);
      if (!samePoints(sum, node.max ?? 0) && isFormula(source.cells.max)) {
        const skipped = textMaxCells(node, sourceOf, isFormula);
        const details = { max: node.max ?? 0, sum: Number(sum.toFixed(6)) };
        issues.push(
          issue({
            code: "criteria-subtotal-formula",
            ...at,
            value: node.max ?? "",
            details: skipped.length > 0 ? { ...details, textCells: skipped.join(", ") } : details,
          }),
        );
        // The formula's result left cells out; the children are what the table says.
        node.max = sum;
        node.maxSource = "children";
      } else if (!samePoints(sum, node.max ?? 0)) {
        issues.push(
          issue({
            code: "criteria-max-sum-mismatch",
            ...at,
            value: node.max ?? "",
            details: { max: node.max ?? 0, sum: Number(sum.toFixed(6)) },
          }),
        );
      }
    }
  }
  capRates(placed);
  return issues;
}

// A rate without a cap of its own is capped by its nearest parent with a typed max (DESIGN §2.1); with
// none, nothing caps it but the totals.
function capRates(placed: readonly Placed[]): void {
  const byKey = new Map(placed.map(({ node }) => [node.key, node]));
  for (const { node } of placed) {
    if (node.rate === null || node.max !== null || node.children.length > 0) continue;
    for (let up = byKey.get(node.parentKey ?? ""); up; up = byKey.get(up.parentKey ?? "")) {
      if (up.maxSource === "typed" && up.max !== null) {
        node.max = up.max;
        node.maxSource = "parent";
        break;
      }
    }
  }
}
