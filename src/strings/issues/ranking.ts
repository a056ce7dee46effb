import type { RANKING_ISSUES } from "../../engine/ranking/rankingIssueCodes";
import type { StageMessages } from "./format";

type RankingCode = keyof typeof RANKING_ISSUES;

export const rankingMessages: StageMessages<RankingCode> = { vi: {}, en: {} };
