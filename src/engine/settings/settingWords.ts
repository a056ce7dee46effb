import { labelMatcher } from "./labels";
import {
  CROSS_SCORE_WORDS,
  KIND_WORDS,
  LANG_WORDS,
  MISSING_SCORE_WORDS,
  NEXT_LEADER_WORDS,
  SCORE_SOURCE_WORDS,
} from "../../strings/settingWords";

// The words are in src/strings with every other word; here they are matched as the sheet is read.
export {
  CROSS_SCORE_WORDS,
  KIND_WORDS,
  LANG_WORDS,
  MISSING_SCORE_WORDS,
  NEXT_LEADER_WORDS,
  SCORE_SOURCE_WORDS,
} from "../../strings/settingWords";

export const matchScoreSource = labelMatcher(SCORE_SOURCE_WORDS);
export const matchCrossScore = labelMatcher(CROSS_SCORE_WORDS);
export const matchMissingScore = labelMatcher(MISSING_SCORE_WORDS);
export const matchNextLeader = labelMatcher(NEXT_LEADER_WORDS);
export const matchLang = labelMatcher(LANG_WORDS);
export const matchKind = labelMatcher(KIND_WORDS);
