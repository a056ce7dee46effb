import { issue, type Issue } from "../issues";
import type { RankedUnit } from "../ranking/rankUnits";
import type { Roster } from "../scores/unitScores";
import type { Settings } from "../settings/settings";

/** Next year's proposed bloc leader and deputy (null when there are too few units). */
export interface NextLeaders {
  leader: string | null;
  deputy: string | null;
  by: "rotation" | "top";
}

/**
 * Next leader by rotation (the unit after the current leader in roster order, wrapping round) or by rank;
 * the deputy likewise: the unit after the proposed leader in the same order. Rotation without a roster
 * leader falls back to rank, with a warning.
 */
export function nextLeaders(
  ranked: readonly RankedUnit[],
  roster: Roster | null,
  settings: Settings,
): { next: NextLeaders; issues: Issue[] } {
  const issues: Issue[] = [];
  if (settings.nextLeader === "rotation") {
    const units = roster?.units ?? [];
    const current = units.findIndex((unit) => unit.role === "leader");
    if (current >= 0 && units.length >= 2) {
      const leader = units[(current + 1) % units.length]?.name ?? null;
      const deputy = units[(current + 2) % units.length]?.name ?? null;
      return { next: { leader, deputy, by: "rotation" }, issues };
    }
    issues.push(issue({ code: "award-no-current-leader", sheet: roster?.sheet ?? "", cell: "" }));
  }
  const order = ranked.map((unit) => unit.result.unit);
  return { next: { leader: order[0] ?? null, deputy: order[1] ?? null, by: "top" }, issues };
}
