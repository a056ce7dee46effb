import fc from "fast-check";
import { a1 } from "../../../src/engine/address";
import { ISSUE_CODES } from "../../../src/engine/issues";
import { readNumber } from "../../../src/engine/read/readNumber";
import type { UnitScores } from "../../../src/engine/scores/unitScores";
import type { CellValue, SheetInput } from "../../../src/engine/workbook";
import { grid, sheet } from "../../helpers/grid";
import { byLeaf, criteriaSheet, LEAVES, readAll, rosterSheet, values, withColumns } from "./fixtures";

const NAMES = ["Ban A", "Ban B", "Ban C", "Ban D", "Ban E"];
const MAX: Record<string, number> = {
  "I.1.1": 20,
  "I.1.2": 10,
  "I.2.a": 10,
  "I.2.b": 20,
  "II.1": 25,
  "II.2": 15,
  "III.1": 5,
  "IV.1": 10,
};

/** A unit's valid scores: each leaf blank or a number within its maximum (a deduction either sign). */
const scoresArb = fc.record(
  Object.fromEntries(
    LEAVES.map((key) => {
      const max = MAX[key]!;
      const min = key === "IV.1" ? -max : 0;
      return [
        key,
        fc.option(
          fc.integer({ min: min * 4, max: max * 4 }).map((n) => n / 4),
          { nil: undefined },
        ),
      ];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Record<string, number | undefined>>;

const blocArb = fc
  .integer({ min: 1, max: 5 })
  .chain((n) =>
    fc
      .array(scoresArb, { minLength: n, maxLength: n })
      .map((all) => NAMES.slice(0, n).map((name, i) => ({ name, scores: all[i]! }))),
  );

type Unit = { name: string; scores: Record<string, number | undefined> };

const clean = (scores: Record<string, number | undefined>): Record<string, CellValue> =>
  Object.fromEntries(Object.entries(scores).filter(([, v]) => v !== undefined)) as Record<string, CellValue>;

const matrix = (units: readonly Unit[]): SheetInput =>
  sheet(
    "Tổng hợp",
    grid({
      A1: withColumns(
        units.map((u) => u.name),
        (r) => units.map((u) => byLeaf(clean(u.scores))(r)),
      ),
    }),
  );

const form = (unit: Unit): SheetInput =>
  sheet(
    `Phiếu ${unit.name}`,
    grid({
      A1: `Đơn vị: ${unit.name}`,
      A3: withColumns(["Tự chấm"], (r) => [byLeaf(clean(unit.scores))(r)]),
    }),
  );

const ROSTER = rosterSheet(NAMES.map((name, i) => [i + 1, name, "", ""]));

/** Each unit's self scores as plain numbers, by unit name. */
const summary = (units: readonly UnitScores[]): Record<string, Record<string, number | null>> =>
  Object.fromEntries(units.map((u) => [u.name, values(u, "self")]));

describe("readScores: properties", () => {
  it("reads the same scores for every unit whatever the order of the unit columns", () => {
    fc.assert(
      fc.property(
        blocArb.chain((units) =>
          fc.tuple(fc.constant(units), fc.shuffledSubarray(units, { minLength: units.length })),
        ),
        ([units, shuffled]) => {
          const first = readAll(criteriaSheet(), ROSTER, matrix(units));
          const second = readAll(criteriaSheet(), ROSTER, matrix(shuffled));
          expect(summary(second.units)).toEqual(summary(first.units));
          expect(second.units.map((u) => u.name)).toEqual(first.units.map((u) => u.name));
          for (const unit of units) expect(summary(first.units)[unit.name]).toEqual(clean(unit.scores));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("reads the same scores for every unit whatever the order of the sheets", () => {
    fc.assert(
      fc.property(
        blocArb.chain((units) => {
          const sheets = [criteriaSheet(), ROSTER, matrix(units.slice(0, 1)), ...units.map(form)];
          return fc.tuple(fc.constant(sheets), fc.shuffledSubarray(sheets, { minLength: sheets.length }));
        }),
        ([sheets, shuffled]) => {
          const first = readAll(...sheets);
          const second = readAll(...shuffled);
          expect(summary(second.units)).toEqual(summary(first.units));
          // Valid scores that agree everywhere: no error but for roster units left without scores.
          const errors = second.issues.filter((i) => i.severity === "error" && i.code !== "unit-no-scores");
          expect(errors).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  });

  const garbage: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom("", "", "abc", "#N/A", "#DIV/0!", "9,5", "1.000,5", "x", "-", "—", " ", "10 điểm"),
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.integer({ min: -30, max: 60 }),
    fc.boolean(),
  );

  it("never throws on garbage in score cells and reports each unreadable cell exactly where it is", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(garbage, { minLength: 3, maxLength: 3 }), { minLength: 15, maxLength: 15 }),
        (cells) => {
          const values = withColumns(NAMES.slice(0, 3), (r) => cells[r]!);
          const { issues } = readAll(criteriaSheet(), ROSTER, sheet("Tổng hợp", grid({ A1: values })));
          for (const issue of issues) expect(ISSUE_CODES).toContain(issue.code);
          const expected: string[] = [];
          cells.forEach((row, r) =>
            row.forEach((value, c) => {
              if (r > 0 && readNumber(value).kind === "invalid") expected.push(`${NAMES[c]}@${a1(r, 3 + c)}`);
            }),
          );
          const reported = issues
            .filter((i) => i.code === "score-not-number")
            .map((i) => `${i.unit}@${i.cell}`);
          expect(reported.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: 300 },
    );
  });
});
