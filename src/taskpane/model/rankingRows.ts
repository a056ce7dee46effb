import { type BlocResult, CLASSIFICATION_NAMES, formatNumber, type Lang, toNumber } from "../../engine";

/** A row of the pane's ranking table: the words and numbers exactly as the output sheets show them. */
export interface RankingRow {
  rank: number;
  unit: string;
  score: string;
  classification: string;
}

/** The first `limit` units by rank, and every unit tied with the last of them (a tie is never cut). */
export function rankingRows(result: BlocResult, lang: Lang, limit: number): RankingRow[] {
  const ranked = result.ranking;
  const cut = ranked[limit - 1]?.rank;
  const shown = cut === undefined ? ranked : ranked.filter((unit, i) => i < limit || unit.rank === cut);
  return shown.map((unit) => ({
    rank: unit.rank,
    unit: unit.result.unit,
    score: formatNumber(toNumber(unit.result.total), lang),
    classification: CLASSIFICATION_NAMES[unit.classification][lang],
  }));
}
