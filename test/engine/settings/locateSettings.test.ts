import { locateSettings } from "../../../src/engine/settings/locateSettings";
import { readSettings } from "../../../src/engine/settings/readSettings";
import { SETTING_KEYS, type SettingKey } from "../../../src/engine/settings/settingKeys";
import { defaultSettings } from "../../../src/engine/settings/settings";
import { settingsSheetValues } from "../../../src/engine/settings/settingsSheetValues";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

const RULES_HEADER = ["Hình thức", "Số lượng", "Tỷ lệ tối đa (%)"];
const RULE = ["Cờ thi đua của UBND tỉnh", 1, ""];

function locate(spec: Record<string, CellValue | CellValue[][]>, name = "Cấu hình") {
  const found = locateSettings(workbook(sheet("Tiêu chí", grid({ A1: "STT" })), sheet(name, grid(spec))));
  if (!found) throw new Error("no settings sheet located");
  return found;
}

// Only the keys that have a value cell, as key → cell.
const cells = (location: ReturnType<typeof locate>): Partial<Record<SettingKey, string>> =>
  Object.fromEntries(
    Object.entries(location.values).flatMap(([key, at]) => (at ? [[key, at.cell]] : [])),
  ) as Partial<Record<SettingKey, string>>;

describe("locateSettings", () => {
  it("finds no sheet in a workbook without one", () => {
    expect(locateSettings(workbook(sheet("Tiêu chí", grid({ A1: "STT" }))))).toBeNull();
  });

  it("places every key of a written settings sheet, in either language, and its rules table", () => {
    for (const lang of ["vi", "en"] as const) {
      const values = settingsSheetValues(defaultSettings(2024), lang);
      const location = locateSettings(workbook(sheet(lang === "vi" ? "Cấu hình" : "Settings", values)));
      expect(location?.lang).toBe(lang);
      // Header in row 1, the keys in rows 2–13 in SETTING_KEYS order, a blank row, the rules header in row 15.
      expect(cells(location!)).toEqual(Object.fromEntries(SETTING_KEYS.map((key, i) => [key, `B${i + 2}`])));
      expect(location?.values.scale?.value).toBe(100);
      const n = SETTING_KEYS.length;
      expect(location?.rulesCell).toBe(`A${n + 3}`);
      expect(location?.append).toEqual({ row: n + 1, keyCol: 0, valueCol: 1, rows: 1 });
    }
  });

  it("follows keys typed in English, in any order, in other columns than A and B", () => {
    const location = locate({
      C3: [
        ["Key", "Value"],
        ["Decimals", 1],
        ["Year", 2023],
        ["Bloc name", "Khối X"],
      ],
    });
    expect(cells(location)).toEqual({ decimals: "D4", year: "D5", blocName: "D6" });
    expect(location.values.year?.value).toBe(2023);
    expect(location.lang).toBe("en");
    expect(location.rulesCell).toBeNull();
    // Nothing below the keys: as many rows as needed, right under the last one.
    expect(location.append).toEqual({ row: 6, keyCol: 2, valueCol: 3, rows: null });
  });

  it("follows keys without a header, below a title, with a blank row among them", () => {
    const location = locate({ A1: "Cấu hình khối", A3: [["Năm", 2024], [], ["Thang điểm", 200]] });
    expect(cells(location)).toEqual({ year: "B3", scale: "B5" });
    expect(location.append).toMatchObject({ row: 5, keyCol: 0, valueCol: 1 });
  });

  it("gives the row the reader uses for a repeated key: the lowest", () => {
    const rows = [
      ["Thang điểm", 100],
      ["Năm", 2024],
      ["Thang Diem", 200],
    ];
    const location = locate({ A1: rows });
    expect(location.values.scale).toEqual({ cell: "B3", value: 200 });
    const read = readSettings(workbook(sheet("Cấu hình", grid({ A1: rows }))), { year: 2024 });
    expect(read.settings.scale).toBe(200);
  });

  it("counts the free rows between the keys and the rules table, and never reaches into it", () => {
    const location = locate({
      A1: [
        ["Tên khối", "K"],
        ["Năm", 2024],
      ],
      A6: [RULES_HEADER, RULE],
    });
    expect(cells(location)).toEqual({ blocName: "B1", year: "B2" });
    expect(location.append).toEqual({ row: 2, keyCol: 0, valueCol: 1, rows: 3 });
    expect(location.rulesCell).toBe("A6");
  });

  it("has no free row when the rules table or a caption sits right under the keys", () => {
    expect(locate({ A1: [["Năm", 2024], RULES_HEADER, RULE] }).append.rows).toBe(0);
    // A caption would turn into an unknown key if rows were added below it: none are.
    const captioned = locate({ A1: [["Năm", 2024], ["Quy tắc khen thưởng"], [], [], RULES_HEADER, RULE] });
    expect(captioned.append).toMatchObject({ row: 1, rows: 0 });
  });

  it("places the rules table by its leftmost column", () => {
    const location = locate({ A1: [["Năm", 2024]], B4: [RULES_HEADER, RULE] });
    expect(location.rulesCell).toBe("B4");
  });

  it("offers the rows under a title for a sheet with no key yet", () => {
    expect(locate({ A1: "Cấu hình", A4: [RULES_HEADER, RULE] }).append).toEqual({
      row: 1,
      keyCol: 0,
      valueCol: 1,
      rows: 2,
    });
    expect(locate({}).append).toEqual({ row: 0, keyCol: 0, valueCol: 1, rows: null });
    expect(locate({ A1: [["Tham số", "Giá trị"]] }).append).toEqual({
      row: 1,
      keyCol: 0,
      valueCol: 1,
      rows: null,
    });
  });

  it("judges the sheet's language by most of its labels, and gives none on a tie", () => {
    expect(
      locate({
        A1: [
          ["Year", 2024],
          ["Scale", 100],
        ],
      }).lang,
    ).toBe("en");
    expect(locate({ A1: [["Year", 2024]] }).lang).toBeNull();
    expect(locate({ A1: [["Year", 2024]] }, "Settings").lang).toBe("en");
    // Synonyms say nothing about the language they are in.
    expect(locate({ A1: [["Năm thi đua", 2024]] }, "Settings").lang).toBe("en");
  });
});
