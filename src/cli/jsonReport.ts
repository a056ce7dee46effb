import {
  type BlocResult,
  CLASSIFICATION_NAMES,
  type Lang,
  skipText,
  toNumber,
  unitsPassedOver,
} from "../engine";
import { issueJson } from "./report";

/** The one JSON object `bloc-rank --json` prints (DESIGN §8); more fields may come, these keep their meaning. */
export function jsonReport(result: BlocResult, lang: Lang) {
  const awardOf = new Map<string, { award: string; needsBallot: boolean }>();
  for (const proposal of result.proposals) {
    for (const unit of proposal.units) {
      awardOf.set(unit, {
        award: proposal.award,
        needsBallot: proposal.ballot?.units.includes(unit) ?? false,
      });
    }
  }
  return {
    ok: !result.provisional,
    bloc: result.settings.blocName,
    year: result.settings.year,
    scale: result.settings.scale,
    units: result.ranking.map((ranked) => ({
      name: ranked.result.unit,
      rank: ranked.rank,
      total: toNumber(ranked.result.total),
      selfTotal: ranked.result.selfTotal === null ? null : toNumber(ranked.result.selfTotal),
      classification: CLASSIFICATION_NAMES[ranked.classification][lang],
      award: awardOf.get(ranked.result.unit)?.award ?? null,
      needsBallot: awardOf.get(ranked.result.unit)?.needsBallot ?? false,
    })),
    proposals: result.proposals.map((proposal) => ({
      award: proposal.award,
      units: proposal.units,
      needsBallot: proposal.needsBallot,
    })),
    // Units passed over for an award, once per unit and reason: `reason` is a stable code (ineligible,
    // underReview, minScore, minClassification, minVoteShare), `note` what the roster said; while provisional,
    // the units the roster rules out, with no award named.
    passedOver: unitsPassedOver(result).map((skip) => ({
      unit: skip.unit,
      reason: skip.reason,
      note: skip.note,
      awards: skip.awards,
      message: skipText(skip, lang),
    })),
    // Every tie across a quota boundary: the tied units and the seats, the votes typed back for them (`kind`
    // count or share, a share 0–1), whether they settled it and whom they elected.
    ballots: result.proposals.flatMap((proposal) => {
      const tie = proposal.settledByBallot ?? proposal.ballot;
      if (!tie) return [];
      const result = proposal.settledByBallot?.result ?? proposal.ballot?.result ?? [];
      return [
        {
          award: proposal.award,
          units: tie.units,
          seats: tie.seats,
          result: result.map((vote) => ({ unit: vote.unit, votes: vote.votes, kind: vote.kind })),
          settled: Boolean(proposal.settledByBallot),
          elected: proposal.settledByBallot?.elected ?? [],
        },
      ];
    }),
    nextLeader: result.next.leader,
    nextDeputy: result.next.deputy,
    issues: result.issues.map((issue) => issueJson(issue, lang, result.settings.kind)),
  };
}
