import { isLeaf } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { readNumber } from "../read/readNumber";
import type { CellValue } from "../workbook";
import { isBlankRead, round6, type ScoreCellAt } from "./readScoreCell";
import type { ScoreRead } from "./unitScores";

/**
 * A count typed in a `Số lần` column on a per-occurrence criterion's row (DESIGN §2.1): its points are
 * count × rate, capped by the criterion's max, and they are the unit's self score there. A points cell
 * typed beside it that says otherwise is a warning (the count is the fact, the points its arithmetic); a
 * count that is not a whole number of times is an error. Null when the cell is empty or the row has no
 * rate (a count means nothing without one).
 */
export function countedPoints(
  raw: CellValue,
  at: ScoreCellAt,
  typed: ScoreRead | undefined,
  issues: Issue[],
): ScoreRead | null {
  const { criterion } = at;
  const rate = criterion.rate;
  if (rate === null || !isLeaf(criterion)) return null;
  const read = readNumber(raw);
  if (read.kind === "empty") return null;
  const where = { sheet: at.sheet, cell: at.cell, unit: at.unit, criterion: criterion.key };
  if (read.kind === "invalid" || read.value < 0 || !Number.isInteger(round6(read.value))) {
    issues.push(
      issue({
        code: "score-count-invalid",
        ...where,
        value: read.kind === "invalid" ? read.text : read.value,
      }),
    );
    return { value: null, raw, sheet: at.sheet, cell: at.cell };
  }
  const count = round6(read.value);
  const uncapped = round6(count * rate);
  const points = criterion.max === null ? uncapped : Math.min(uncapped, criterion.max);
  if (typed && !isBlankRead(typed) && (typed.value === null || round6(Math.abs(typed.value)) !== points)) {
    issues.push(
      issue({
        code: "score-rate-count-mismatch",
        sheet: typed.sheet,
        cell: typed.cell,
        unit: at.unit,
        criterion: criterion.key,
        value: typeof typed.raw === "boolean" ? String(typed.raw) : typed.raw,
        details: { count, rate, points, countCell: at.cell },
      }),
    );
  }
  return { value: points, raw, sheet: at.sheet, cell: at.cell };
}
