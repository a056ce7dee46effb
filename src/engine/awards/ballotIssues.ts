import { issue, type Issue } from "../issues";
import type { BallotVote, ResolvedBallotRow } from "./ballotVotes";
import type { Proposal } from "./proposeAwards";

const shown = (vote: BallotVote): string =>
  `${vote.unit} ${vote.kind === "share" ? `${Math.round(vote.votes * 1000) / 10}%` : vote.votes}`;

/**
 * What the ballot results typed back say about the proposals: a result for an award no rule has, for a unit
 * outside the award's tie, a unit given twice, a tie whose results miss a unit or still tie, and each tie the
 * results settled. `proposals` is empty while the result is provisional: then only the rows are checked.
 */
export function ballotIssues(rows: readonly ResolvedBallotRow[], proposals: readonly Proposal[]): Issue[] {
  const issues: Issue[] = [];
  const counted = rows.filter((row) => row.votes !== null);
  for (const row of counted) {
    const where = { sheet: row.sheet, cell: row.cell, unit: row.unit, value: row.typed };
    if (row.rule === null) {
      issues.push(issue({ code: "ballot-result-award-unknown", ...where, details: { award: row.award } }));
      continue;
    }
    if (row.duplicate) {
      issues.push(issue({ code: "ballot-result-duplicate", ...where, details: { award: row.rule } }));
      continue;
    }
    if (proposals.length === 0) continue;
    const proposal = proposals.find((p) => p.award === row.rule);
    const tied = proposal?.ballot?.units ?? proposal?.settledByBallot?.units ?? [];
    if (row.unitName === null || !tied.includes(row.unitName)) {
      issues.push(
        issue({
          code: "ballot-result-not-tied",
          ...where,
          details: { award: row.rule, units: tied.join(", ") },
        }),
      );
    }
  }
  for (const proposal of proposals) {
    const first = counted.find((row) => row.rule === proposal.award && !row.duplicate);
    const where = { sheet: first?.sheet ?? "", cell: first?.cell ?? "" };
    const { ballot, settledByBallot: settled } = proposal;
    if (ballot?.result && ballot.result.length > 0) {
      const given = new Set(ballot.result.map((vote) => vote.unit));
      const missing = ballot.units.filter((unit) => !given.has(unit));
      const details = {
        award: proposal.award,
        seats: ballot.seats,
        votes: ballot.result.map(shown).join(", "),
      };
      if (missing.length > 0)
        issues.push(
          issue({
            code: "ballot-result-incomplete",
            ...where,
            details: { ...details, missing: missing.join(", ") },
          }),
        );
      else issues.push(issue({ code: "ballot-result-tied", ...where, details }));
    }
    if (settled) {
      const details = {
        award: proposal.award,
        elected: settled.elected.join(", "),
        votes: settled.result.map(shown).join(", "),
      };
      issues.push(issue({ code: "award-ballot-settled", ...where, details }));
    }
  }
  return issues;
}
