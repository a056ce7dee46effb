import type { BallotVote } from "../awards/ballotVotes";
import type { Lang } from "../lang";
import { formatNumber } from "../formatNumber";

// A file of its own: the task pane's summary shows votes too, and must not pull the ballot sheet's layout into
// the pane's first bundle.
/** How a ballot result is written: a share as a percentage (`62,5%` in Vietnamese), a count as it is. */
export function votesText(vote: BallotVote, lang: Lang): string {
  if (vote.kind === "count") return String(vote.votes);
  const percent = Math.round(vote.votes * 1000) / 10;
  return `${formatNumber(percent, lang)}%`;
}
