import { maxOf, SAMPLE_KEYS, SAMPLE_LEAVES } from "./sampleCriteria";

/** What a unit's sample scores add up to: normal points lost, bonus items and deduction items. */
export interface ScoreShape {
  lost: number;
  bonus: [number, number];
  penalty: [number, number, number];
}

/** A shape with one bonus item and one deduction item, the usual case in the samples. */
export const shape = (lost: number, bonus = 0, penalty = 0): ScoreShape => ({
  lost,
  bonus: [bonus, 0],
  penalty: [penalty, 0, 0],
});

const NORMAL = SAMPLE_LEAVES.filter((key) => !key.startsWith("IV") && !key.startsWith("V"));

/**
 * Leaf scores, by key, for a unit that loses `lost` normal points, spread in half points over the leaves
 * starting at `seed` so that units differ criterion by criterion. Exact in binary: only halves are used.
 */
export function leafScores(shape: ScoreShape, seed: number): Map<string, number> {
  const scores = new Map<string, number>(NORMAL.map((key) => [key, maxOf(key)]));
  for (let left = shape.lost, i = seed; left > 0; i++) {
    const key = NORMAL[i % NORMAL.length] ?? "";
    const step = Math.min(0.5, left);
    if ((scores.get(key) ?? 0) >= step) {
      scores.set(key, (scores.get(key) ?? 0) - step);
      left -= step;
    }
  }
  ["IV.1", "IV.2"].forEach((key, i) => scores.set(key, shape.bonus[i] ?? 0));
  ["V.1", "V.2", "V.3"].forEach((key, i) => scores.set(key, shape.penalty[i] ?? 0));
  return scores;
}

/** Every row's score: leaves as given, parents the sum of their children (as a secretary's SUM would show). */
export function rowScores(leaves: Map<string, number>): Map<string, number> {
  const all = new Map<string, number>();
  for (const key of [...SAMPLE_KEYS].reverse()) {
    const children = SAMPLE_KEYS.filter(
      (other) => other.startsWith(`${key}.`) && other.split(".").length === key.split(".").length + 1,
    );
    all.set(
      key,
      children.length === 0 ? (leaves.get(key) ?? 0) : children.reduce((s, c) => s + (all.get(c) ?? 0), 0),
    );
  }
  return all;
}

/** The total a shape gives: 100 − lost + bonus − deductions. */
export function totalOf(shape: ScoreShape): number {
  return (
    100 -
    shape.lost +
    shape.bonus[0] +
    shape.bonus[1] -
    shape.penalty[0] -
    shape.penalty[1] -
    shape.penalty[2]
  );
}
