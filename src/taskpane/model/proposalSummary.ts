import {
  type BlocResult,
  type PassedOver,
  type Proposal,
  unitsPassedOver,
  votesSeparation,
} from "../../engine";
import type { UiKey } from "../../strings/ui";

/**
 * Why the pane shows no proposal, in the words it says it with: data errors withhold every award (never "no
 * unit qualifies" then: the errors are the reason), an empty award-rules table proposes none, or no unit met
 * the rules.
 */
export type ProposalsNotice = Extract<UiKey, "proposalsWithheld" | "noAwardRules" | "noProposals">;

/** One award's line: the units proposed outright, and the tied units a ballot chooses among. */
export interface ProposalLine {
  award: string;
  units: string[];
  ballot: { units: string[]; seats: number } | null;
  /** The tie across the quota boundary that the ballot results typed back settled, if any. */
  settled: Proposal["settledByBallot"];
  /** The last unit taken and the first left out when the roster's vote shares parted them, else null. */
  separatedByVotes: { above: string; below: string } | null;
}

/** What the pane's proposals part shows after a run. */
export interface ProposalSummary {
  /** Said in place of the proposals; null when some award has a unit. */
  notice: ProposalsNotice | null;
  /** The data errors that withhold the awards (0 unless the result is provisional). */
  errors: number;
  lines: ProposalLine[];
  /** Every unit passed over with its reason; while provisional, those the roster rules out whatever happens. */
  passedOver: PassedOver[];
}

/** The proposals part of the pane's summary, from a run's result. */
export function proposalSummary(result: BlocResult): ProposalSummary {
  const errors = result.issues.filter((found) => found.severity === "error").length;
  if (result.provisional)
    return {
      notice: "proposalsWithheld",
      errors,
      lines: [],
      passedOver: unitsPassedOver(result),
    };
  const lines = result.proposals
    .filter((proposal) => proposal.units.length > 0)
    .map((proposal) => {
      const { award, units, ballot } = proposal;
      return {
        award,
        units: units.filter((unit) => !ballot?.units.includes(unit)),
        ballot,
        settled: proposal.settledByBallot ?? null,
        separatedByVotes: votesSeparation(proposal),
      };
    });
  const notice =
    lines.length > 0 ? null : result.settings.awardRules.length === 0 ? "noAwardRules" : "noProposals";
  return { notice, errors, lines, passedOver: unitsPassedOver(result) };
}
