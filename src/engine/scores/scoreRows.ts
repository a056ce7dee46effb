import type { Criterion } from "../criteria/criterion";
import { placeRows } from "../criteria/placeRows";
import { readRows } from "../criteria/readRows";
import type { HeaderInfo } from "../read/findHeader";
import type { CellValue } from "../workbook";

/** A data row of a score sheet and the criterion it stands for. */
export interface ScoreRow {
  row: number;
  /** The code as typed, for messages. */
  code: string;
  codeCell: string;
  /** Position key from the codes (`II.1.a`); null when the code fits no hierarchy. */
  key: string | null;
  /** The criterion of the criteria table with that key; null when there is none. */
  criterion: Criterion | null;
}

/**
 * Reads a score sheet's rows with the criteria reader's own code rules, so that a matrix carrying only
 * codes is matched to the criteria table by hierarchy position (`1` under `II` is II.1), never by row.
 * Code problems are not reported again here: the caller reports rows that match no criterion.
 */
export function scoreRows(
  values: CellValue[][],
  header: HeaderInfo,
  sheet: string,
  criteria: ReadonlyMap<string, Criterion>,
): ScoreRow[] {
  const { rows } = readRows(values, header);
  const { placed } = placeRows(rows, sheet);
  const keyOf = new Map(placed.map((entry) => [entry.source, entry.node.key]));
  return rows.map((source) => {
    const key = keyOf.get(source) ?? null;
    return {
      row: source.row,
      code: source.code,
      codeCell: source.cells.code,
      key,
      criterion: key === null ? null : (criteria.get(key) ?? null),
    };
  });
}
