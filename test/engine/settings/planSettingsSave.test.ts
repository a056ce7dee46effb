import { planSettingsSave } from "../../../src/engine/settings/planSettingsSave";
import { defaultSettings } from "../../../src/engine/settings/settings";
import type { CellValue, WorkbookInput } from "../../../src/engine/workbook";
import { SAMPLES } from "../../../src/samples";
import { grid, sheet, workbook } from "../../helpers/grid";

const YEAR = 2024;
// The associations sample: keys in rows 2–5 under a header, one blank row, the rules table from row 7.
const associations = (): WorkbookInput => SAMPLES[1]!.build(YEAR);
const plan = (book: WorkbookInput, changes: Record<string, string>, lang: "vi" | "en" = "vi") =>
  planSettingsSave(book, changes, { lang, year: YEAR, sheetNames: book.sheets.map((s) => s.name) });
const criteriaOnly = (): WorkbookInput => workbook(sheet("Tiêu chí", grid({ A1: "STT" })));

describe("planSettingsSave on a workbook with a settings sheet", () => {
  it("writes only the changed value cells, in the sheet's words", () => {
    expect(plan(associations(), { scale: "200", scoreSource: "self" }, "en")).toEqual({
      kind: "write",
      sheet: "Cấu hình",
      cells: [
        { cell: "B4", value: 200 },
        { cell: "B5", value: "tự chấm" },
      ],
    });
  });

  it("adds a missing key in the free row under the last key, in the sheet's language", () => {
    expect(plan(associations(), { missingScore: "zero" }, "en")).toEqual({
      kind: "write",
      sheet: "Cấu hình",
      cells: [
        { cell: "A6", value: "Thiếu điểm" },
        { cell: "B6", value: "tính 0" },
      ],
    });
  });

  it("adds a cluster's key under the name a cluster gives it, and Loại in its words", () => {
    const cluster = workbook(sheet("Cấu hình", [["Tên cụm", "Cụm thi đua số 3"]]));
    expect(plan(cluster, { nextLeader: "top", kind: "cluster" })).toEqual({
      kind: "write",
      sheet: "Cấu hình",
      cells: [
        { cell: "A2", value: "Cụm trưởng năm sau" },
        { cell: "B2", value: "hạng cao nhất" },
        { cell: "A3", value: "Loại" },
        { cell: "B3", value: "cụm" },
      ],
    });
  });

  it("does not add a row to clear a key the sheet does not have", () => {
    expect(plan(associations(), { decimals: " " })).toEqual({ kind: "write", sheet: "Cấu hình", cells: [] });
  });

  it("writes nothing when missing keys do not fit above the rules table", () => {
    expect(plan(associations(), { missingScore: "zero", decimals: "1" })).toEqual({
      kind: "no-room",
      sheet: "Cấu hình",
      cell: "A7",
      needed: 2,
      free: 1,
    });
  });

  it("writes nothing when any change is invalid, and places each issue", () => {
    const result = plan(associations(), { scale: "abc", year: "2025", missingScore: "sometimes" });
    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(Object.keys(result.issues).sort()).toEqual(["missingScore", "scale"]);
    expect(result.issues.scale).toMatchObject({
      code: "settings-value-invalid",
      sheet: "Cấu hình",
      cell: "B4",
    });
    expect(result.issues.missingScore).toMatchObject({ sheet: "Cấu hình", cell: "" });
  });

  it("checks thresholds on the sheet against a new scale", () => {
    const rows: CellValue[][] = [
      ["Key", "Value"],
      ["Scale", 100],
      ["Classification", "90; 70; 50"],
    ];
    const book = workbook(sheet("Settings", rows));
    const result = plan(book, { scale: "80" });
    expect(result.kind === "invalid" && result.issues.classificationThresholds?.code).toBe(
      "settings-thresholds-order",
    );
    expect(plan(book, { scale: "80", classificationThresholds: "72; 56; 40" })).toEqual({
      kind: "write",
      sheet: "Settings",
      cells: [
        { cell: "B2", value: 80 },
        { cell: "B3", value: "72; 56; 40" },
      ],
    });
  });
});

describe("planSettingsSave on a workbook without one", () => {
  it("creates Cấu hình holding the changes over the defaults", () => {
    const result = plan(criteriaOnly(), { scale: "1000", nextLeader: "top" });
    expect(result).toEqual({
      kind: "create",
      sheet: "Cấu hình",
      lang: "vi",
      // Thresholds left alone follow the new scale, as the reader's defaults do.
      settings: {
        ...defaultSettings(YEAR),
        scale: 1000,
        nextLeader: "top",
        classificationThresholds: [900, 800, 700],
      },
    });
  });

  it("names it in the secretary's language, else by the other settings name, never over another sheet", () => {
    expect(plan(criteriaOnly(), {}, "en")).toMatchObject({ kind: "create", sheet: "Settings", lang: "en" });
    const taken = (names: string[]) =>
      planSettingsSave(criteriaOnly(), {}, { lang: "vi", year: YEAR, sheetNames: ["Tiêu chí", ...names] });
    expect(taken(["CẤU HÌNH"])).toMatchObject({ kind: "create", sheet: "Settings", lang: "vi" });
    expect(taken(["Cấu hình", "settings"])).toEqual({ kind: "name-taken", sheet: "Cấu hình" });
  });
});
