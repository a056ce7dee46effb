import type { CriteriaTable } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { normalizeLabel } from "../read/normalizeLabel";
import type { Classification, Settings, TieBreak } from "../settings/settings";
import { classifyUnit, type FloorMiss } from "./classify";
import { dec, ZERO, type Decimal } from "../decimal";
import type { UnitResult } from "./scoreUnit";

/** A unit in the ranking. */
export interface RankedUnit {
  result: UnitResult;
  /** Competition rank (1, 2, 2, 4) on rounded totals after the tie-break chain. */
  rank: number;
  classification: Classification;
  /** The classes its total reached but a group floor denied, best first; empty without floors. */
  floorMisses: FloorMiss[];
  /** Vote share (0–1) from the roster, when given. */
  voteShare: number | null;
  /** Women's share (0–1) from the roster, when given. */
  womenShare: number | null;
  /**
   * When this unit has the same rounded total as the unit ranked just above it: the tie-break that put it
   * below, or null when nothing separated them (they share a rank).
   */
  tiedWith: { unit: string; decidedBy: TieBreak | null } | null;
}

/**
 * The women's share from which a unit is preferred in a tie (Decree 152/2025 Art. 4(6): "tỷ lệ nữ từ 70%
 * trở lên"): the law's number, not practice, so a constant rather than a setting.
 */
export const WOMEN_PREFERRED_SHARE = 0.7;

const groupNamed = (table: CriteriaTable, name: string) =>
  table.roots.find((root) => normalizeLabel(root.key) === normalizeLabel(name));

// Each tie-break as a number where higher ranks first; null where it cannot judge (no vote share).
function tieBreakValue(rule: TieBreak, unit: RankedUnit, table: CriteriaTable): Decimal | null {
  const { result, voteShare, womenShare } = unit;
  switch (rule.kind) {
    case "group": {
      const group = groupNamed(table, rule.group);
      return group ? (result.scores.get(group.key) ?? ZERO) : null;
    }
    case "penalty":
      return result.penalty.neg();
    case "bonus":
      return result.bonus;
    case "votes":
      return voteShare === null ? null : dec(voteShare);
    case "women":
      // Only the 70 % line counts: 75 % and 90 % are alike; a unit without a share cannot be compared.
      return womenShare === null ? null : womenShare >= WOMEN_PREFERRED_SHARE - 1e-9 ? dec(1) : ZERO;
  }
}

function decide(
  a: RankedUnit,
  b: RankedUnit,
  settings: Settings,
  table: CriteriaTable,
): { order: number; decidedBy: TieBreak | null } {
  const byTotal = b.result.total.cmp(a.result.total);
  if (byTotal !== 0) return { order: byTotal, decidedBy: null };
  for (const rule of settings.tieBreaks) {
    const [va, vb] = [tieBreakValue(rule, a, table), tieBreakValue(rule, b, table)];
    if (va === null || vb === null) continue;
    const order = vb.cmp(va);
    if (order !== 0) return { order, decidedBy: rule };
  }
  return { order: 0, decidedBy: null };
}

/**
 * Ranks scored units: by rounded total, then by the tie-break chain; units still equal share a rank and keep
 * their given (roster) order. Records, for each unit tied on total with the one above, what separated them.
 */
export function rankUnits(
  results: readonly UnitResult[],
  voteShares: ReadonlyMap<string, number | null>,
  settings: Settings,
  table: CriteriaTable,
  womenShares: ReadonlyMap<string, number | null> = new Map(),
): { ranked: RankedUnit[]; issues: Issue[] } {
  const issues: Issue[] = [];
  for (const rule of settings.tieBreaks) {
    if (
      rule.kind === "group" &&
      !table.roots.some((root) => normalizeLabel(root.key) === normalizeLabel(rule.group))
    ) {
      issues.push(
        issue({ code: "ranking-tiebreak-group-unknown", sheet: table.sheet, cell: "", value: rule.group }),
      );
    }
  }
  const units: RankedUnit[] = results.map((result) => {
    const { classification, misses } = classifyUnit(result, table, settings);
    return {
      result,
      rank: 0,
      classification,
      floorMisses: misses,
      voteShare: voteShares.get(result.unit) ?? null,
      womenShare: womenShares.get(result.unit) ?? null,
      tiedWith: null,
    };
  });
  // Array.prototype.sort is stable, so fully tied units keep the roster order.
  const sorted = [...units].sort((a, b) => decide(a, b, settings, table).order);
  sorted.forEach((unit, index) => {
    const above = sorted[index - 1];
    if (!above) {
      unit.rank = 1;
      return;
    }
    const { order, decidedBy } = decide(above, unit, settings, table);
    unit.rank = order === 0 ? above.rank : index + 1;
    if (above.result.total.eq(unit.result.total)) unit.tiedWith = { unit: above.result.unit, decidedBy };
  });
  return { ranked: sorted, issues };
}
