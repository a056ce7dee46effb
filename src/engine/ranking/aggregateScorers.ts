import type { CrossScoreMethod } from "../settings/settings";
import { dec, sum, type Decimal } from "../decimal";

/**
 * Combines several scorers' scores for one criterion (cross-scoring): the mean; the mean after dropping
 * one highest and one lowest when there are at least three; or the median. Null when nobody scored.
 */
export function aggregateScorers(values: readonly number[], method: CrossScoreMethod): Decimal | null {
  if (values.length === 0) return null;
  if (values.length === 1) return dec(values[0] ?? 0);
  const sorted = values.map(dec).sort((a, b) => a.cmp(b));
  if (method === "median") {
    const middle = Math.floor(sorted.length / 2);
    const upper = sorted[middle] ?? dec(0);
    return sorted.length % 2 === 1 ? upper : upper.plus(sorted[middle - 1] ?? upper).div(2);
  }
  const kept = method === "trimmed" && sorted.length >= 3 ? sorted.slice(1, -1) : sorted;
  return sum(kept).div(kept.length);
}
