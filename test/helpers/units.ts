import type { ScoreRead, UnitScores } from "../../src/engine/scores/unitScores";

type Scores = Record<string, number | string>;

let column = 0;
const read = (sheet: string, value: number | string, row: number, col: number): ScoreRead => ({
  value: typeof value === "number" ? value : null,
  raw: value,
  sheet,
  cell: `${String.fromCharCode(65 + col)}${row + 2}`,
});

/**
 * A unit's scores as the scores reader returns them, built from plain key → value records
 * (`{ "I.1": 20 }`); bloc scores take an array per key, one value per scorer. A string value is
 * an unreadable cell (value null).
 */
export function unit(
  name: string,
  scores: { self?: Scores; bloc?: Record<string, (number | string)[]>; final?: Scores },
  sheet = "Tổng hợp",
): UnitScores {
  const col = 3 + (column++ % 20);
  const entries = (record: Scores | undefined) =>
    new Map(Object.entries(record ?? {}).map(([key, value], row) => [key, read(sheet, value, row, col)]));
  return {
    name,
    sources: [{ sheet, layout: "matrix" }],
    self: entries(scores.self),
    bloc: new Map(
      Object.entries(scores.bloc ?? {}).map(([key, values], row) => [
        key,
        values.map((value, i) => read(sheet, value, row, col + i)),
      ]),
    ),
    final: entries(scores.final),
    evidence: new Map(),
    explanation: new Map(),
  };
}
