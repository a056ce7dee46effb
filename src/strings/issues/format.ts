import { formatNumber } from "../../engine/formatNumber";
import type { DetailsOf, Issue, IssueCode, IssueOf } from "../../engine/issues";
import type { Lang } from "../../engine/lang";
import type { UnitWords } from "../unitWords";

/**
 * A message of one issue code: says what is wrong and what to do; where it is is shown beside it. `words`
 * are the bloc's or cluster's (Trưởng khối or Cụm trưởng) for the messages that name them.
 */
export type Message<C extends IssueCode = IssueCode> = (issue: IssueOf<C>, words: UnitWords) => string;

/** The messages of some codes, each given the issues of its own code (and so only its details). */
export type Messages<Code extends IssueCode> = { [C in Code]: Message<C> };

/** One stage's messages, complete in every language: a code without a message is a compile error. */
export type StageMessages<Code extends IssueCode> = Record<Lang, Messages<Code>>;

/** The name of one of an issue's details: one its code has (a code with none has no name to use). */
export type DetailKey<C extends IssueCode> = string extends keyof NonNullable<DetailsOf<C>>
  ? IssueCode extends C
    ? string
    : never
  : keyof NonNullable<DetailsOf<C>> & string;

const detail = (issue: { details?: Readonly<Record<string, unknown>> }, key: string): unknown =>
  issue.details?.[key];

/** The offending value as typed. */
export const v = (issue: Issue): string => String(issue.value ?? "");

/** The offending value for Vietnamese text: a number with a decimal comma. */
export const vv = (issue: Issue): string =>
  typeof issue.value === "number" ? formatNumber(issue.value, "vi") : v(issue);

/** A detail as it is (English figures use a decimal point). */
export const d = <C extends IssueCode>(issue: IssueOf<C>, key: DetailKey<C>): string =>
  String(detail(issue, key) ?? "");

/** A detail for Vietnamese text: decimals with a comma (7,5 điểm). */
export const dv = <C extends IssueCode>(issue: IssueOf<C>, key: DetailKey<C>): string => {
  const value = detail(issue, key);
  return typeof value === "number" ? formatNumber(value, "vi") : String(value ?? "");
};
