import { formatNumber } from "../../engine/formatNumber";
import type { Issue } from "../../engine/issues";
import type { Lang } from "../../engine/lang";
import type { UnitWords } from "../unitWords";

/**
 * A message of one issue code: says what is wrong and what to do; where it is is shown beside it. `words`
 * are the bloc's or cluster's (Trưởng khối or Cụm trưởng) for the messages that name them.
 */
export type Message = (issue: Issue, words: UnitWords) => string;

/** One stage's messages, complete in every language: a code without a message is a compile error. */
export type StageMessages<Code extends string> = Record<Lang, Record<Code, Message>>;

/** The offending value as typed. */
export const v = (issue: Issue): string => String(issue.value ?? "");

/** The offending value for Vietnamese text: a number with a decimal comma. */
export const vv = (issue: Issue): string =>
  typeof issue.value === "number" ? formatNumber(issue.value, "vi") : v(issue);

/** A detail as it is (English figures use a decimal point). */
export const d = (issue: Issue, key: string): string => String(issue.details?.[key] ?? "");

/** A detail for Vietnamese text: decimals with a comma (7,5 điểm). */
export const dv = (issue: Issue, key: string): string => {
  const value = issue.details?.[key];
  return typeof value === "number" ? formatNumber(value, "vi") : String(value ?? "");
};
