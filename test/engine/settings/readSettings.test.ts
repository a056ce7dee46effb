import type { Issue } from "../../../src/engine/issues";
import { readSettings } from "../../../src/engine/settings/readSettings";
import { defaultSettings, type Settings } from "../../../src/engine/settings/settings";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

function read(rows: CellValue[][], name = "Cấu hình") {
  return readSettings(workbook(sheet("Tiêu chí", grid({ A1: "STT" })), sheet(name, grid({ A1: rows }))), {
    year: 2024,
  });
}
const found = (issues: Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);
const value = <K extends keyof Settings>(key: string, cell: CellValue, field: K): Settings[K] => {
  const result = read([[key, cell]]);
  expect(result.issues).toEqual([]);
  return result.settings[field];
};

describe("readSettings: the key-value rows", () => {
  it("gives the defaults, and no sheet, for a workbook without a settings sheet", () => {
    const result = readSettings(workbook(sheet("Tiêu chí", grid({ A1: "STT" }))), { year: 2031 });
    expect(result).toEqual({ settings: defaultSettings(2031), sheet: null, issues: [] });
    expect(result.settings.year).toBe(2031);
  });

  it("gives the defaults for an empty settings sheet, and names the sheet", () => {
    const result = readSettings(workbook(sheet("  CẤU HÌNH ", [])), { year: 2024 });
    expect(result).toEqual({ settings: defaultSettings(2024), sheet: "  CẤU HÌNH ", issues: [] });
  });

  const every: Omit<Settings, "awardRules"> = {
    blocName: "Khối các cơ quan Đảng tỉnh",
    year: 2023,
    scale: 200,
    scoreSource: "self",
    crossScoreMethod: "median",
    decimals: 1,
    missingScore: "zero",
    reviewGap: 2.5,
    classificationThresholds: [180, 150.5, 100],
    tieBreaks: [{ kind: "votes" }, { kind: "group", group: "II" }],
    nextLeader: "top",
    lang: "en",
    // Set against a name that says khối: `Loại` wins over the name.
    kind: "cluster",
    groupFloors: [85, 80, 70],
    place: "Quảng Trị",
    meetingDate: { day: 15, month: 12, year: 2024 },
    signers: [
      { title: "Trưởng khối", name: "Nguyễn Văn A" },
      { title: "Thư ký", name: "Trần Thị B" },
    ],
    documentNumber: "01/TTr-KTĐ",
    recipients: ["Như trên", "Sở Nội vụ", "Lưu: VT, KTĐ"],
    addressee: "Chủ tịch UBND tỉnh Quảng Trị",
    legalBasis: ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Quy chế hoạt động của Khối"],
  };

  it("reads every key in Vietnamese, under a `Tham số | Giá trị` header", () => {
    const result = read([
      ["Tham số", "Giá trị"],
      ["Tên khối", "Khối các cơ quan Đảng tỉnh"],
      ["Năm", 2023],
      ["Thang điểm", 200],
      ["Nguồn điểm", "tự chấm"],
      ["Tổng hợp chấm chéo", "trung vị"],
      ["Số chữ số thập phân", 1],
      ["Thiếu điểm", "tính 0"],
      ["Ngưỡng chênh lệch", 2.5],
      ["Xếp loại", "180; 150,5; 100"],
      ["Tiêu chí phụ", "phiếu; nhóm II"],
      ["Trưởng khối năm sau", "hạng cao nhất"],
      ["Ngôn ngữ", "Tiếng Anh"],
      ["Loại", "Cụm"],
      ["Ngưỡng từng nhóm", "85; 80; 70"],
      ["Địa danh", "Quảng Trị"],
      ["Ngày họp", "15/12/2024"],
      ["Người ký", "Trưởng khối: Nguyễn Văn A; Thư ký: Trần Thị B"],
      ["Số văn bản", "01/TTr-KTĐ"],
      ["Nơi nhận", "- Như trên;\n- Sở Nội vụ;\n- Lưu: VT, KTĐ."],
      ["Kính gửi", "Chủ tịch UBND tỉnh Quảng Trị"],
      ["Căn cứ", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15; Quy chế hoạt động của Khối;"],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.sheet).toBe("Cấu hình");
    expect(result.settings).toEqual({ ...every, awardRules: defaultSettings(2024).awardRules });
  });

  it("reads every key in English, in any case, without diacritics, with extra spaces", () => {
    const result = read(
      [
        ["  bloc   NAME ", "Khối các cơ quan Đảng tỉnh"],
        ["YEAR", 2023],
        ["scale:", 200],
        ["Score  source", "SELF"],
        ["cross score METHOD", " Median "],
        ["decimals", 1],
        ["Missing score", "Zero"],
        ["review gap", 2.5],
        ["classification", "180 | 150.5 | 100"],
        ["Tie breaks", "VOTE SHARE; Group ii"],
        ["next leader", "TOP"],
        ["language", "english"],
        ["KIND", "cluster"],
        ["group FLOORS", "85 | 80 | 70"],
        ["place", "Quảng Trị"],
        // A date cell: Excel's serial number for 15 December 2024.
        ["Meeting date", 45641],
        ["signers", "Trưởng khối: Nguyễn Văn A\nThư ký:  Trần Thị B "],
        ["document number", "01/TTr-KTĐ"],
        ["RECIPIENTS", "Như trên; Sở Nội vụ; Lưu: VT, KTĐ"],
        ["addressee", " Chủ tịch UBND tỉnh Quảng Trị "],
        ["legal basis", "Luật Thi đua, khen thưởng số 06/2022/QH15\nQuy chế hoạt động của Khối"],
      ],
      "settings",
    );
    expect(result.issues).toEqual([]);
    expect(result.settings).toMatchObject(every);
  });

  it("reads Vietnamese keys typed without diacritics", () => {
    const result = read([
      ["TEN KHOI", "Khối A"],
      ["thang diem", 10],
      ["so chu so thap phan", 0],
      ["Xep loai", "9/7/5"],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings).toMatchObject({ blocName: "Khối A", scale: 10, decimals: 0 });
    expect(result.settings.classificationThresholds).toEqual([9, 7, 5]);
  });

  it.each([
    ["Nguồn điểm", "khối chấm nếu có", "scoreSource", "blocIfPresent"],
    ["Score source", "bloc if present", "scoreSource", "blocIfPresent"],
    ["Nguồn điểm", "Tự chấm", "scoreSource", "self"],
    ["Score source", "self", "scoreSource", "self"],
    ["Nguồn điểm", "KHỐI CHẤM", "scoreSource", "bloc"],
    ["Score source", "Bloc", "scoreSource", "bloc"],
    ["Tổng hợp chấm chéo", "trung bình", "crossScoreMethod", "mean"],
    ["Cross-score method", "mean", "crossScoreMethod", "mean"],
    ["Tổng hợp chấm chéo", "bỏ cao nhất và thấp nhất", "crossScoreMethod", "trimmed"],
    ["Tổng hợp chấm chéo", "trung bình cắt", "crossScoreMethod", "trimmed"],
    ["Cross-score method", "Trimmed", "crossScoreMethod", "trimmed"],
    ["Tổng hợp chấm chéo", "trung vị", "crossScoreMethod", "median"],
    ["Cross-score method", "median", "crossScoreMethod", "median"],
    ["Thiếu điểm", "lỗi", "missingScore", "error"],
    ["Missing score", "error", "missingScore", "error"],
    ["Thiếu điểm", "tính 0", "missingScore", "zero"],
    ["Missing score", "zero", "missingScore", "zero"],
    ["Trưởng khối năm sau", "luân phiên", "nextLeader", "rotation"],
    ["Next leader", "rotation", "nextLeader", "rotation"],
    ["Trưởng khối năm sau", "hạng cao nhất", "nextLeader", "top"],
    ["Next leader", "top", "nextLeader", "top"],
    ["Ngôn ngữ", "en", "lang", "en"],
    ["Language", "English", "lang", "en"],
    ["Ngôn ngữ", "Tiếng Việt", "lang", "vi"],
    ["Language", "VI", "lang", "vi"],
    ["Loại", "khối", "kind", "bloc"],
    ["Loại", "cụm thi đua", "kind", "cluster"],
    ["Kind", "Bloc", "kind", "bloc"],
    ["Kind", "CLUSTER", "kind", "cluster"],
  ] as const)("%s = %s is %s %s", (key, cell, field, expected) => {
    // A value that is not recognised is reported, so a default cannot pass for a read value.
    expect(value(key, cell, field)).toBe(expected);
  });

  it.each([
    [
      "nhóm I; điểm trừ; điểm thưởng; phiếu",
      [{ kind: "group", group: "I" }, { kind: "penalty" }, { kind: "bonus" }, { kind: "votes" }],
    ],
    [
      "group III; deductions; bonus; votes",
      [{ kind: "group", group: "III" }, { kind: "penalty" }, { kind: "bonus" }, { kind: "votes" }],
    ],
    [
      "Điểm cộng; tỷ lệ phiếu; Nhóm ii",
      [{ kind: "bonus" }, { kind: "votes" }, { kind: "group", group: "II" }],
    ],
    ["vote share | deductions", [{ kind: "votes" }, { kind: "penalty" }]],
    ["không", []],
    ["none", []],
  ])("reads tie-breaks %s", (cell, expected) => {
    expect(value("Tiêu chí phụ", cell, "tieBreaks")).toEqual(expected);
  });

  it.each([
    ["90; 70; 50", [90, 70, 50]],
    ["92,5; 70; 50", [92.5, 70, 50]],
    ["90 / 70 / 50", [90, 70, 50]],
    ["90 | 70,25 | 50", [90, 70.25, 50]],
    ["90, 70, 50", [90, 70, 50]],
    ["100; 99.5; 0", [100, 99.5, 0]],
  ])("reads thresholds %s", (cell, expected) => {
    expect(value("Xếp loại", cell, "classificationThresholds")).toEqual(expected);
  });

  it("gives a blank value its default, without an issue", () => {
    const result = read([
      ["Tên khối", "Khối X"],
      ["Thang điểm", ""],
      ["Nguồn điểm", "   "],
      ["Xếp loại", ""],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings).toEqual({ ...defaultSettings(2024), blocName: "Khối X" });
  });

  it("scales the default thresholds with the scale when none are given", () => {
    expect(read([["Thang điểm", 1000]]).settings.classificationThresholds).toEqual([900, 800, 700]);
    expect(read([["Scale", 10]]).settings.classificationThresholds).toEqual([9, 8, 7]);
  });

  it("reports an unknown key at its cell as a warning, and still reads the others", () => {
    const result = read([
      ["Tham số", "Giá trị"],
      ["Tên khối", "Khối X"],
      ["Số đơn vị", 9],
      ["Năm", 2022],
    ]);
    expect(found(result.issues)).toEqual(["settings-key-unknown@A3"]);
    expect(result.issues[0]).toMatchObject({ severity: "warning", sheet: "Cấu hình", value: "Số đơn vị" });
    expect(result.settings).toMatchObject({ blocName: "Khối X", year: 2022 });
  });

  it("reports an unknown key without a value between known keys", () => {
    const result = read([
      ["Tên khối", "Khối X"],
      ["Thang diem tong", ""],
      ["Năm", 2022],
    ]);
    expect(found(result.issues)).toEqual(["settings-key-unknown@A2"]);
  });

  it("reads a sheet with title rows above the key-value rows", () => {
    const result = read([
      ["CẤU HÌNH CHẤM ĐIỂM THI ĐUA", "", ""],
      ["(Các tham số dùng khi xếp hạng)", "", ""],
      ["", "", ""],
      ["Tên khối", "Khối X", ""],
      ["Năm", 2022, ""],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings).toMatchObject({ blocName: "Khối X", year: 2022 });
  });

  it("reads a title row above the header, and keys in another column", () => {
    const values = grid({
      A1: "Cấu hình khối thi đua số 3",
      A3: [
        ["STT", "Tham số", "Giá trị", "Ghi chú"],
        [1, "Năm", 2022, "năm đánh giá"],
        [2, "Thang điểm", 50, ""],
        [3, "Hạng mục lạ", "x", ""],
      ],
    });
    const result = readSettings(workbook(sheet("Settings", values)), { year: 2024 });
    expect(result.settings).toMatchObject({ year: 2022, scale: 50 });
    expect(found(result.issues)).toEqual(["settings-key-unknown@B6"]);
  });

  it("finds keys without a header in a column other than A", () => {
    const values = grid({
      B2: [
        ["Năm", 2021],
        ["Scale", 40],
      ],
    });
    const result = readSettings(workbook(sheet("Settings", values)), { year: 2024 });
    expect(result.issues).toEqual([]);
    expect(result.settings).toMatchObject({ year: 2021, scale: 40 });
  });

  it("reports a duplicate key at the later row, and the later row wins", () => {
    const result = read([
      ["Thang điểm", 100],
      ["Năm", 2022],
      ["THANG DIEM", 50],
    ]);
    expect(found(result.issues)).toEqual(["settings-key-duplicate@A3"]);
    expect(result.issues[0]).toMatchObject({ severity: "warning", details: { first: "A1" } });
    expect(result.settings.scale).toBe(50);
  });

  it("accepts a year typed as text, with the number-as-text note at the value cell", () => {
    const result = read([
      ["Tên khối", "Khối X"],
      ["Năm", "2024"],
    ]);
    expect(found(result.issues)).toEqual(["number-as-text@B2"]);
    expect(result.issues[0]).toMatchObject({ severity: "info", value: "2024", details: { read: 2024 } });
    const other = readSettings(workbook(sheet("Cấu hình", [["Năm", " 2019 "]])), { year: 2024 });
    expect(other.settings.year).toBe(2019);
  });

  it.each([
    ["Số chữ số thập phân", "2,5"],
    ["Decimals", 7],
    ["Decimals", -1],
    ["Năm", "hai nghìn"],
    ["Năm", 1899],
    ["Year", 2024.5],
    ["Thang điểm", 0],
    ["Scale", "-10"],
    ["Ngưỡng chênh lệch", -1],
    ["Nguồn điểm", "trung bình"],
    ["Tổng hợp chấm chéo", "khối chấm"],
    ["Thiếu điểm", "bỏ qua"],
    // Any text names a unit now; a number or a yes/no cannot.
    ["Trưởng khối năm sau", 3],
    ["Trưởng khối năm sau", true],
    ["Ngưỡng từng nhóm", "85; 80"],
    ["Ngày họp", "31/02/2025"],
    ["Ngày họp", "hôm qua"],
    ["Người ký", "Nguyễn Văn A"],
    ["Người ký", "Trưởng khối: ; Thư ký: Trần Thị B"],
    ["Ngôn ngữ", "fr"],
    ["Xếp loại", "90; 70"],
    ["Xếp loại", "90; bảy mươi; 50"],
    ["Xếp loại", 90],
    ["Tiêu chí phụ", "nhóm I; may mắn"],
    ["Tiêu chí phụ", "nhóm"],
    ["Nguồn điểm", true],
    ["Loại", "nhóm"],
    ["Kind", "district"],
    ["Loại", 2],
  ])("reports %s = %p as settings-value-invalid at the value cell and keeps the default", (key, cell) => {
    const result = read([
      ["Tên khối", "Khối X"],
      [key, cell],
    ]);
    expect(found(result.issues)).toEqual(["settings-value-invalid@B2"]);
    expect(result.issues[0]).toMatchObject({
      severity: "error",
      value: typeof cell === "string" ? cell.trim() : cell,
      details: { key },
    });
    expect(result.settings).toEqual({ ...defaultSettings(2024), blocName: "Khối X" });
  });

  it.each(["70; 85; 80", "85; 85; 70", "110; 80; 70", "85; 80; -1"])(
    "reports group floors %s as out of order at the value cell and applies none",
    (cell) => {
      const result = read([
        ["Thang điểm", 200],
        ["Ngưỡng từng nhóm", cell],
      ]);
      expect(found(result.issues)).toEqual(["settings-floors-order@B2"]);
      expect(result.issues[0]).toMatchObject({ severity: "error", value: cell });
      expect(result.settings.groupFloors).toBeNull();
    },
  );

  it("reads group floors as percentages whatever the scale, and none when blank", () => {
    const result = read([
      ["Thang điểm", 1000],
      ["Ngưỡng từng nhóm", "85; 80,5; 70"],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings.groupFloors).toEqual([85, 80.5, 70]);
    expect(read([["Ngưỡng từng nhóm", ""]]).settings.groupFloors).toBeNull();
  });

  it("reads a unit's name as a designated next leader, with the cell it came from", () => {
    const result = read([
      ["Tên khối", "Khối X"],
      ["Trưởng khối năm sau", "  Sở Tư pháp "],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.settings.nextLeader).toEqual({ unit: "Sở Tư pháp", sheet: "Cấu hình", cell: "B2" });
    expect(value("Next leader", "Rotation", "nextLeader")).toBe("rotation");
  });

  it.each([
    ["15/12/2024", { day: 15, month: 12, year: 2024 }],
    ["5-1-2025", { day: 5, month: 1, year: 2025 }],
    ["29.02.2024", { day: 29, month: 2, year: 2024 }],
    ["2024-12-15", { day: 15, month: 12, year: 2024 }],
    ["ngày 15 tháng 12 năm 2024", { day: 15, month: 12, year: 2024 }],
    [45641, { day: 15, month: 12, year: 2024 }],
    [45658, { day: 1, month: 1, year: 2025 }],
  ])("reads the meeting date %p", (cell, date) => {
    expect(value("Ngày họp", cell, "meetingDate")).toEqual(date);
  });

  it.each([
    ["70; 90; 50", 100],
    ["90; 90; 50", 100],
    ["120; 70; 50", 100],
    ["90; 70; -5", 100],
    ["90; 70; 50", 80],
  ])("reports thresholds %s on a scale of %d as out of order and keeps the defaults", (cell, scale) => {
    const result = read([
      ["Xếp loại", cell],
      ["Thang điểm", scale],
    ]);
    expect(found(result.issues)).toEqual(["settings-thresholds-order@B1"]);
    expect(result.issues[0]).toMatchObject({ severity: "error", value: cell, details: { scale } });
    const expected = [90, 80, 70].map((t) => (t * scale) / 100);
    expect(result.settings.classificationThresholds).toEqual(expected);
  });
});
