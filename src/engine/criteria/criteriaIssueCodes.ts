import type { Severity } from "../severity";

/** Issues of the criteria table (DESIGN §5), with their default severity. */
export const CRITERIA_ISSUES = {
  "criteria-table-missing": "error",
  "criteria-table-several": "info",
  "criteria-code-missing": "error",
  "criteria-code-unrecognized": "error",
  "criteria-code-orphan": "error",
  "criteria-code-duplicate": "error",
  "criteria-code-numeric": "info",
  "criteria-max-missing": "error",
  "criteria-max-invalid": "error",
  "criteria-max-sum-mismatch": "warning",
  "criteria-subtotal-formula": "warning",
  "criteria-total-not-scale": "info",
  "criteria-kind-unknown": "warning",
  "criteria-kind-conflict": "warning",
  "criteria-weight-invalid": "error",
  "criteria-weight-missing": "error",
  "criteria-weight-ignored": "warning",
  "criteria-evidence-flag-unknown": "warning",
  "criteria-row-after-end": "warning",
  "criteria-too-deep": "error",
} as const satisfies Record<string, Severity>;

/** The figures each of these issues' messages need (a code not listed has none). */
export interface CriteriaIssueDetails {
  "criteria-table-several": { others: string };
  "criteria-row-after-end": { closing: string };
  "criteria-too-deep": { depth: number; limit: number };
  "criteria-max-sum-mismatch": { max: number; sum: number };
  "criteria-subtotal-formula": { max: number; sum: number; textCells?: string };
  "criteria-total-not-scale": { total: number; scale: number };
}
