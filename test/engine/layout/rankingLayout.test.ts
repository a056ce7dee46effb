import { a1 } from "../../../src/engine/address";
import { evaluateBloc, type BlocResult } from "../../../src/engine/evaluateBloc";
import { detailsLayout } from "../../../src/engine/layout/detailsLayout";
import { rankingLayout } from "../../../src/engine/layout/rankingLayout";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { outputSheetName } from "../../../src/engine/layout/sheetNames";
import { toNumber } from "../../../src/engine/decimal";
import type { WorkbookInput } from "../../../src/engine/workbook";
import { SAMPLES } from "../../../src/samples";
import { label } from "../../../src/strings/outputLabels";
import { evaluateFormula } from "../../helpers/evaluateFormula";
import { CLASSIFICATION_NAMES } from "../../../src/engine/settings/classificationNames";
import { decreeBloc } from "../../helpers/decreeBloc";
import { grid } from "../../helpers/grid";
import { expectWellFormed } from "../../helpers/layoutChecks";
import { heightForLines } from "../../../src/engine/layout/textFit";

function layouts(result: BlocResult, lang: "vi" | "en" = "vi"): [SheetLayout, SheetLayout] {
  const details = detailsLayout(result, lang, label(lang, "sheetDetails"));
  return [rankingLayout(result, lang, label(lang, "sheetRanking"), details.map), details.layout];
}

function formulaCells(layout: SheetLayout): { ref: string; value: number }[] {
  return layout.values.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell !== null && typeof cell === "object" ? [{ ref: a1(r, c), value: Number(cell.value) }] : [],
    ),
  );
}

const rowOf = (layout: SheetLayout, unit: string) => layout.values.find((row) => row[1] === unit)!;

describe("ranking and details layouts", () => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: every formula recomputes to the engine's number",
    (_id, sample) => {
      const result = evaluateBloc(sample.build(2024), { year: 2024 });
      const sheets = layouts(result);
      sheets.forEach((layout) => expectWellFormed(layout, { formulas: true }));
      let totals = 0;
      for (const layout of sheets) {
        for (const { ref, value } of formulaCells(layout)) {
          const recomputed = evaluateFormula(sheets, layout.name, ref);
          expect(recomputed).toBeCloseTo(value, 9);
          totals++;
        }
      }
      // Totals are exact: ROUND gives the engine's rounded decimal, not a neighbour.
      const [ranking] = sheets;
      const totalCol = ranking.values
        .find((row) => row[0] === label("vi", "rank"))!
        .indexOf(label("vi", "total"));
      for (const unit of result.ranking) {
        const row = ranking.values.indexOf(rowOf(ranking, unit.result.unit));
        expect(evaluateFormula(sheets, ranking.name, a1(row, totalCol))).toBe(toNumber(unit.result.total));
      }
      expect(totals).toBeGreaterThan(result.ranking.length * 4);
    },
  );

  it("lists units by rank with the bloc, year and scale above, in both languages", () => {
    const result = evaluateBloc(SAMPLES[0]!.build(2024), { year: 2024 });
    for (const lang of ["vi", "en"] as const) {
      const [ranking] = layouts(result, lang);
      expect(ranking.values[0]?.[0]).toBe(label(lang, "rankingTitle", { year: 2024 }));
      expect(ranking.values.slice(5).map((row) => [row[0], row[1]])).toEqual(
        result.ranking.map((u) => [u.rank, u.result.unit]),
      );
      expect(ranking.values[4]).toContain(label(lang, "classification"));
      expect(rowOf(ranking, "Ban Tổ chức Tỉnh ủy")).toContain(
        lang === "vi" ? "Hoàn thành xuất sắc nhiệm vụ" : "Excellent",
      );
      expect(ranking.freeze).toEqual({ rows: 5, columns: 2 });
      // The one name too long for its column gets a two-line row (1-based row numbers); the classification
      // fits its column on one line.
      const long = ranking.values.indexOf(rowOf(ranking, "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"));
      expect(ranking.rowHeights.filter((h) => h.row > 5)).toEqual([
        { row: long + 1, height: heightForLines(2) },
      ]);
      expect(ranking.chart).toMatchObject({ categories: "B6:B14" });
    }
  });

  it("puts the provisional banner across the top of both sheets when there are errors", () => {
    const workbook = SAMPLES[0]!.build(2024);
    workbook.sheets[2]!.values[8]![5] = "abc";
    const result = evaluateBloc(workbook, { year: 2024 });
    for (const layout of layouts(result)) {
      expect(String(layout.values[0]?.[0])).toBe(label("vi", "provisional", { n: 1 }));
      expect(layout.merges[0]).toMatch(/^A1:[A-Z]+1$/);
    }
  });

  it("writes a unit name that looks like a formula as plain text", () => {
    const workbook: WorkbookInput = {
      sheets: [
        {
          name: "Tổng hợp",
          values: grid({
            A1: [
              ["STT", "Nội dung", "Điểm chuẩn", "=SUM(A1:A9)", "+84 Đơn vị", "@Ban"],
              ["I", "Nhóm", 100, 90, 80, 70],
              [1, "Tiêu chí", 100, 90, 80, 70],
            ],
          }),
        },
      ],
    };
    const result = evaluateBloc(workbook, { year: 2024 });
    const [ranking, details] = layouts(result);
    expect(ranking.values.slice(5).map((row) => row[1])).toEqual(["=SUM(A1:A9)", "+84 Đơn vị", "@Ban"]);
    expect(details.values.find((row) => row[0] === "STT")?.slice(3)).toEqual([
      "=SUM(A1:A9)",
      "+84 Đơn vị",
      "@Ban",
    ]);
  });

  it("explains which tie-break placed a unit below the one it tied with", () => {
    const workbook: WorkbookInput = {
      sheets: [
        {
          name: "Tổng hợp",
          values: grid({
            A1: [
              ["STT", "Nội dung", "Điểm chuẩn", "Ban A", "Ban B", "Ban C"],
              ["I", "Chuyên môn", 60, "", "", ""],
              [1, "a", 60, 50, 55, 55],
              ["II", "Đoàn thể", 40, "", "", ""],
              [1, "b", 40, 40, 35, 35],
            ],
          }),
        },
      ],
    };
    const result = evaluateBloc(workbook, { year: 2024 });
    const [ranking] = layouts(result);
    const notes = (unit: string) => rowOf(ranking, unit).at(-1);
    expect(notes("Ban B")).toBeNull();
    expect(notes("Ban C")).toBe(label("vi", "tieShared", { unit: "Ban B" }));
    expect(notes("Ban A")).toBe(
      label("vi", "tieDecided", { unit: "Ban C", rule: label("vi", "tieRuleGroup", { group: "I" }) }),
    );
  });

  it.each(["vi", "en"] as const)(
    "says on the Ghi chú which group floor kept a unit at 92 from excellent (%s)",
    (lang) => {
      const units = [
        { name: "Sở Tư pháp", i: 60, ii: 32 },
        { name: "Sở Y tế", i: 55, ii: 35 },
      ];
      const result = evaluateBloc(decreeBloc(units, [["Ngưỡng từng nhóm", "85; 80; 70"]]), { year: 2024 });
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
      const [ranking] = layouts(result, lang);
      const header = ranking.values.find((row) => row[0] === label(lang, "rank"))!;
      const notesCol = header.indexOf(label(lang, "notes"));
      const classCol = header.indexOf(label(lang, "classification"));
      const row = rowOf(ranking, "Sở Tư pháp");
      expect(row[classCol]).toBe(CLASSIFICATION_NAMES.good[lang]);
      expect(row[notesCol]).toBe(
        label(lang, "floorMiss", {
          classification: CLASSIFICATION_NAMES.excellent[lang],
          group: "II",
          percent: "80",
          floor: "85",
        }),
      );
      // Sở Y tế (90, every group at 87.5 % or more) keeps its class and has nothing to note.
      expect(rowOf(ranking, "Sở Y tế")[classCol]).toBe(CLASSIFICATION_NAMES.excellent[lang]);
      expect(rowOf(ranking, "Sở Y tế")[notesCol]).toBeNull();
    },
  );

  it("says on the Ghi chú that the women's-share step decided a tie", () => {
    const units = [
      { name: "Sở Nội vụ", women: "60%", i: 55, ii: 35 },
      { name: "Sở Tài chính", women: 75, i: 55, ii: 35 },
    ];
    const result = evaluateBloc(decreeBloc(units, [["Tiêu chí phụ", "tỷ lệ nữ; phiếu"]]), { year: 2024 });
    expect(result.ranking.map((u) => u.result.unit)).toEqual(["Sở Tài chính", "Sở Nội vụ"]);
    const [ranking] = layouts(result);
    expect(rowOf(ranking, "Sở Nội vụ").at(-1)).toBe(
      label("vi", "tieDecided", { unit: "Sở Tài chính", rule: label("vi", "tieRuleWomen", { share: 70 }) }),
    );
    expect(rowOf(ranking, "Sở Tài chính").at(-1)).toBeNull();
  });

  it("recomputes weighted totals from the groups' scores, maxima and weights", () => {
    const workbook: WorkbookInput = {
      sheets: [
        {
          name: "Tổng hợp",
          values: grid({
            A1: [
              ["STT", "Nội dung", "Điểm chuẩn", "Trọng số", "Ban A", "Ban B"],
              ["I", "Chuyên môn", 60, 70, "", ""],
              [1, "a", 60, "", 45.5, 59],
              ["II", "Đoàn thể", 30, 30, "", ""],
              [1, "b", 30, "", 21, 17.25],
              ["III", "Điểm thưởng", 5, "", "", ""],
              [1, "c", 5, "", 1, 0],
            ],
          }),
        },
      ],
    };
    const result = evaluateBloc(workbook, { year: 2024 });
    expect(result.criteria?.weighted).toBe(true);
    const sheets = layouts(result);
    for (const layout of sheets) {
      for (const { ref, value } of formulaCells(layout))
        expect(evaluateFormula(sheets, layout.name, ref)).toBeCloseTo(value, 9);
    }
  });
});

describe("output sheet names", () => {
  it("keeps a user's sheet of the same name and takes the next free name; reuses its own", () => {
    const user = [{ name: "xếp HẠNG", owner: null }];
    expect(outputSheetName("Xếp hạng", "ranking", user, [])).toBe("Xếp hạng (2)");
    expect(outputSheetName("Xếp hạng", "ranking", [{ name: "Xếp hạng", owner: "ranking" }], [])).toBe(
      "Xếp hạng",
    );
    expect(
      outputSheetName("Xếp hạng", "ranking", [...user, { name: "Xếp hạng (2)", owner: "details" }], []),
    ).toBe("Xếp hạng (3)");
    const long = outputSheetName("Đề nghị khen thưởng: năm 2024 [dự thảo] / bản 2", "proposals", [], []);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[:\\/?*[\]]/);
  });
});
