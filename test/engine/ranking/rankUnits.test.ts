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
  women: Record<string, number> = {},
) {
  const results = units.map(
    ([name, i, ii, bonus, penalty]) =>
      scoreUnit(TABLE, unit(name, { self: { "I.1": i, "II.1": ii, "III.1": bonus, "IV.1": penalty } }), s)
        .result,
  );
  return rankUnits(results, new Map(Object.entries(votes)), s, TABLE, new Map(Object.entries(women)));
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

  it("classifies by the default thresholds 90; 80; 70", () => {
    const { ranked } = rank([
      ["A", 55, 35, 0, 0],
      ["B", 50, 35, 0, 0],
      ["C", 45, 30, 0, 0],
      ["D", 40, 29.99, 0, 0],
    ]);
    expect(ranked.map((u) => [u.result.unit, u.classification])).toEqual([
      ["A", "excellent"],
      ["B", "good"],
      ["C", "completed"],
      ["D", "notCompleted"],
    ]);
  });

  describe("group floors (Ngưỡng từng nhóm)", () => {
    const floors = settings({ groupFloors: [85, 80, 70] });

    it("gives good, not excellent, to a unit at 92 whose group II is at 80 %, and says which floor failed", () => {
      const { ranked } = rank([["A", 60, 32, 0, 0]], floors);
      expect(ranked[0]?.result.total.toString()).toBe("92");
      expect(ranked[0]?.classification).toBe("good");
      expect(ranked[0]?.floorMisses).toEqual([
        { classification: "excellent", group: "II", percent: 80, floor: 85 },
      ]);
      // Without floors the same unit is excellent.
      expect(rank([["A", 60, 32, 0, 0]]).ranked[0]?.classification).toBe("excellent");
    });

    it("lets a group exactly at its floor pass, and drops a unit as many classes as its floors fail", () => {
      const { ranked } = rank(
        [
          ["AtFloor", 60, 34, 0, 0], // 94, II at exactly 85 %
          ["Twice", 57, 27, 0, 0], // 84 (good by total), II at 67.5 %: below 80 and 70
          ["Bonus", 45, 40, 5, 0], // 90 with bonus, I at 75 %: completed
        ],
        floors,
      );
      const byName = new Map(ranked.map((u) => [u.result.unit, u]));
      expect(byName.get("AtFloor")).toMatchObject({ classification: "excellent", floorMisses: [] });
      expect(byName.get("Twice")).toMatchObject({
        classification: "notCompleted",
        floorMisses: [
          { classification: "good", group: "II", percent: 67.5, floor: 80 },
          { classification: "completed", group: "II", percent: 67.5, floor: 70 },
        ],
      });
      expect(byName.get("Bonus")?.classification).toBe("completed");
    });
  });

  describe("tie-break tỷ lệ nữ (Decree 152/2025 Art. 4(6))", () => {
    const women = settings({ tieBreaks: [{ kind: "women" }, { kind: "votes" }] });

    it("puts a unit with women at 70 % or more above a tied unit below 70 %, and says the step decided", () => {
      const { ranked } = rank(
        [
          ["Low", 55, 35, 0, 0],
          ["High", 55, 35, 0, 0],
        ],
        women,
        {},
        { Low: 0.69, High: 0.7 },
      );
      expect(ranked.map((u) => `${u.rank}:${u.result.unit}`)).toEqual(["1:High", "2:Low"]);
      expect(ranked[1]?.tiedWith).toEqual({ unit: "High", decidedBy: { kind: "women" } });
      expect(ranked[0]?.womenShare).toBe(0.7);
    });

    it("does not separate two units both at 70 % or more, nor a unit without a share; the next step may", () => {
      const both = rank(
        [
          ["A", 55, 35, 0, 0],
          ["B", 55, 35, 0, 0],
        ],
        women,
        { A: 0.8, B: 0.9 },
        { A: 0.95, B: 0.72 },
      ).ranked;
      expect(both.map((u) => u.result.unit)).toEqual(["B", "A"]);
      expect(both[1]?.tiedWith?.decidedBy).toEqual({ kind: "votes" });

      const missing = rank(
        [
          ["A", 55, 35, 0, 0],
          ["B", 55, 35, 0, 0],
        ],
        women,
        {},
        { B: 0.9 },
      ).ranked;
      expect(missing.map((u) => `${u.rank}:${u.result.unit}`)).toEqual(["1:A", "1:B"]);
      expect(missing[1]?.tiedWith).toEqual({ unit: "A", decidedBy: null });
    });
  });
});
