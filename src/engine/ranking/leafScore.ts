import type { Criterion } from "../criteria/criterion";
import type { ScoreRead, UnitScores } from "../scores/unitScores";
import type { Settings } from "../settings/settings";
import { aggregateScorers } from "./aggregateScorers";
import { dec, type Decimal } from "../decimal";

/** A leaf's score and the cell it came from (the cell to point at when it is missing). */
export interface LeafPick {
  value: Decimal | null;
  /** A cell that holds (or should hold) the score, when one is known. */
  at: ScoreRead | null;
}

const filled = (read: ScoreRead | undefined): read is ScoreRead & { value: number } =>
  read !== undefined && read.value !== null;

/**
 * A leaf's final score (DESIGN §4): the final-score column where filled in, else the score source setting
 * (bloc scores, aggregated over scorers, or the self score). Deductions count by their size, whatever sign
 * was typed. Null when the chosen source has no number.
 */
export function leafScore(criterion: Criterion, unit: UnitScores, settings: Settings): LeafPick {
  const final = unit.final.get(criterion.key);
  const self = unit.self.get(criterion.key);
  const scorers = unit.bloc.get(criterion.key) ?? [];
  let value: Decimal | null = null;
  let at: ScoreRead | null;
  if (filled(final)) {
    value = dec(final.value);
    at = final;
  } else {
    // Every leaf of every unit passes here (60 000 for a large bloc): no arrays unless there are scorers.
    const bloc =
      scorers.length === 0 || settings.scoreSource === "self"
        ? null
        : aggregateScorers(
            scorers.filter(filled).map((read) => read.value),
            settings.crossScoreMethod,
          );
    if (settings.scoreSource === "bloc" || bloc !== null) {
      value = bloc;
      at = scorers.find(filled) ?? scorers[0] ?? null;
    } else {
      value = filled(self) ? dec(self.value) : null;
      at = self ?? scorers[0] ?? null;
    }
  }
  return { value: value && criterion.kind === "penalty" ? value.abs() : value, at };
}

/** A leaf's self score only, for the self total shown beside the final one. */
export function selfLeafScore(criterion: Criterion, unit: UnitScores): Decimal | null {
  const self = unit.self.get(criterion.key);
  if (!filled(self)) return null;
  return criterion.kind === "penalty" ? dec(self.value).abs() : dec(self.value);
}
