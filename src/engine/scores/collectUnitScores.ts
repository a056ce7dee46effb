import { issue, type Issue } from "../issues";
import type { FoundUnit } from "./readBlock";
import { isBlankRead, round6 } from "./readScoreCell";
import type { UnitNames } from "./unitNames";
import type { RosterUnit, ScoreRead, UnitScores } from "./unitScores";

const emptyUnit = (name: string): UnitScores => ({
  name,
  sources: [],
  self: new Map(),
  bloc: new Map(),
  final: new Map(),
  evidence: new Map(),
  explanation: new Map(),
});

const differ = (a: ScoreRead, b: ScoreRead): boolean =>
  a.value !== null && b.value !== null && round6(a.value) !== round6(b.value);

function conflict(unit: string, criterion: string, kept: ScoreRead, other: ScoreRead): Issue {
  return issue({
    code: "unit-conflict",
    sheet: other.sheet,
    cell: other.cell,
    unit,
    criterion,
    value: other.value ?? "",
    details: { otherSheet: kept.sheet, otherCell: kept.cell, otherValue: kept.value ?? "" },
  });
}

// The first reading of a score is kept; a different number elsewhere is a conflict for the secretary to
// settle, never a silent pick. Equal numbers in two places are fine.
function mergeInto(target: UnitScores, from: FoundUnit): Issue[] {
  const issues: Issue[] = [];
  for (const field of ["self", "final"] as const) {
    for (const [key, read] of from[field]) {
      const kept = target[field].get(key);
      if (!kept || isBlankRead(kept)) target[field].set(key, read);
      else if (differ(kept, read)) issues.push(conflict(target.name, key, kept, read));
    }
  }
  for (const [key, reads] of from.bloc) {
    const kept = target.bloc.get(key);
    if (!kept || kept.every(isBlankRead)) {
      target.bloc.set(key, reads);
      continue;
    }
    // Cross-scores are compared scorer by scorer; a different number of scorers is a conflict too.
    for (let i = 0; i < Math.max(kept.length, reads.length); i++) {
      const [a, b] = [kept[i], reads[i]];
      if (a && b && !differ(a, b)) continue;
      const other = b ?? reads[reads.length - 1];
      const first = a ?? kept[kept.length - 1];
      if (first && other) issues.push(conflict(target.name, key, first, other));
      break;
    }
  }
  for (const field of ["evidence", "explanation"] as const) {
    for (const [key, text] of from[field]) if (!target[field].has(key)) target[field].set(key, text);
  }
  if (!target.sources.some((s) => s.sheet === from.sheet && s.layout === from.layout)) {
    target.sources.push({ sheet: from.sheet, layout: from.layout });
  }
  return issues;
}

function hasAny(unit: UnitScores): boolean {
  for (const read of unit.self.values()) if (!isBlankRead(read)) return true;
  for (const read of unit.final.values()) if (!isBlankRead(read)) return true;
  for (const reads of unit.bloc.values()) if (reads.some((read) => !isBlankRead(read))) return true;
  return false;
}

/**
 * Merges what was found for each unit over every sheet. With a roster, units come in roster order (each
 * roster unit, with or without scores), then units missing from it in the order first seen.
 */
export function collectUnitScores(
  found: readonly FoundUnit[],
  names: UnitNames,
  rosterCell: (unit: RosterUnit) => string,
): { units: UnitScores[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byId = new Map<string, UnitScores>();
  const onSheet = new Map<string, string>();
  for (const unit of names.roster?.units ?? []) byId.set(names.resolve(unit.name).id, emptyUnit(unit.name));
  for (const entry of found) {
    if (!entry.filled) continue;
    const resolved = names.resolve(entry.written);
    const where = { sheet: entry.sheet, cell: entry.cell, unit: resolved.name, value: entry.written };
    const sheetKey = `${entry.sheet}\u0000${resolved.id}`;
    const first = onSheet.get(sheetKey);
    if (first !== undefined) {
      issues.push(issue({ code: "unit-duplicate", ...where, details: { otherCell: first } }));
      continue;
    }
    onSheet.set(sheetKey, entry.cell);
    if (names.roster && !resolved.rosterUnit) issues.push(issue({ code: "unit-not-in-roster", ...where }));
    let target = byId.get(resolved.id);
    if (!target) byId.set(resolved.id, (target = emptyUnit(resolved.name)));
    issues.push(...mergeInto(target, entry));
  }
  for (const unit of names.roster?.units ?? []) {
    const scores = byId.get(names.resolve(unit.name).id);
    if (scores && !hasAny(scores)) {
      const cell = rosterCell(unit);
      issues.push(issue({ code: "unit-no-scores", sheet: unit.sheet, cell, unit: unit.name }));
    }
  }
  return { units: [...byId.values()], issues };
}
