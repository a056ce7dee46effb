import { normalizeLabel } from "../read/normalizeLabel";
import type { Roster } from "../scores/unitScores";
import type { Settings } from "../settings/settings";
import type { BallotRow } from "./readBallotResults";

/** A unit's votes in a ballot, as the proposal and the minutes show them. */
export interface BallotVote {
  unit: string;
  /** A number of votes, or a share (0–1) when `kind` is "share". */
  votes: number;
  kind: "count" | "share";
}

/** A ballot row with the award rule and the unit it names, as far as they are known. */
export interface ResolvedBallotRow extends BallotRow {
  /** The award rule's name, or null when no rule has this award. */
  rule: string | null;
  /** The unit's name as ranked, or null when the name (or short name) is no unit's. */
  unitName: string | null;
  /** True when an earlier row already gave this unit's votes in this award's ballot: that row counts. */
  duplicate: boolean;
}

/** Matches each ballot row to its award rule and unit (by name or the roster's short name, folded as headers). */
export function resolveBallotRows(
  rows: readonly BallotRow[],
  unitNames: readonly string[],
  roster: Roster | null,
  settings: Settings,
): ResolvedBallotRow[] {
  const units = new Map(unitNames.map((name) => [normalizeLabel(name), name]));
  for (const entry of roster?.units ?? []) {
    const name = units.get(normalizeLabel(entry.name));
    if (name !== undefined && entry.shortName !== "") units.set(normalizeLabel(entry.shortName), name);
  }
  const rules = new Map(settings.awardRules.map((rule) => [normalizeLabel(rule.award), rule.award]));
  const seen = new Set<string>();
  return rows.map((row) => {
    const rule = rules.get(normalizeLabel(row.award)) ?? null;
    const unitName = units.get(normalizeLabel(row.unit)) ?? null;
    const key = `${rule}\u0000${unitName}`;
    const counts = rule !== null && unitName !== null && row.votes !== null;
    const duplicate = counts && seen.has(key);
    if (counts) seen.add(key);
    return { ...row, rule, unitName, duplicate };
  });
}

/** The votes that count, by award rule and then unit: the first readable row of each, in tab order. */
export function votesByAward(rows: readonly ResolvedBallotRow[]): Map<string, Map<string, BallotVote>> {
  const byAward = new Map<string, Map<string, BallotVote>>();
  for (const row of rows) {
    if (row.rule === null || row.unitName === null || row.votes === null || row.duplicate) continue;
    let votes = byAward.get(row.rule);
    if (!votes) byAward.set(row.rule, (votes = new Map()));
    votes.set(row.unitName, { unit: row.unitName, votes: row.votes, kind: row.kind });
  }
  return byAward;
}
