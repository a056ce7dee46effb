import type { Severity } from "../severity";

/** Issues of scoring, ranking and award proposals (DESIGN §4, §5), with their default severity. */
export const RANKING_ISSUES = {
  // "score-missing" is a warning instead when the Missing score setting says zero.
  "score-missing": "error",
  "score-group-clamped": "warning",
  "score-bonus-over-cap": "warning",
  "score-penalty-over-cap": "warning",
  "score-review-gap": "warning",
  "ranking-tiebreak-group-unknown": "warning",
  "award-ballot-needed": "warning",
  "award-no-current-leader": "warning",
  "award-leader-unknown": "warning",
} as const satisfies Record<string, Severity>;

/** The figures each of these issues' messages need (a code not listed has none). */
export interface RankingIssueDetails {
  "score-group-clamped": { score: number; max: number };
  "score-bonus-over-cap": { score: number; max: number };
  "score-penalty-over-cap": { score: number; max: number };
  "score-review-gap": { self: number; final: number; gap: number; threshold: number };
  "award-ballot-needed": { award: string; units: string; seats: number };
}
