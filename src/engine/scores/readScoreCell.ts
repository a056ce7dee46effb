import { isLeaf, type Criterion } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { readNumber } from "../read/readNumber";
import type { CellValue } from "../workbook";
import type { ScoreRead } from "./unitScores";

/** Points compared the way the secretary sees them: to 6 decimals, so binary noise never counts. */
export const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

// Points typed to a few decimals against a rate such as 0,25: compared after rounding away binary noise.
function isMultiple(points: number, rate: number): boolean {
  const times = round6(points / rate);
  return Math.abs(times - Math.round(times)) < 1e-6;
}

/** An empty score cell, kept so that a missing score can be pointed at. */
export const isBlankRead = (read: ScoreRead): boolean =>
  read.value === null && String(read.raw).trim() === "";

/** Where a score cell is and what it scores. */
export interface ScoreCellAt {
  sheet: string;
  cell: string;
  unit: string;
  criterion: Criterion;
}

/**
 * Reads one score cell: numbers as they are, numbers typed as text with a note, anything else an error with
 * value null. On a leaf, a negative score outside a penalty row and a score above the maximum (for a
 * penalty, the most that can be deducted, sign ignored) are errors; the value is kept as typed so that
 * the data check shows it. Returns null for an empty cell.
 */
export function readScoreCell(raw: CellValue, at: ScoreCellAt, issues: Issue[]): ScoreRead | null {
  const read = readNumber(raw);
  if (read.kind === "empty") return null;
  const { criterion } = at;
  const where = { sheet: at.sheet, cell: at.cell, unit: at.unit, criterion: criterion.key };
  if (read.kind === "invalid") {
    issues.push(issue({ code: "score-not-number", ...where, value: read.text }));
    return { value: null, raw, sheet: at.sheet, cell: at.cell };
  }
  const { value } = read;
  if (read.fromText) {
    issues.push(issue({ code: "number-as-text", ...where, value: String(raw), details: { read: value } }));
  }
  if (isLeaf(criterion)) {
    const penalty = criterion.kind === "penalty";
    const max = criterion.max;
    if (value < 0 && !penalty) {
      issues.push(issue({ code: "score-negative", ...where, value }));
    } else if (max !== null && round6(penalty ? Math.abs(value) : value) > round6(max)) {
      issues.push(issue({ code: "score-above-max", ...where, value, details: { max } }));
    }
    const rate = criterion.rate;
    if (rate !== null && !isMultiple(Math.abs(value), rate)) {
      issues.push(issue({ code: "score-rate-multiple", ...where, value, details: { rate } }));
    }
  }
  return { value, raw, sheet: at.sheet, cell: at.cell };
}
