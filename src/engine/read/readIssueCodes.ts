import type { Severity } from "../severity";

/** Issues of reading a sheet's cells (DESIGN §9), with their default severity. */
export const READ_ISSUES = {
  "sheet-far-cell": "warning",
} as const satisfies Record<string, Severity>;

/** The figures each of these issues' messages need (a code not listed has none). */
export interface ReadIssueDetails {}
