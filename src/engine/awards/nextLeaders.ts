import { issue, type Issue } from "../issues";
import type { RankedUnit } from "../ranking/rankUnits";
import { normalizeLabel } from "../read/normalizeLabel";
import type { Roster } from "../scores/unitScores";
import type { Settings } from "../settings/settings";

/** Next year's proposed bloc leader and deputy (null when there are too few units). */
export interface NextLeaders {
  leader: string | null;
  deputy: string | null;
  by: "rotation" | "top" | "designated";
}

// A designated leader is looked up as headers are compared, by full name or short name; the roster's order
// (else the ranking's) then gives the deputy: the unit after the leader, wrapping round.
function designated(
  name: string,
  ranked: readonly RankedUnit[],
  roster: Roster | null,
): { leader: string; deputy: string | null } | null {
  const wanted = normalizeLabel(name);
  const units = roster
    ? roster.units.map((unit) => ({ name: unit.name, names: [unit.name, unit.shortName] }))
    : ranked.map((unit) => ({ name: unit.result.unit, names: [unit.result.unit] }));
  const at = units.findIndex((unit) =>
    unit.names.some((n) => n.trim() !== "" && normalizeLabel(n) === wanted),
  );
  const leader = units[at];
  if (!leader) return null;
  const deputy = units.length >= 2 ? (units[(at + 1) % units.length]?.name ?? null) : null;
  return { leader: leader.name, deputy };
}

/**
 * Next leader by rotation (the unit after the current leader in roster order, wrapping round), by rank, or
 * designated by name; the deputy likewise: the unit after the proposed leader in the same order. Rotation
 * without a roster leader falls back to rank, and a designated name no unit has falls back to rotation, each
 * with a warning.
 */
export function nextLeaders(
  ranked: readonly RankedUnit[],
  roster: Roster | null,
  settings: Settings,
): { next: NextLeaders; issues: Issue[] } {
  const issues: Issue[] = [];
  const policy = settings.nextLeader;
  if (typeof policy === "object") {
    const found = designated(policy.unit, ranked, roster);
    if (found) return { next: { ...found, by: "designated" }, issues };
    // A warning, not an error: the awards do not depend on it, and an error would withhold them all for a
    // misspelt name. The warning names the cell, and the documents show the rotation's pick instead.
    issues.push(
      issue({
        code: "award-leader-unknown",
        sheet: policy.sheet ?? "",
        cell: policy.cell ?? "",
        value: policy.unit,
      }),
    );
  }
  if (policy !== "top") {
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
