import type { Proposal } from "../awards/proposeAwards";

/** How many units an award goes to: those chosen outright plus the seats a ballot fills. */
export const awardedCount = (proposal: Proposal): number =>
  proposal.units.length - (proposal.ballot ? proposal.ballot.units.length - proposal.ballot.seats : 0);
