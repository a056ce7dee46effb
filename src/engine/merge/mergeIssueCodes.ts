import type { Severity } from "../severity";
import type { KeptReason } from "./keepBack";
import type { WriteSource } from "./planMerge";

type Field = WriteSource["field"];

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

/** The figures each of these issues' messages need (a code not listed has none). */
export interface FormIssueDetails {
  "form-unreadable": { reason: string };
  "form-unit-missing": { formSheet: string };
  "form-unit-unknown": { formSheet: string; formCell: string };
  "form-unit-duplicate": { otherFile: string; otherSheet: string; formSheet: string; formCell: string };
  "form-criterion-added": { formSheet: string; formCell: string };
  "form-criterion-renumbered": { formKey: string; formSheet: string; formCell: string };
  // A max the form or the master leaves blank is "".
  "form-max-changed": { max: number | string; formMax: number | string; formSheet: string; formCell: string };
  "form-parent-score": { sum: number; formSheet: string; formCell: string };
  "form-score-conflict": { masterValue: number | string; formSheet: string; formCell: string; field: Field };
  "form-value-replaced": { masterValue: number | string; formSheet: string; formCell: string; field: Field };
  "form-cell-kept": { reason: KeptReason; field: Field; masterValue?: number | string };
}
