import type { SCORES_ISSUES } from "../../engine/scores/scoresIssueCodes";
import type { StageMessages } from "./format";

type ScoresCode = keyof typeof SCORES_ISSUES;

export const scoresMessages: StageMessages<ScoresCode> = { vi: {}, en: {} };
