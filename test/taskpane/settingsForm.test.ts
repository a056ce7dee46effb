import { readLocatedSettings } from "../../src/engine/settings/checkSettingChanges";
import { DEFAULT_AWARD_RULES } from "../../src/engine/settings/settings";
import type { CellValue } from "../../src/engine/workbook";
import type { SaveSettingsResult } from "../../src/excel/settingsSheet";
import { awardRuleTable } from "../../src/taskpane/model/awardRuleTable";
import { saveFeedback } from "../../src/taskpane/model/saveFeedback";
import {
  fieldIssues,
  initialValues,
  otherSheetIssues,
  settingChanges,
  settingFields,
  type SettingField,
} from "../../src/taskpane/model/settingsForm";
import { sheet, workbook } from "../helpers/grid";

const YEAR = 2024;
const readRows = (rows: CellValue[][] | null) =>
  readLocatedSettings(workbook(...(rows ? [sheet("Cấu hình", rows)] : [])), YEAR);
const byKey = (fields: SettingField[]) => Object.fromEntries(fields.map((f) => [f.key, f]));

describe("settingFields", () => {
  it("edits Trưởng khối năm sau as text, so a unit's name can be typed, and lists the document keys", () => {
    const fields = byKey(settingFields(readRows([["Trưởng khối năm sau", "Sở Tư pháp"]]), "vi"));
    expect(fields.nextLeader).toMatchObject({ kind: "text", initial: "Sở Tư pháp" });
    expect(byKey(settingFields(readRows(null), "en")).nextLeader).toMatchObject({
      kind: "text",
      initial: "rotation",
    });
    for (const key of ["groupFloors", "place", "meetingDate", "signers", "documentNumber"])
      expect(fields[key]).toMatchObject({ kind: "text", initial: "" });
  });

  it("starts each field with what the sheet says, else the value in force, in the pane's words", () => {
    const read = readRows([
      ["Thang điểm", 200],
      ["Ngưỡng chênh lệch", 2.5],
      ["Nguồn điểm", "self"],
      ["Tiêu chí phụ", "phiếu;nhóm II"],
    ]);
    const fields = byKey(settingFields(read, "vi"));
    expect(fields.scale).toMatchObject({ kind: "number", label: "Thang điểm", initial: "200" });
    expect(fields.reviewGap?.initial).toBe("2,5");
    expect(fields.scoreSource).toMatchObject({ kind: "choice", initial: "tự chấm" });
    // As typed on the sheet, not rewritten.
    expect(fields.tieBreaks).toMatchObject({ kind: "text", initial: "phiếu;nhóm II" });
    // Keys the sheet lacks: the defaults, thresholds scaled to the sheet's 200 points.
    expect(fields.year?.initial).toBe(String(YEAR));
    expect(fields.classificationThresholds?.initial).toBe("180; 160; 140");
    expect(fields.blocName?.initial).toBe("");
  });

  it("labels fields and choices in English for an English pane", () => {
    const fields = byKey(settingFields(readRows(null), "en"));
    expect(fields.missingScore?.label).toBe("Missing score");
    expect(fields.missingScore?.options.map((o) => o.value)).toEqual(["error", "zero"]);
    expect(fields.missingScore?.initial).toBe("error");
    expect(fields.lang?.options.map((o) => o.value)).toEqual(["vi", "en"]);
    expect(fields.lang?.hint).toContain("vi");
  });

  it("keeps a word the reader could not use as an extra choice, so that a valid one is a change", () => {
    const read = readRows([["Thiếu điểm", "bỏ qua"]]);
    const field = byKey(settingFields(read, "vi")).missingScore!;
    expect(field.initial).toBe("bỏ qua");
    expect(field.options.map((o) => o.value)).toEqual(["bỏ qua", "lỗi", "tính 0"]);
  });
});

describe("settingFields of a cluster (DESIGN §2.3)", () => {
  it("offers Loại as a choice, starting from the kind the name implies, and names the keys as a cluster does", () => {
    const fields = byKey(settingFields(readRows([["Tên cụm", "Cụm thi đua số 3"]]), "vi"));
    expect(fields.kind).toMatchObject({ kind: "choice", label: "Loại", initial: "cụm" });
    expect(fields.kind?.options.map((o) => o.value)).toEqual(["khối", "cụm"]);
    expect(fields.blocName).toMatchObject({ label: "Tên cụm", initial: "Cụm thi đua số 3" });
    expect(fields.nextLeader?.label).toBe("Cụm trưởng năm sau");
    expect(fields.nextLeader?.hint).toContain("cụm trưởng");
  });

  it("keeps a bloc's names for a bloc, and Loại: khối overrides a Cụm name", () => {
    const fields = byKey(
      settingFields(
        readRows([
          ["Tên khối", "Cụm thi đua số 3"],
          ["Loại", "khối"],
        ]),
        "vi",
      ),
    );
    expect(fields.kind?.initial).toBe("khối");
    expect(fields.blocName?.label).toBe("Tên khối");
    expect(fields.nextLeader?.label).toBe("Trưởng khối năm sau");
  });

  it("shows an unreadable Loại as typed, with its issue at its cell", () => {
    const read = readRows([
      ["Tên khối", "Cụm thi đua số 3"],
      ["Loại", "tổ"],
    ]);
    const field = byKey(settingFields(read, "vi")).kind!;
    expect(field.initial).toBe("tổ");
    expect(fieldIssues(read, {}, "vi", "all").kind).toMatchObject({
      code: "settings-value-invalid",
      cell: "B2",
    });
  });
});

describe("settingChanges", () => {
  const fields = settingFields(readRows([["Thang điểm", 100]]), "vi");

  it("is empty until a field differs from its start, spaces aside", () => {
    const values = initialValues(fields);
    expect(settingChanges(fields, values)).toEqual({});
    expect(settingChanges(fields, { ...values, scale: " 100 " })).toEqual({});
    expect(settingChanges(fields, { ...values, scale: "200", missingScore: "tính 0" })).toEqual({
      scale: "200",
      missingScore: "tính 0",
    });
  });
});

describe("fieldIssues", () => {
  const read = readRows([
    ["Thang điểm", "abc"],
    ["Xếp loại", "90; 70; 50"],
    ["Khóa lạ", 1],
  ]);

  it("shows the reader's issue in an unchanged field, and nothing for a changed one not yet left", () => {
    expect(fieldIssues(read, {}, "vi", new Set())).toEqual({
      scale: expect.objectContaining({ code: "settings-value-invalid", cell: "B1" }),
    });
    expect(fieldIssues(read, { scale: "x" }, "vi", new Set())).toEqual({});
  });

  it("shows a changed field's issue once it is left, and every issue once a save was tried", () => {
    const changes = { scale: "x", decimals: "9" };
    expect(Object.keys(fieldIssues(read, changes, "vi", new Set(["decimals"])))).toEqual(["decimals"]);
    const all = fieldIssues(read, { scale: "50" }, "vi", "all");
    expect(all.classificationThresholds).toMatchObject({ code: "settings-thresholds-order", cell: "B2" });
  });

  it("leaves the issues of no field to a list of their own", () => {
    expect(otherSheetIssues(read).map((i) => `${i.code}@${i.cell}`)).toEqual(["settings-key-unknown@A3"]);
  });
});

describe("awardRuleTable", () => {
  it("shows the default rules with the sheet's headers, blank for no condition", () => {
    const table = awardRuleTable(DEFAULT_AWARD_RULES, "vi");
    expect(table.headers[0]).toBe("Hình thức");
    expect(table.rows[1]).toEqual([
      "Bằng khen của Chủ tịch UBND tỉnh",
      "2",
      "",
      "",
      "Hoàn thành xuất sắc nhiệm vụ",
      "70",
    ]);
    const rule = { ...DEFAULT_AWARD_RULES[0]!, minScore: 92.5 };
    expect(awardRuleTable([rule], "en").rows[0]?.slice(3, 5)).toEqual(["92.5", "Excellent"]);
  });
});

describe("saveFeedback", () => {
  it("names the keys written, a created sheet, or what stopped the save", () => {
    const saved: SaveSettingsResult = { status: "saved", sheet: "Cấu hình", created: false, cells: ["B4"] };
    const changes = { missingScore: "zero", scale: "200" };
    expect(saveFeedback(saved, changes, "en")).toEqual({
      intent: "success",
      text: expect.stringMatching(/Cấu hình.*Scale, Missing score/),
    });
    expect(saveFeedback({ ...saved, created: true, cells: [] }, {}, "vi").intent).toBe("success");
    const noRoom = { status: "no-room", sheet: "Cấu hình", cell: "A7", needed: 2, free: 1 } as const;
    expect(saveFeedback(noRoom, {}, "vi")).toEqual({
      intent: "warning",
      text: expect.stringContaining("A7"),
    });
    expect(saveFeedback({ status: "invalid", issues: {} }, {}, "vi").intent).toBe("error");
  });
});
