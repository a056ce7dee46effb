import type { Severity } from "../severity";

/** Issues of the scores stage (DESIGN §5): units roster, score cells and units, with their default severity. */
export const SCORES_ISSUES = {
  "roster-several": "info",
  "roster-role-unknown": "warning",
  "roster-leader-several": "warning",
  "roster-vote-invalid": "error",
  "roster-women-invalid": "error",
  "score-sheets-missing": "error",
  "score-criterion-unknown": "error",
  "score-not-number": "error",
  "score-negative": "error",
  "score-above-max": "error",
  "score-parent-mismatch": "error",
  "score-rate-multiple": "warning",
  "score-rate-count-mismatch": "warning",
  "score-count-invalid": "error",
  "score-subtotal-formula": "warning",
  "score-evidence-missing": "warning",
  "unit-duplicate": "error",
  "unit-conflict": "error",
  "unit-no-scores": "error",
  "unit-not-in-roster": "error",
} as const satisfies Record<string, Severity>;

/** The figures each of these issues' messages need (a code not listed has none). */
export interface ScoresIssueDetails {
  "roster-several": { others: string };
  "roster-leader-several": { other: string };
  "unit-duplicate": { otherCell: string };
  "unit-conflict": { otherSheet: string; otherCell: string; otherValue: number | string };
  "score-above-max": { max: number };
  "score-rate-multiple": { rate: number };
  "score-rate-count-mismatch": { count: number; rate: number; points: number; countCell: string };
  "score-subtotal-formula": { sum: number; textCells?: string };
  "score-parent-mismatch": { sum: number };
}
