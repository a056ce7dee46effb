import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CriteriaTable } from "../../../src/engine/criteria/criterion";
import { rankUnits } from "../../../src/engine/ranking/rankUnits";
import { scoreUnit } from "../../../src/engine/ranking/scoreUnit";
import type { Settings } from "../../../src/engine/settings/settings";
import { grid, sheet, workbook } from "../../helpers/grid";
import { settingsWith } from "../../helpers/settings";
import { unit } from "../../helpers/units";

const TABLE: CriteriaTable = readCriteria(
  workbook(
    sheet(
      "Tiêu chí",
      grid({
        A1: [
          ["STT", "Nội dung", "Điểm chuẩn"],
          ["I", "Chuyên môn", 60],
          [1, "a", 60],
          ["II", "Đoàn thể", 40],
          [1, "b", 40],
          ["III", "Điểm thưởng", 5],
          [1, "c", 5],
          ["IV", "Điểm trừ", 5],
          [1, "d", 5],
        ],
      }),
    ),
  ),
).table!;

const settings = settingsWith;

function rank(
  units: [string, number, number, number, number][],
  s: Settings = settings(),
  votes: Record<string, number> = {},
) {
  const results = units.map(
    ([name, i, ii, bonus, penalty]) =>
      scoreUnit(TABLE, unit(name, { self: { "I.1": i, "II.1": ii, "III.1": bonus, "IV.1": penalty } }), s)
        .result,
  );
  return rankUnits(results, new Map(Object.entries(votes)), s, TABLE);
}

describe("rankUnits", () => {
  it("gives competition ranks 1, 2, 2, 4 to units tied after the whole chain, in roster order", () => {
    const { ranked } = rank([
      ["D", 50, 30, 0, 0],
      ["A", 60, 38, 0, 0],
      ["B", 55, 35, 0, 0],
      ["C", 55, 35, 0, 0],
    ]);
    expect(ranked.map((u) => [u.result.unit, u.rank])).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 2],
      ["D", 4],
    ]);
    expect(ranked[2]?.tiedWith).toEqual({ unit: "B", decidedBy: null });
    expect(ranked[1]?.tiedWith).toBeNull();
  });

  it("breaks equal totals by group I, then fewer deductions, then more bonus, then votes, and says which decided", () => {
    const { ranked } = rank(
      [
        ["G2", 50, 40, 0, 0], // 90, group I 50
        ["G1", 55, 35, 0, 0], // 90, group I 55: ahead by group I
        ["P", 55, 37, 0, 2], // 90, same group I as G1, more deductions
        ["V2", 50, 40, 0, 0], // identical to G2: votes decide
      ],
      settings(),
      { G2: 0.8, V2: 0.9 },
    );
    expect(ranked.map((u) => `${u.rank}:${u.result.unit}`)).toEqual(["1:G1", "2:P", "3:V2", "4:G2"]);
    expect(ranked.map((u) => u.tiedWith?.decidedBy ?? null)).toEqual([
      null,
      { kind: "penalty" },
      { kind: "group", group: "I" },
      { kind: "votes" },
    ]);
  });

  it("judges ties on rounded totals: 89.996 and 90.004 tie at two decimals", () => {
    const { ranked } = rank([
      ["A", 49.996, 40, 0, 0],
      ["B", 50.004, 40, 0, 0],
    ]);
    expect(ranked.map((u) => u.result.total.toString())).toEqual(["90", "90"]);
    // group I (50.004 > 49.996) separates them
    expect(ranked.map((u) => [u.result.unit, u.rank])).toEqual([
      ["B", 1],
      ["A", 2],
    ]);
  });

  it("classifies by the thresholds", () => {
    const { ranked } = rank(
      [
        ["A", 60, 30, 0, 0],
        ["B", 50, 39.99, 0, 0],
        ["C", 40, 30, 0, 0],
        ["D", 30, 20, 0, 0],
        ["E", 10, 10, 0, 0],
      ],
      settings({ classificationThresholds: [90, 70, 50] }),
    );
    expect(ranked.map((u) => u.classification)).toEqual([
      "excellent",
      "good",
      "good",
      "completed",
      "notCompleted",
    ]);
  });

  it("warns when a tie-break names a group the table does not have", () => {
    const { issues } = rank([["A", 1, 1, 0, 0]], settings({ tieBreaks: [{ kind: "group", group: "IX" }] }));
    expect(issues).toMatchObject([{ code: "ranking-tiebreak-group-unknown", value: "IX" }]);
  });
});
