import { issue, type Issue } from "../issues";
import { normalizeLabel } from "../read/normalizeLabel";
import type { Criterion, CriterionKind } from "./criterion";
import type { Placed } from "./placeRows";
import type { ExplicitKinds } from "./readAttributes";

const BONUS = /\b(diem thuong|diem cong|cong diem|thuong diem|bonus)\b/;
const PENALTY = /\b(diem tru|tru diem|deductions?|penalty|penalties)\b/;

// A group is typed by its name anywhere in it ("III. Điểm thưởng"); a criterion only when its name starts
// with the kind, because criteria text such as "…không bị trừ điểm" is common in normal rows.
function kindByName(node: Criterion): CriterionKind | null {
  const name = normalizeLabel(node.name);
  const test = (pattern: RegExp): boolean =>
    node.level === "group" || node.parentKey === null
      ? pattern.test(name)
      : (pattern.exec(name)?.index ?? -1) === 0;
  const bonus = test(BONUS);
  const penalty = test(PENALTY);
  if (bonus === penalty) return null; // neither, or a mixed "Điểm thưởng, điểm trừ" container
  return bonus ? "bonus" : "penalty";
}

/**
 * Sets every criterion's kind: from the kind column, else from its name, else inherited from its parent.
 * An explicit kind that contradicts a bonus or penalty parent is kept and reported.
 */
export function inferKinds(placed: readonly Placed[], explicit: ExplicitKinds, sheet: string): Issue[] {
  const issues: Issue[] = [];
  const byKey = new Map<string, Criterion>();
  for (const entry of placed) {
    const { node, source } = entry;
    byKey.set(node.key, node);
    const parentKind = node.parentKey ? (byKey.get(node.parentKey)?.kind ?? "normal") : "normal";
    const own = explicit.get(entry) ?? kindByName(node);
    if (own && parentKind !== "normal" && own !== parentKind) {
      issues.push(
        issue({
          code: "criteria-kind-conflict",
          sheet,
          cell: source.cells.kind || source.cells.code,
          criterion: node.key,
          value: node.name,
        }),
      );
    }
    node.kind = own ?? parentKind;
  }
  return issues;
}
