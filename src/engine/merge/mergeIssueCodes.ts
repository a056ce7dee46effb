import type { Severity } from "../severity";

/** Issues of merging returned self-assessment forms into the master (issue 6), with their default severity. */
export const FORM_ISSUES = {
  "form-unreadable": "error",
  "form-not-found": "error",
  "form-unit-missing": "error",
  "form-unit-unknown": "error",
  "form-unit-duplicate": "error",
  "form-score-conflict": "error",
  "form-criterion-added": "warning",
  "form-criterion-removed": "warning",
  "form-criterion-renumbered": "warning",
  "form-max-changed": "warning",
  "form-parent-score": "warning",
  "form-value-replaced": "warning",
  "form-cell-kept": "warning",
  "form-score-out-of-range": "error",
} as const satisfies Record<string, Severity>;
