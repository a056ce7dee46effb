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

/** The figures each of these issues' messages need (a code not listed has none). */
export interface BallotIssueDetails {
  "ballot-result-invalid": { award: string };
  "ballot-result-award-unknown": { award: string };
  "ballot-result-duplicate": { award: string };
  "ballot-result-not-tied": { award: string; units: string };
  "ballot-result-incomplete": { award: string; seats: number; votes: string; missing: string };
  "ballot-result-tied": { award: string; seats: number; votes: string };
  "award-ballot-settled": { award: string; elected: string; votes: string };
}
