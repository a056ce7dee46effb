import { labelMatcher } from "./labels";
import * as words from "../../strings/settingWords";

// The words are in src/strings with every other word; here they are matched as the sheet is read.
export * from "../../strings/settingWords";

export const matchScoreSource = labelMatcher(words.SCORE_SOURCE_WORDS);
export const matchCrossScore = labelMatcher(words.CROSS_SCORE_WORDS);
export const matchMissingScore = labelMatcher(words.MISSING_SCORE_WORDS);
export const matchNextLeader = labelMatcher(words.NEXT_LEADER_WORDS);
export const matchLang = labelMatcher(words.LANG_WORDS);
export const matchKind = labelMatcher(words.KIND_WORDS);
