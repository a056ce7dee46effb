import type { Issue } from "../../../src/engine/issues";
import { readSettings } from "../../../src/engine/settings/readSettings";
import { DEFAULT_AWARD_RULES, type AwardRule } from "../../../src/engine/settings/settings";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

const HEADER = [
  "Hình thức",
  "Số lượng",
  "Tỷ lệ tối đa (%)",
  "Điểm tối thiểu",
  "Xếp loại tối thiểu",
  "Tỷ lệ phiếu tối thiểu (%)",
];

// Two keys, a blank row, then the rules table from row 4.
function read(rules: CellValue[][]) {
  const values = grid({
    A1: [
      ["Tên khối", "Khối X"],
      ["Năm", 2024],
    ],
    A4: rules,
  });
  return readSettings(workbook(sheet("Cấu hình", values)), { year: 2024 });
}
const found = (issues: Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);
const rule = (award: string, conditions: Partial<AwardRule> = {}): AwardRule => ({
  award,
  count: null,
  maxSharePercent: null,
  minScore: null,
  minClassification: null,
  minVoteSharePercent: null,
  ...conditions,
});
const withoutPlace = (rules: AwardRule[]): AwardRule[] =>
  rules.map(({ sheet: _s, row: _r, ...rest }) => rest);

describe("readSettings: the award-rules table", () => {
  it("keeps the default rules when there is no rules table", () => {
    const result = readSettings(workbook(sheet("Cấu hình", [["Năm", 2024]])), { year: 2024 });
    expect(result.settings.awardRules).toEqual(DEFAULT_AWARD_RULES);
  });

  it("replaces the default rules with the table's, in table order, with their sheet and row", () => {
    const result = read([
      HEADER,
      ["Bằng khen của Chủ tịch UBND tỉnh", 3, 30, 85, "Hoàn thành xuất sắc nhiệm vụ", 60],
      ["Cờ thi đua của Chính phủ", 1, "", 95, "HTXSNV", 90],
      ["Giấy khen", 4, "", "", "Hoàn thành tốt nhiệm vụ", ""],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings.awardRules).toEqual([
      {
        ...rule("Bằng khen của Chủ tịch UBND tỉnh", { count: 3, maxSharePercent: 30, minScore: 85 }),
        minClassification: "excellent",
        minVoteSharePercent: 60,
        sheet: "Cấu hình",
        row: 4,
      },
      {
        ...rule("Cờ thi đua của Chính phủ", {
          count: 1,
          minScore: 95,
          minClassification: "excellent",
          minVoteSharePercent: 90,
        }),
        sheet: "Cấu hình",
        row: 5,
      },
      { ...rule("Giấy khen", { count: 4, minClassification: "good" }), sheet: "Cấu hình", row: 6 },
    ]);
  });

  it("reads English headers and synonyms, and takes missing columns and blank cells as no condition", () => {
    const result = read([
      ["danh hieu", "SO LUONG TOI DA", "Tỷ lệ phiếu (%)"],
      ["Cờ thi đua", 2, ""],
      ["Bằng khen", "", 50],
    ]);
    expect(result.issues).toEqual([]);
    expect(withoutPlace(result.settings.awardRules)).toEqual([
      rule("Cờ thi đua", { count: 2 }),
      rule("Bằng khen", { minVoteSharePercent: 50 }),
    ]);
    const english = read([
      ["Award", "Min classification", "Min score", "Count"],
      ["Flag", "Good", 80, 1],
    ]);
    expect(english.issues).toEqual([]);
    expect(withoutPlace(english.settings.awardRules)).toEqual([
      rule("Flag", { minClassification: "good", minScore: 80, count: 1 }),
    ]);
  });

  it.each([
    [0.7, 70, []],
    [70, 70, []],
    ["70%", 70, ["number-as-text@B5"]],
    ["70 %", 70, ["number-as-text@B5"]],
    ["0,7", 70, ["number-as-text@B5"]],
    [1, 100, []],
    [1.5, 1.5, []],
    [0.125, 12.5, []],
    [0, 0, []],
    [100, 100, []],
    ["0.5%", 0.5, ["number-as-text@B5"]],
  ])("reads the percentage %p as %d", (cell, percent, issues) => {
    const result = read([
      ["Hình thức", "Tỷ lệ phiếu tối thiểu (%)"],
      ["Cờ", cell],
    ]);
    expect(found(result.issues)).toEqual(issues);
    expect(result.settings.awardRules[0]?.minVoteSharePercent).toBe(percent);
  });

  it.each([
    ["Hoàn thành xuất sắc nhiệm vụ", "excellent"],
    ["Xuất sắc", "excellent"],
    ["HTXSNV", "excellent"],
    ["Excellent", "excellent"],
    ["hoan thanh tot nhiem vu", "good"],
    ["HTTNV", "good"],
    ["Good", "good"],
    ["Hoàn thành nhiệm vụ", "completed"],
    ["HTNV", "completed"],
    ["Completed", "completed"],
    ["Không hoàn thành nhiệm vụ", "notCompleted"],
    ["KHTNV", "notCompleted"],
    ["Not completed", "notCompleted"],
  ])("reads the classification %s", (cell, classification) => {
    const result = read([
      ["Hình thức", "Xếp loại tối thiểu"],
      ["Cờ", cell],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings.awardRules[0]?.minClassification).toBe(classification);
  });

  it("reports Số lượng = hai at its cell, and keeps the rule without that condition", () => {
    const result = read([HEADER, ["Cờ thi đua của UBND tỉnh", "hai", "", "", "", 70]]);
    expect(found(result.issues)).toEqual(["settings-rule-invalid@B5"]);
    expect(result.issues[0]).toMatchObject({ severity: "error", sheet: "Cấu hình", value: "hai" });
    expect(withoutPlace(result.settings.awardRules)).toEqual([
      rule("Cờ thi đua của UBND tỉnh", { minVoteSharePercent: 70 }),
    ]);
  });

  it.each([
    [["Cờ", 1.5, "", "", "", ""], "B5"],
    [["Cờ", -1, "", "", "", ""], "B5"],
    [["Cờ", "", 120, "", "", ""], "C5"],
    [["Cờ", "", "-5%", "", "", ""], "C5"],
    [["Cờ", "", "", "tám mươi", "", ""], "D5"],
    [["Cờ", "", "", -3, "", ""], "D5"],
    [["Cờ", "", "", "", "Khá", ""], "E5"],
    [["Cờ", "", "", "", 1, ""], "E5"],
    [["Cờ", "", "", "", "", "101%"], "F5"],
    [["Cờ", "", "", "", "", true], "F5"],
    [["", 2, "", "", "", 70], "A5"],
  ])("reports %p as settings-rule-invalid at %s", (row, cell) => {
    const result = read([HEADER, row]);
    expect(found(result.issues)).toEqual([`settings-rule-invalid@${cell}`]);
  });

  it("skips a row without an award name but reads the rows around it", () => {
    const result = read([
      HEADER,
      ["Cờ", 1, "", "", "", ""],
      ["", 2, "", "", "", ""],
      ["Bằng khen", 2, "", "", "", ""],
    ]);
    expect(found(result.issues)).toEqual(["settings-rule-invalid@A6"]);
    expect(result.settings.awardRules.map((r) => r.award)).toEqual(["Cờ", "Bằng khen"]);
  });

  it("ends the table at the first blank row", () => {
    const result = read([
      HEADER,
      ["Cờ", 1, "", "", "", ""],
      ["", "", "", "", "", ""],
      ["Ghi chú: theo Quy chế 2024", "", "", "", "", ""],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings.awardRules.map((r) => r.award)).toEqual(["Cờ"]);
  });

  it("warns when the table has no rows, and proposes no award", () => {
    const result = read([HEADER]);
    expect(found(result.issues)).toEqual(["settings-rules-empty@A4"]);
    expect(result.issues[0]?.severity).toBe("warning");
    expect(result.settings.awardRules).toEqual([]);
  });

  it("does not take a caption above the table for an unknown key", () => {
    const values = grid({
      A1: [
        ["Tham số", "Giá trị"],
        ["Năm", 2024],
      ],
      A4: "QUY TẮC KHEN THƯỞNG",
      A5: [HEADER, ["Cờ", 1, "", "", "", ""]],
    });
    const result = readSettings(workbook(sheet("Cấu hình", values)), { year: 2024 });
    expect(result.issues).toEqual([]);
    expect(result.settings.awardRules).toHaveLength(1);
  });
});
