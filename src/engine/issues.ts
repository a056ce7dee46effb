import { BALLOT_ISSUES } from "./awards/ballotIssueCodes";
import { CRITERIA_ISSUES } from "./criteria/criteriaIssueCodes";
import { FORM_ISSUES } from "./merge/mergeIssueCodes";
import { READ_ISSUES } from "./read/readIssueCodes";
import { RANKING_ISSUES } from "./ranking/rankingIssueCodes";
import { SCORES_ISSUES } from "./scores/scoresIssueCodes";
import { SETTINGS_ISSUES } from "./settings/settingsIssueCodes";
import type { Severity } from "./severity";

export type { Severity };

// Stable codes: tests, the data-check sheet and the CLI's JSON depend on them. Add, never rename.
// Each pipeline stage declares its own codes; the union of them all is IssueCode.
const SEVERITY = {
  ...CRITERIA_ISSUES,
  ...SETTINGS_ISSUES,
  ...SCORES_ISSUES,
  ...RANKING_ISSUES,
  ...FORM_ISSUES,
  ...READ_ISSUES,
  ...BALLOT_ISSUES,
  "number-as-text": "info",
} as const satisfies Record<string, Severity>;

/** Every issue the engine can report. */
export type IssueCode = keyof typeof SEVERITY;

export const ISSUE_CODES = Object.keys(SEVERITY) as IssueCode[];

/** A data problem: where it is (sheet and A1 cell; empty for the workbook as a whole) and what it concerns. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  cell: string;
  unit?: string;
  /** The criterion's position key (`II.1.2`: unambiguous, unlike `2`); for a code that could not be placed, as typed. */
  criterion?: string;
  /** The offending cell's content, as the user typed it. */
  value?: string | number | boolean;
  /** Figures a message needs, such as an expected and an actual sum. */
  details?: Record<string, string | number>;
  /** The returned file a merge issue is about (`bloc-rank merge`, the pane's import). */
  file?: string;
}

export type IssueInput = Omit<Issue, "severity"> & { severity?: Severity };

// The offending value goes into messages and the data check (whose cells hold at most 32,767 characters): a
// cell of 32,000 digits is shown by its start, a sentence typed into a score cell whole.
const SHOWN = 100;

/** Builds an issue with its code's default severity unless one is given; a very long value is shortened. */
export function issue(input: IssueInput): Issue {
  const { value } = input;
  const shown =
    typeof value === "string" && value.length > SHOWN ? { value: `${value.slice(0, SHOWN)}…` } : {};
  return { ...input, ...shown, severity: input.severity ?? SEVERITY[input.code] };
}

export function defaultSeverity(code: IssueCode): Severity {
  return SEVERITY[code];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; stable within a severity. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
