import { BALLOT_ISSUES, type BallotIssueDetails } from "./awards/ballotIssueCodes";
import { CRITERIA_ISSUES, type CriteriaIssueDetails } from "./criteria/criteriaIssueCodes";
import { FORM_ISSUES, type FormIssueDetails } from "./merge/mergeIssueCodes";
import { READ_ISSUES, type ReadIssueDetails } from "./read/readIssueCodes";
import { RANKING_ISSUES, type RankingIssueDetails } from "./ranking/rankingIssueCodes";
import { SCORES_ISSUES, type ScoresIssueDetails } from "./scores/scoresIssueCodes";
import { SETTINGS_ISSUES, type SettingsIssueDetails } from "./settings/settingsIssueCodes";
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

type DeclaredDetails = CriteriaIssueDetails &
  SettingsIssueDetails &
  ScoresIssueDetails &
  RankingIssueDetails &
  FormIssueDetails &
  ReadIssueDetails &
  BallotIssueDetails & { "number-as-text": { read: number } };

/** No figures: an issue of such a code has none to give, and its message none to use. */
type NoDetails = Readonly<Record<string, never>>;

/** The figures each code's message needs, as its stage declares them (a code it does not list has none). */
export type IssueDetails = {
  [C in IssueCode]: C extends keyof DeclaredDetails ? DeclaredDetails[C] : NoDetails;
};

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
  /** Figures a message needs, such as an expected and an actual sum: the code's IssueDetails. */
  details?: Record<string, string | number>;
  /** The returned file a merge issue is about (`bloc-rank merge`, the pane's import). */
  file?: string;
}

/** The details of an issue of code `C`; for any code at all (a code chosen at run time), the figures by name. */
export type DetailsOf<C extends IssueCode> = IssueCode extends C ? Issue["details"] : IssueDetails[C];

/** An issue of code `C` (of one of them, for a union), its details those of its code. */
export type IssueOf<C extends IssueCode> = Omit<Issue, "code" | "details"> & {
  code: C;
  details?: DetailsOf<C>;
};

/** What `issue` is given: an issue whose severity may be left to its code's. */
export type IssueInput<C extends IssueCode = IssueCode> = Omit<Issue, "severity" | "code" | "details"> & {
  code: C;
  details?: DetailsOf<NoInfer<C>>;
  severity?: Severity;
};

// The offending value goes into messages and the data check (whose cells hold at most 32,767 characters): a
// cell of 32,000 digits is shown by its start, a sentence typed into a score cell whole.
const SHOWN = 100;

/**
 * Builds an issue with its code's default severity unless one is given; a very long value is shortened. Its
 * details are checked at compile time against the code's (IssueDetails).
 */
export function issue<C extends IssueCode>(input: IssueInput<C>): IssueOf<C> {
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
