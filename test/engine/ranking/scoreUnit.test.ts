import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CriteriaTable } from "../../../src/engine/criteria/criterion";
import { aggregateScorers } from "../../../src/engine/ranking/aggregateScorers";
import { toNumber } from "../../../src/engine/decimal";
import { scoreUnit } from "../../../src/engine/ranking/scoreUnit";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";
import { settingsWith } from "../../helpers/settings";
import { unit } from "../../helpers/units";

function criteria(
  rows: CellValue[][],
  header: CellValue[] = ["STT", "Nội dung", "Điểm chuẩn"],
): CriteriaTable {
  const { table } = readCriteria(workbook(sheet("Tiêu chí", grid({ A1: [header, ...rows] }))));
  if (!table) throw new Error("no table");
  return table;
}

const settings = settingsWith;

// 60 + 40 normal points, a bonus group capped at 5, a deduction group capped at 10.
const TABLE = criteria([
  ["I", "Chuyên môn", 60],
  [1, "Kế hoạch", 30],
  ["1.1", "Đúng hạn", 10],
  ["1.2", "Đủ nội dung", 20],
  [2, "Báo cáo", 30],
  ["II", "Đoàn thể", 40],
  [1, "Đảng", 40],
  ["III", "Điểm thưởng", 5],
  [1, "Khen Bộ", 3],
  [2, "Sáng kiến", 3],
  ["IV", "Điểm trừ", 10],
  [1, "Chậm báo cáo", 5],
  [2, "Vi phạm", 10],
]);

const FULL = {
  "I.1.1": 10,
  "I.1.2": 20,
  "I.2": 30,
  "II.1": 40,
  "III.1": 0,
  "III.2": 0,
  "IV.1": 0,
  "IV.2": 0,
};

describe("scoreUnit: raw mode", () => {
  it("sums leaves up the hierarchy, adds bonus and subtracts deductions typed either sign", () => {
    const { result, issues } = scoreUnit(
      TABLE,
      unit("A", { self: { ...FULL, "I.2": 25.5, "III.1": 2, "IV.1": -1.5, "IV.2": 2 } }),
      settings(),
    );
    expect(issues).toEqual([]);
    expect(toNumber(result.scores.get("I") ?? result.total)).toBe(55.5);
    expect(result.groups.map((g) => [g.key, toNumber(g.score)])).toEqual([
      ["I", 55.5],
      ["II", 40],
    ]);
    expect([result.normal, result.bonus, result.penalty, result.total].map(toNumber)).toEqual([
      95.5, 2, 3.5, 94,
    ]);
    expect(toNumber(result.selfTotal ?? result.total)).toBe(94);
  });

  it("caps bonus at its maximum with a warning", () => {
    const { result, issues } = scoreUnit(
      TABLE,
      unit("A", { self: { ...FULL, "III.1": 3, "III.2": 3 } }),
      settings(),
    );
    expect(toNumber(result.bonus)).toBe(5);
    expect(toNumber(result.total)).toBe(105);
    expect(issues).toMatchObject([
      { code: "score-bonus-over-cap", unit: "A", criterion: "III", details: { score: 6, max: 5 } },
    ]);
  });

  it("adds exactly in decimal: 0.1 + 0.2 ties with 0.3, and 0.1 + 0.2 beats 0.29", () => {
    const table = criteria([
      ["I", "Nhóm", 1],
      [1, "a", 0.5],
      [2, "b", 0.5],
    ]);
    const s = settings({ decimals: 6 });
    const a = scoreUnit(table, unit("A", { self: { "I.1": 0.1, "I.2": 0.2 } }), s).result.total;
    const b = scoreUnit(table, unit("B", { self: { "I.1": 0.3, "I.2": 0 } }), s).result.total;
    const c = scoreUnit(table, unit("C", { self: { "I.1": 0.29, "I.2": 0 } }), s).result.total;
    expect(a.eq(b)).toBe(true);
    expect(a.gt(c)).toBe(true);
    expect(a.toString()).toBe("0.3");
  });

  it("rounds totals half-up to the Decimals setting", () => {
    const table = criteria([
      ["I", "Nhóm", 100],
      [1, "a", 50],
      [2, "b", 50],
    ]);
    const total = (x: number, decimals: number) =>
      toNumber(
        scoreUnit(table, unit("A", { self: { "I.1": x, "I.2": 0 } }), settings({ decimals })).result.total,
      );
    expect(total(2.345, 2)).toBe(2.35);
    expect(total(2.344, 2)).toBe(2.34);
    expect(total(1.005, 2)).toBe(1.01); // 1.005 is 1.00499999… in binary floating point
    expect(total(2.5, 0)).toBe(3);
  });

  it("clamps a group above its maximum with a warning", () => {
    const table = criteria([
      ["I", "Nhóm", 10],
      [1, "a", 10],
      [2, "b", 10],
    ]);
    const { result, issues } = scoreUnit(table, unit("A", { self: { "I.1": 8, "I.2": 7 } }), settings());
    expect(toNumber(result.total)).toBe(10);
    expect(issues.map((i) => i.code)).toEqual(["score-group-clamped"]);
  });
});

describe("scoreUnit: score source, cross-scoring, missing scores", () => {
  const table = criteria([
    ["I", "Nhóm", 100],
    [1, "a", 50],
    [2, "b", 50],
  ]);

  it("uses the bloc score when present, else the self score; the final column wins over both", () => {
    const u = unit("A", { self: { "I.1": 50, "I.2": 50 }, bloc: { "I.1": [45] }, final: { "I.2": 40 } });
    expect(toNumber(scoreUnit(table, u, settings()).result.total)).toBe(85);
    expect(toNumber(scoreUnit(table, u, settings({ scoreSource: "self" })).result.total)).toBe(90);
    const bloc = scoreUnit(table, u, settings({ scoreSource: "bloc", missingScore: "zero" }));
    expect(toNumber(bloc.result.total)).toBe(85);
    expect(toNumber(bloc.result.selfTotal ?? bloc.result.total)).toBe(100);
  });

  it("aggregates cross-scores by mean, trimmed mean and median", () => {
    expect(toNumber(aggregateScorers([40, 45, 50, 10], "mean")!)).toBe(36.25);
    expect(toNumber(aggregateScorers([40, 45, 50, 10], "trimmed")!)).toBe(42.5);
    expect(toNumber(aggregateScorers([40, 50], "trimmed")!)).toBe(45);
    expect(toNumber(aggregateScorers([40, 45, 50, 10], "median")!)).toBe(42.5);
    expect(toNumber(aggregateScorers([40, 45, 10], "median")!)).toBe(40);
    expect(aggregateScorers([], "mean")).toBeNull();
    const u = unit("A", { bloc: { "I.1": [40, 45, 50], "I.2": [30, 30, 33] } });
    expect(toNumber(scoreUnit(table, u, settings({ crossScoreMethod: "trimmed" })).result.total)).toBe(75);
    expect(toNumber(scoreUnit(table, u, settings({ crossScoreMethod: "mean" })).result.total)).toBe(76);
  });

  it("reports a missing score as an error, or as a warning counting zero, at the cell when known", () => {
    const u = unit("A", { self: { "I.1": 50, "I.2": "" } });
    const strict = scoreUnit(table, u, settings());
    expect(strict.issues).toMatchObject([
      { code: "score-missing", severity: "error", unit: "A", criterion: "I.2", sheet: "Tổng hợp" },
    ]);
    expect(strict.issues[0]?.cell).toMatch(/^[A-Z]+\d+$/);
    const lenient = scoreUnit(table, unit("B", { self: { "I.1": 50 } }), settings({ missingScore: "zero" }));
    expect(lenient.issues).toMatchObject([{ code: "score-missing", severity: "warning", unit: "B" }]);
    expect(toNumber(lenient.result.total)).toBe(50);
  });

  it("counts blank bonus and deduction cells as 0 with no missing score; normal leaves stay missing", () => {
    const scores = { "I.1.1": 10, "I.1.2": 20, "I.2": 30, "II.1": 40, "III.1": "", "IV.1": "", "IV.2": "" };
    const blank = scoreUnit(TABLE, unit("A", { self: scores }), settings());
    expect(blank.issues).toEqual([]);
    expect(toNumber(blank.result.total)).toBe(100);
    expect(toNumber(blank.result.bonus)).toBe(0);
    expect(toNumber(blank.result.penalty)).toBe(0);
    // A bonus or deduction row absent from the unit's sheet adds and deducts nothing either.
    const withoutRow = Object.fromEntries(Object.entries(scores).filter(([key]) => key !== "IV.2"));
    expect(scoreUnit(TABLE, unit("B", { self: withoutRow }), settings()).issues).toEqual([]);
    const normalBlank = scoreUnit(TABLE, unit("C", { self: { ...scores, "I.2": "" } }), settings());
    expect(normalBlank.issues).toMatchObject([{ code: "score-missing", criterion: "I.2" }]);
  });

  it("takes the per-cell choice of the score source before a blank deduction counts 0", () => {
    const scores = { "I.1.1": 10, "I.1.2": 20, "I.2": 30, "II.1": 40, "IV.1": 2 };
    // Bloc-if-present: the bloc cell of IV.1 is blank, so the unit's own 2 points deducted stand.
    const u = unit("A", { self: scores, bloc: { "I.2": [28], "IV.1": [""], "IV.2": [3] } });
    const result = scoreUnit(TABLE, u, settings());
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(toNumber(result.result.penalty)).toBe(5);
    expect(toNumber(result.result.total)).toBe(93);
  });

  it("warns when self and final totals differ by more than the review gap", () => {
    const u = unit("A", { self: { "I.1": 50, "I.2": 50 }, bloc: { "I.1": [44], "I.2": [50] } });
    expect(scoreUnit(table, u, settings()).issues).toMatchObject([
      { code: "score-review-gap", unit: "A", details: { self: 100, final: 94, gap: 6 } },
    ]);
    expect(scoreUnit(table, u, settings({ reviewGap: 6 })).issues).toEqual([]);
  });
});

describe("scoreUnit: weighted mode", () => {
  it("scales the weighted share of each group to the scale, then adds bonus and deductions", () => {
    const table = criteria(
      [
        ["I", "Chuyên môn", 60, 70],
        [1, "a", 60, ""],
        ["II", "Đoàn thể", 40, 30],
        [1, "b", 40, ""],
        ["III", "Điểm thưởng", 5, ""],
        [1, "c", 5, ""],
      ],
      ["STT", "Nội dung", "Điểm chuẩn", "Trọng số"],
    );
    expect(table.weighted).toBe(true);
    const { result } = scoreUnit(
      table,
      unit("A", { self: { "I.1": 45, "II.1": 40, "III.1": 1 } }),
      settings(),
    );
    // 100 × (70 × 45/60 + 30 × 40/40) / 100 = 82.5, + 1 bonus
    expect(toNumber(result.normal)).toBe(82.5);
    expect(toNumber(result.total)).toBe(83.5);
  });
});
