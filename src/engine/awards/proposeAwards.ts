import { atLeast } from "../ranking/classify";
import type { RankedUnit } from "../ranking/rankUnits";
import type { Roster, RosterUnit } from "../scores/unitScores";
import type { AwardRule, Settings, TieBreak } from "../settings/settings";
import { normalizeLabel } from "../read/normalizeLabel";
import type { BallotVote } from "./ballotVotes";

/** Why a unit ranked within reach of an award was passed over. */
export type SkipReason = "ineligible" | "underReview" | "minScore" | "minClassification" | "minVoteShare";

/** The units proposed for one award (Hình thức). */
export interface Proposal {
  award: string;
  /** Proposed units in rank order, followed by the units of a ballot at the quota boundary, if any. */
  units: string[];
  /** True when tied units at the quota boundary must be decided by a vote (cần bỏ phiếu). */
  needsBallot: boolean;
  /**
   * The tied units and how many of them the award can take, while a ballot must still decide; `result` holds
   * the votes typed back for them that did not settle it (some missing, or still tied), if any.
   */
  ballot: { units: string[]; seats: number; result?: BallotVote[] } | null;
  /**
   * A tie across the quota boundary that the ballot results typed back settled: the tied units, the seats,
   * every tied unit's votes (most first) and the units elected, which are among `units` (DESIGN §3.7).
   */
  settledByBallot?: { units: string[]; seats: number; result: BallotVote[]; elected: string[] } | null;
  /**
   * When the last unit taken and the first eligible unit left out have the same total: the tie-break that put
   * them apart (`votes` when the roster's vote shares did, as a ballot's result typed there does).
   */
  separatedBy?: { above: string; below: string; decidedBy: TieBreak } | null;
  /** Seats kept for the units a previous award's ballot does not elect (they come down to this award). */
  reservedForBallot: number;
  /** The quota after Số lượng and Tỷ lệ tối đa; null when unlimited. */
  quota: number | null;
  skipped: { unit: string; reason: SkipReason; note: string }[];
}

function quotaOf(rule: AwardRule, blocSize: number): number | null {
  const share =
    rule.maxSharePercent === null ? null : Math.max(1, Math.floor((blocSize * rule.maxSharePercent) / 100));
  if (rule.count === null) return share;
  return share === null ? rule.count : Math.min(rule.count, share);
}

/** What keeps a unit from every award whatever its score: the roster says it is ineligible or under review. */
export function rosterSkip(entry: RosterUnit | undefined): { reason: SkipReason; note: string } | null {
  if (entry?.ineligible) return { reason: "ineligible", note: entry.ineligibleNote };
  // Decree 152/2025 Art. 4(4): no award while a unit is under review, whatever its score.
  if (entry && entry.underReview !== null) return { reason: "underReview", note: entry.underReview };
  return null;
}

function reasonToSkip(
  unit: RankedUnit,
  rule: AwardRule,
  roster: ReadonlyMap<string, RosterUnit>,
): { reason: SkipReason; note: string } | null {
  const standing = rosterSkip(roster.get(normalizeLabel(unit.result.unit)));
  if (standing) return standing;
  if (rule.minScore !== null && unit.result.total.lt(rule.minScore)) return { reason: "minScore", note: "" };
  if (rule.minClassification !== null && !atLeast(unit.classification, rule.minClassification))
    return { reason: "minClassification", note: "" };
  // A vote threshold applies only where vote shares are given (DESIGN §2.4).
  if (
    rule.minVoteSharePercent !== null &&
    unit.voteShare !== null &&
    unit.voteShare * 100 < rule.minVoteSharePercent - 1e-9
  ) {
    return { reason: "minVoteShare", note: "" };
  }
  return null;
}

// The ballot's votes settle a tie when every tied unit has them and they part the last seat from the rest.
function settle(
  units: readonly string[],
  seats: number,
  votes: ReadonlyMap<string, BallotVote> | undefined,
): { result: BallotVote[]; elected: string[] | null } {
  const result = units.flatMap((unit) => {
    const vote = votes?.get(unit);
    return vote ? [vote] : [];
  });
  // Array.prototype.sort is stable: equal votes keep the ranking's order, for the display only.
  const sorted = [...result].sort((a, b) => b.votes - a.votes);
  const [last, next] = [sorted[seats - 1], sorted[seats]];
  const parted = result.length === units.length && last && next && last.votes > next.votes;
  return { result: sorted, elected: parted ? sorted.slice(0, seats).map((vote) => vote.unit) : null };
}

// Which tie-break parted two units of equal total: the earliest in the chain among the pairs between them.
function separation(
  ranked: readonly RankedUnit[],
  above: RankedUnit,
  below: RankedUnit,
  settings: Settings,
): Proposal["separatedBy"] {
  if (!above.result.total.eq(below.result.total)) return null;
  const [from, to] = [ranked.indexOf(above), ranked.indexOf(below)];
  const position = (rule: TieBreak): number =>
    settings.tieBreaks.findIndex((step) => JSON.stringify(step) === JSON.stringify(rule));
  let decidedBy: TieBreak | null = null;
  for (let i = from + 1; i <= to; i++) {
    const rule = ranked[i]?.tiedWith?.decidedBy ?? null;
    if (rule && (decidedBy === null || position(rule) < position(decidedBy))) decidedBy = rule;
  }
  return decidedBy ? { above: above.result.unit, below: below.result.unit, decidedBy } : null;
}

/**
 * Applies the award rules in table order to the best-ranked units that are eligible and not yet awarded.
 * A group of units sharing a rank across a quota boundary is never split silently: all of them are listed
 * for a ballot, and the next award keeps seats for those the ballot does not elect. Ballot results typed
 * back (`ballots`: votes by award rule, then unit) for every tied unit settle the tie when they part the
 * last seat: the units with the most votes take the seats, the others stay free for the next award.
 */
export function proposeAwards(
  ranked: readonly RankedUnit[],
  roster: Roster | null,
  settings: Settings,
  ballots: ReadonlyMap<string, ReadonlyMap<string, BallotVote>> = new Map(),
): Proposal[] {
  // Looked up for every unit under every rule: index the roster once.
  const rosterByName = new Map(roster?.units.map((entry) => [normalizeLabel(entry.name), entry]));
  const taken = new Set<string>();
  const proposals: Proposal[] = [];
  let carried = 0;
  for (const rule of settings.awardRules) {
    const quota = quotaOf(rule, ranked.length);
    const seats = quota === null ? Infinity : Math.max(0, quota - carried);
    const proposal: Proposal = {
      award: rule.award,
      units: [],
      needsBallot: false,
      ballot: null,
      settledByBallot: null,
      separatedBy: null,
      reservedForBallot: Math.min(carried, quota ?? carried),
      quota,
      skipped: [],
    };
    const eligible: RankedUnit[] = [];
    for (const unit of ranked) {
      if (taken.has(unit.result.unit)) continue;
      // Once the seats are filled, only units tied with the last one taken still matter.
      const last = eligible[eligible.length - 1];
      if (eligible.length >= seats && (!last || last.rank !== unit.rank)) break;
      const skip = reasonToSkip(unit, rule, rosterByName);
      if (skip) proposal.skipped.push({ unit: unit.result.unit, ...skip });
      else eligible.push(unit);
    }
    // Units sharing a rank enter together, or, across the boundary, go to a ballot together.
    const chosen: RankedUnit[] = [];
    for (let start = 0; start < eligible.length && chosen.length < seats && !proposal.ballot;) {
      let end = start;
      while (end < eligible.length && eligible[end]?.rank === eligible[start]?.rank) end++;
      const group = eligible.slice(start, end);
      if (chosen.length + group.length <= seats) chosen.push(...group);
      else {
        const units = group.map((u) => u.result.unit);
        const left = seats - chosen.length;
        const { result, elected } = settle(units, left, ballots.get(rule.award));
        if (elected) {
          proposal.settledByBallot = { units, seats: left, result, elected };
          chosen.push(...elected.flatMap((name) => group.filter((u) => u.result.unit === name)));
        } else proposal.ballot = { units, seats: left, ...(result.length > 0 ? { result } : {}) };
      }
      start = end;
    }
    const last = chosen[chosen.length - 1];
    if (last && !proposal.ballot && !proposal.settledByBallot && chosen.length >= seats) {
      const inChosen = new Set(chosen);
      const out = ranked
        .slice(ranked.indexOf(last) + 1)
        .find((u) => !taken.has(u.result.unit) && !inChosen.has(u) && !reasonToSkip(u, rule, rosterByName));
      if (out) proposal.separatedBy = separation(ranked, last, out, settings);
    }
    proposal.units = [...chosen.map((u) => u.result.unit), ...(proposal.ballot?.units ?? [])];
    proposal.needsBallot = proposal.ballot !== null;
    proposal.units.forEach((unit) => taken.add(unit));
    carried = proposal.ballot ? proposal.ballot.units.length - proposal.ballot.seats : 0;
    proposals.push(proposal);
  }
  return proposals;
}
