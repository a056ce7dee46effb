import type { CriteriaTable } from "../criteria/criterion";
import type { Classification, Settings } from "../settings/settings";
import { dec, roundHalfUp, toNumber, type Decimal } from "../decimal";
import type { UnitResult } from "./scoreUnit";

const ORDER: readonly Classification[] = ["excellent", "good", "completed", "notCompleted"];

/** Xếp loại from a rounded total and the thresholds (scale points, descending). */
export function classify(total: Decimal, settings: Settings): Classification {
  const [excellent, good, completed] = settings.classificationThresholds;
  if (total.gte(excellent)) return "excellent";
  if (total.gte(good)) return "good";
  return total.gte(completed) ? "completed" : "notCompleted";
}

/** A class the total reached but a group floor denied: the group, its share of its max, and the floor (%). */
export interface FloorMiss {
  classification: Classification;
  /** The group's code as typed (`II`). */
  group: string;
  /** The group's score as a percentage of its max, rounded to 2 decimals for display. */
  percent: number;
  floor: number;
}

/**
 * Xếp loại with the group floors (`Ngưỡng từng nhóm`): a class also needs every top-level normal group at or
 * above its floor's share of the group's max; a unit that misses one falls to the next class whose floor it
 * meets, or to notCompleted. `misses` says, for each class passed over, which group fell short (the first in
 * table order), so the ranking sheet can say why.
 */
export function classifyUnit(
  result: UnitResult,
  table: CriteriaTable,
  settings: Settings,
): { classification: Classification; misses: FloorMiss[] } {
  const byTotal = classify(result.total, settings);
  const floors = settings.groupFloors;
  const misses: FloorMiss[] = [];
  if (!floors) return { classification: byTotal, misses };
  const maxOf = new Map(table.roots.map((root) => [root.key, root]));
  for (let level = ORDER.indexOf(byTotal); level < ORDER.length - 1; level++) {
    const classification = ORDER[level] ?? "notCompleted";
    const floor = floors[level] ?? 0;
    const short = result.groups.find((group) => {
      const max = maxOf.get(group.key)?.max ?? 0;
      // Exact: score × 100 against floor × max, so 85 % of 20 points is 17, not 16.999….
      return max > 0 && group.score.times(100).lt(dec(floor).times(max));
    });
    if (!short) return { classification, misses };
    const root = maxOf.get(short.key);
    const percent = toNumber(roundHalfUp(short.score.times(100).div(root?.max ?? 1), 2));
    misses.push({ classification, group: root?.code ?? short.key, percent, floor });
  }
  return { classification: "notCompleted", misses };
}

/** True when `actual` is at least as good as `required`. */
export function atLeast(actual: Classification, required: Classification): boolean {
  return ORDER.indexOf(actual) <= ORDER.indexOf(required);
}
