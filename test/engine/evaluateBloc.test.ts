import { evaluateBloc, type BlocResult } from "../../src/engine/evaluateBloc";
import { toNumber } from "../../src/engine/decimal";
import { associationsBloc } from "../../src/samples/associationsBloc";
import { centralAgenciesBloc } from "../../src/samples/centralAgenciesBloc";
import { partyBloc } from "../../src/samples/partyBloc";
import { SETTINGS_SHEET_NAME, settingsSheetValues } from "../../src/engine/settings/settingsSheetValues";

const table = (result: BlocResult) =>
  result.ranking.map((u) => [u.rank, u.result.unit, toNumber(u.result.total)] as [number, string, number]);
const proposals = (result: BlocResult) => result.proposals.map((p) => [p.award, p.units, p.needsBallot]);
const errorsOf = (result: BlocResult) => result.issues.filter((i) => i.severity === "error");

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

describe("evaluateBloc on realistic blocs (DESIGN §1)", () => {
  it("ranks the 9 Party agencies from a matrix that carries only codes, with Ban Tổ chức first", () => {
    const result = evaluateBloc(partyBloc(2024), { year: 2024 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.provisional).toBe(false);
    expect(table(result)).toEqual([
      [1, "Ban Tổ chức Tỉnh ủy", 97.5],
      [2, "Văn phòng Tỉnh ủy", 96],
      [3, "Ban Tuyên giáo Tỉnh ủy", 95.5],
      [4, "Ban Dân vận Tỉnh ủy", 94],
      [5, "Ban Nội chính Tỉnh ủy", 93],
      [6, "Ủy ban Kiểm tra Tỉnh ủy", 92.5],
      [7, "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", 91],
      [8, "Báo Quảng Trị", 88.5],
      [9, "Trường Chính trị Lê Duẩn", 87],
    ]);
    expect(toNumber(result.ranking[0]!.result.selfTotal!)).toBe(98);
    expect(
      result.ranking.every(
        (u) => u.classification === (toNumber(u.result.total) >= 90 ? "excellent" : "good"),
      ),
    ).toBe(true);
    expect(proposals(result)).toEqual([
      [FLAG, ["Ban Tổ chức Tỉnh ủy"], false],
      [MERIT, ["Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"], false],
    ]);
    expect(result.next).toEqual({
      leader: "Ban Tuyên giáo Tỉnh ủy",
      deputy: "Ban Dân vận Tỉnh ủy",
      by: "rotation",
    });
    expect(result.settingsSheet).toBe("Cấu hình");
    expect(result.settings).toMatchObject({ blocName: "Khối các cơ quan Đảng tỉnh", year: 2024, scale: 100 });
  });

  it("proposes 2 flags and 2 certificates among 13 associations read from per-unit forms, skipping the ineligible one", () => {
    const result = evaluateBloc(associationsBloc(2024), { year: 2024 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.units).toHaveLength(13);
    expect(result.settings.awardRules.map((r) => [r.award, r.count])).toEqual([
      [FLAG, 2],
      [MERIT, 2],
    ]);
    expect(table(result).slice(0, 5)).toEqual([
      [1, "Hội Luật gia tỉnh", 101],
      [2, "Hội Chữ thập đỏ tỉnh", 98],
      [3, "Hội Nhà báo tỉnh", 96],
      [4, "Liên hiệp các Hội Văn học nghệ thuật tỉnh", 95.5],
      [5, "Hội Khuyến học tỉnh", 95],
    ]);
    expect(proposals(result)).toEqual([
      [FLAG, ["Hội Chữ thập đỏ tỉnh", "Hội Nhà báo tỉnh"], false],
      [MERIT, ["Liên hiệp các Hội Văn học nghệ thuật tỉnh", "Hội Khuyến học tỉnh"], false],
    ]);
    expect(result.proposals[0]?.skipped).toEqual([
      { unit: "Hội Luật gia tỉnh", reason: "ineligible", note: "Kỷ luật khiển trách" },
    ]);
  });

  it("reaches the reported outcome for the 7 central agencies from cross-scores (trimmed mean)", () => {
    const result = evaluateBloc(centralAgenciesBloc(2024), { year: 2024 });
    expect(errorsOf(result)).toEqual([]);
    expect(result.settings.crossScoreMethod).toBe("trimmed");
    expect(table(result)).toEqual([
      [1, "Truyền tải điện Ninh Thuận", 96.5],
      [2, "Cục Thống kê tỉnh", 95],
      [3, "Kho bạc Nhà nước tỉnh", 94],
      [4, "Cục Thuế tỉnh", 92],
      [5, "Bảo hiểm xã hội tỉnh", 91],
      [6, "Hải quan Ninh Thuận", 89],
      [7, "Viện Nghiên cứu Bông và Phát triển Nông nghiệp Nha Hố", 86],
    ]);
    expect(proposals(result)).toEqual([
      [FLAG, ["Truyền tải điện Ninh Thuận"], false],
      [MERIT, ["Cục Thống kê tỉnh", "Kho bạc Nhà nước tỉnh"], false],
    ]);
    expect(result.next).toMatchObject({
      leader: "Cục Thống kê tỉnh",
      deputy: "Cục Thuế tỉnh",
      by: "rotation",
    });
  });

  it.each(["vi", "en"] as const)(
    "evaluates the same with the default settings sheet written in %s as without one",
    (lang) => {
      const withoutSettings = () => {
        const workbook = partyBloc(2024);
        workbook.sheets = workbook.sheets.filter((sheet) => sheet.name !== "Cấu hình");
        return workbook;
      };
      const plain = evaluateBloc(withoutSettings(), { year: 2024 });
      expect(plain.settingsSheet).toBeNull();
      const workbook = withoutSettings();
      workbook.sheets.push({
        name: SETTINGS_SHEET_NAME[lang],
        values: settingsSheetValues(plain.settings, lang),
      });
      const withSheet = evaluateBloc(workbook, { year: 2024 });
      expect(withSheet.settingsSheet).toBe(SETTINGS_SHEET_NAME[lang]);
      expect(withSheet.issues).toEqual(plain.issues);
      expect(table(withSheet)).toEqual(table(plain));
      expect(proposals(withSheet)).toEqual(proposals(plain));
      const rules = (result: BlocResult) =>
        result.settings.awardRules.map(({ sheet: _s, row: _r, ...rule }) => rule);
      expect(rules(withSheet)).toEqual(rules(plain));
      expect({ ...withSheet.settings, awardRules: [] }).toEqual({ ...plain.settings, awardRules: [] });
    },
  );

  it("points a missing score at its empty cell", () => {
    const workbook = partyBloc(2024);
    const matrix = workbook.sheets.find((s) => s.name === "Tổng hợp")!;
    matrix.values[8]![5] = ""; // row 9 is criterion I.1.2; F is Ban Tổ chức's bloc score, E its self score
    const missingBloc = evaluateBloc(workbook, { year: 2024 });
    // With the bloc score empty, "bloc if present" falls back on the self score: nothing is missing.
    expect(missingBloc.issues.filter((i) => i.code === "score-missing")).toEqual([]);
    matrix.values[8]![4] = "";
    const missingBoth = evaluateBloc(workbook, { year: 2024 });
    expect(missingBoth.issues.filter((i) => i.code === "score-missing")).toMatchObject([
      { severity: "error", sheet: "Tổng hợp", cell: "E9", unit: "Ban Tổ chức Tỉnh ủy", criterion: "I.1.2" },
    ]);
  });

  it("makes the result provisional and proposes nothing when a score cell is bad", () => {
    const workbook = partyBloc(2024);
    const matrix = workbook.sheets.find((s) => s.name === "Tổng hợp")!;
    matrix.values[8]![5] = "abc"; // criterion I.1.2, Ban Tổ chức's bloc score
    const result = evaluateBloc(workbook, { year: 2024 });
    expect(result.provisional).toBe(true);
    expect(result.proposals).toEqual([]);
    expect(errorsOf(result).map((i) => [i.code, i.sheet, i.cell])).toContainEqual([
      "score-not-number",
      "Tổng hợp",
      "F9",
    ]);
    expect(result.ranking).toHaveLength(9);
  });
});
