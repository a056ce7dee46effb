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
