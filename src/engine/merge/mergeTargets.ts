import { a1, parseA1 } from "../address";
import type { FoundUnit } from "../scores/readBlock";
import type { ScoreRead } from "../scores/unitScores";

/** A text cell of a unit's place: where it is and what it holds now ("" when empty). */
export interface TextCell {
  cell: string;
  text: string;
}

/** One place in the master where a unit's self scores live: a per-unit sheet or a matrix column. */
export interface UnitPlace {
  sheet: string;
  /** Every leaf row's self-score cell, empty ones included, by criterion key. */
  self: Map<string, ScoreRead>;
  /** The evidence and explanation cells of the same rows, when the place has those columns. */
  evidence: Map<string, TextCell>;
  explanation: Map<string, TextCell>;
  /**
   * The place's sheet's formula cells (by A1 address, with their text): a self cell holding one is not a score
   * the secretary typed, and a merge never writes over it.
   */
  formulas: ReadonlyMap<string, string>;
}

const PREFERENCE = { perUnit: 0, matrix: 1, cross: 2 } as const;

function textCells(
  entry: FoundUnit,
  cols: readonly number[],
  held: ReadonlyMap<string, { cell: string; text: string }>,
): Map<string, TextCell> {
  const col = cols[0];
  const cells = new Map<string, TextCell>();
  if (col === undefined) return cells;
  for (const [key, read] of entry.self) {
    const at = parseA1(read.cell);
    if (!at) continue;
    const cell = a1(at.row, col);
    const now = held.get(key);
    cells.set(key, { cell, text: now?.cell === cell ? now.text : "" });
  }
  return cells;
}

const NO_FORMULAS: ReadonlyMap<string, string> = new Map();

/**
 * A unit's places in the master, the preferred target first: its per-unit sheets, then its matrix columns,
 * then cross-scoring blocks with a self column. Unfilled forms and empty columns count: they are where the
 * secretary expects the scores. `entries` are the master's blocks as found, already narrowed to the unit;
 * `formulasOf` gives a sheet's formula cells.
 */
export function unitPlaces(
  entries: readonly FoundUnit[],
  formulasOf: (sheet: string) => ReadonlyMap<string, string> | undefined = () => undefined,
): UnitPlace[] {
  return entries
    .filter((entry) => entry.columns.self.length > 0 && entry.self.size > 0)
    .sort((a, b) => PREFERENCE[a.layout] - PREFERENCE[b.layout])
    .map((entry) => ({
      sheet: entry.sheet,
      self: entry.self,
      evidence: textCells(entry, entry.columns.evidence, entry.evidence),
      explanation: textCells(entry, entry.columns.explanation, entry.explanation),
      formulas: formulasOf(entry.sheet) ?? NO_FORMULAS,
    }));
}
