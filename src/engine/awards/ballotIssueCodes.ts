import type { Severity } from "../severity";

/** Issues of the ballot results typed back (DESIGN §3.7), with their default severity. */
export const BALLOT_ISSUES = {
  "ballot-result-invalid": "warning",
  "ballot-result-award-unknown": "warning",
  "ballot-result-not-tied": "warning",
  "ballot-result-duplicate": "warning",
  "ballot-result-incomplete": "warning",
  "ballot-result-tied": "warning",
  "award-ballot-settled": "info",
} as const satisfies Record<string, Severity>;
