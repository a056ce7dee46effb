import type { BlocResult } from "../evaluateBloc";
import type { RankedUnit } from "../ranking/rankUnits";
import { normalizeLabel } from "../read/normalizeLabel";
import type { Roster } from "../scores/unitScores";
import { rosterSkip, type Proposal, type SkipReason } from "./proposeAwards";

/** A unit passed over for one or more awards for one reason, as the pane and the CLI list it. */
export interface PassedOver {
  unit: string;
  reason: SkipReason;
  /** What the roster said (the discipline or review in question), or "". */
  note: string;
  /** The awards that passed it over for this reason, in rule order. */
  awards: string[];
}

/**
 * Every unit passed over by the proposals with its reason (DESIGN §3): one entry per unit and reason, in the
 * order the awards met them, so that a unit skipped by both the flag and the certificate is named once.
 */
export function passedOver(proposals: readonly Proposal[]): PassedOver[] {
  const byKey = new Map<string, PassedOver>();
  for (const proposal of proposals) {
    for (const skip of proposal.skipped) {
      const key = `${skip.reason}\u0000${skip.unit}`;
      const found = byKey.get(key);
      if (found) found.awards.push(proposal.award);
      else
        byKey.set(key, { unit: skip.unit, reason: skip.reason, note: skip.note, awards: [proposal.award] });
    }
  }
  return [...byKey.values()];
}

/**
 * While the result is provisional nothing is proposed, so no award passes anyone over; but a unit the roster
 * rules out (ineligible, under review) will be passed over whatever the errors turn out to be. These, in rank
 * order, with no award named.
 */
export function passedOverByRoster(ranking: readonly RankedUnit[], roster: Roster | null): PassedOver[] {
  const byName = new Map(roster?.units.map((entry) => [normalizeLabel(entry.name), entry]));
  return ranking.flatMap((ranked) => {
    const skip = rosterSkip(byName.get(normalizeLabel(ranked.result.unit)));
    return skip ? [{ unit: ranked.result.unit, ...skip, awards: [] }] : [];
  });
}

/**
 * The units to name as passed over wherever proposals are shown (DESIGN §3): those the proposals passed over,
 * or, while the result is provisional and nothing is proposed, those the roster rules out.
 */
export function unitsPassedOver(
  result: Pick<BlocResult, "provisional" | "ranking" | "roster" | "proposals">,
): PassedOver[] {
  return result.provisional
    ? passedOverByRoster(result.ranking, result.roster)
    : passedOver(result.proposals);
}
