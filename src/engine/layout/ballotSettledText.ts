import { label } from "../../strings/outputLabels";
import type { BallotVote } from "../awards/ballotVotes";
import type { Proposal } from "../awards/proposeAwards";
import type { Lang } from "../lang";
import { votesText } from "./votesText";

/** A unit's votes as a settled tie's note gives them: `62,5%` for a share, `7 phiếu` for a count. */
export function settledVotesText(vote: BallotVote, lang: Lang): string {
  return vote.kind === "share" ? votesText(vote, lang) : label(lang, "ballotVoteCount", { n: vote.votes });
}

/** The note on an elected unit's row: chosen by the secret ballot, with its votes; null for other units. */
export function settledNote(proposal: Proposal, unit: string, lang: Lang): string | null {
  const settled = proposal.settledByBallot;
  if (!settled?.elected.includes(unit)) return null;
  const vote = settled.result.find((v) => v.unit === unit);
  return vote ? label(lang, "ballotSettledNote", { votes: settledVotesText(vote, lang) }) : null;
}

/** The line under an award whose tie the ballot results settled: the seats, the tied and the elected units. */
export function settledText(settled: Proposal["settledByBallot"], lang: Lang): string | null {
  if (!settled) return null;
  const units = settled.elected.map((unit) => {
    const vote = settled.result.find((v) => v.unit === unit);
    return vote ? `${unit} (${settledVotesText(vote, lang)})` : unit;
  });
  return label(lang, "ballotSettledAward", {
    seats: settled.seats,
    count: settled.units.length,
    units: units.join(", "),
  });
}

/** The roster's vote shares parting the last unit taken from the first left out, when they did; else null. */
export function votesSeparation(proposal: Proposal): { above: string; below: string } | null {
  const parted = proposal.separatedBy;
  return parted?.decidedBy.kind === "votes" ? { above: parted.above, below: parted.below } : null;
}

/** The line under an award whose last place the roster's vote shares decided (votesSeparation); else null. */
export function separatedText(parted: { above: string; below: string } | null, lang: Lang): string | null {
  return parted ? label(lang, "separatedByVotes", parted) : null;
}
