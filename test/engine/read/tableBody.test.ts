import { closingKind, isColumnNumberRow } from "../../../src/engine/read/tableBody";
import type { CellValue } from "../../../src/engine/workbook";

const row = (...cells: CellValue[]): CellValue[][] => [cells];

describe("isColumnNumberRow", () => {
  it.each<[string, CellValue[]]>([
    ["(1) (2) (3)", ["(1)", "(2)", "(3)", "(4)"]],
    ["1 2 3 as numbers", [1, 2, 3, 4, 5]],
    ["1 2 3 as text", ["1", "2", "3"]],
    ["A B C", ["A", "B", "C", "D"]],
    ["letters then numbers", ["A", "B", "1", "2", "3"]],
    ["a computed column", ["(1)", "(2)", "(3)", "(4)", "(5)=(3)+(4)"]],
    ["starting at 2 (the code column left blank)", ["", "(2)", "(3)", "(4)"]],
    ["two bracketed", ["(1)", "(2)"]],
  ])("recognises %s", (_, cells) => {
    expect(isColumnNumberRow(row(...cells), 0)).toBe(true);
  });

  it.each<[string, CellValue[]]>([
    ["a criterion row", ["1", "Hoàn thành kế hoạch", 30]],
    ["a group row", ["I", "Công tác chuyên môn", 60]],
    ["a matrix row carrying only codes and scores", [1, 10, 9.5, 8]],
    ["a row of scores that happen to increase", [1, 3, 5, 7]],
    ["a single index", ["(1)"]],
    ["a criterion and its one score", [1, 2]],
    ["letters after numbers", ["1", "2", "A"]],
    ["a gap in the letters", ["A", "C", "D"]],
    ["an empty row", ["", "", ""]],
  ])("rejects %s", (_, cells) => {
    expect(isColumnNumberRow(row(...cells), 0)).toBe(false);
  });
});

describe("closingKind", () => {
  it.each<[CellValue, string]>([
    ["Ninh Thuận, ngày 15 tháng 12 năm 2024", "date"],
    ["…, ngày … tháng … năm 20…", "date"],
    ["Ngày    tháng    năm 2025", "date"],
    ["NGƯỜI LẬP BIỂU", "signature"],
    ["THỦ TRƯỞNG ĐƠN VỊ", "signature"],
    ["Thủ trưởng đơn vị", "signature"],
    ["TM. KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG", "signature"],
    ["KT. TRƯỞNG KHỐI", "signature"],
    ["TRƯỞNG KHỐI", "signature"],
    ["CỤM TRƯỞNG", "signature"],
    ["THƯ KÝ", "signature"],
    ["(Ký, ghi rõ họ tên)", "signature"],
    ["(Ký tên, đóng dấu)", "signature"],
    ["Ghi chú: điểm thưởng không quá 5 điểm", "notes"],
    ["Lưu ý: các đơn vị gửi kèm minh chứng", "notes"],
    ["* Điểm trừ ghi số dương", "notes"],
    ["(*) Theo Quyết định 114/2017", "notes"],
  ])("reads %p as a %s line", (value, kind) => {
    expect(closingKind(value)).toBe(kind);
  });

  it.each<CellValue>([
    "Báo cáo gửi trước ngày 15 tháng 12 năm 2024 đúng hạn",
    "Thủ trưởng đơn vị gương mẫu chấp hành",
    "Tm chuyên đề về cải cách",
    "Ghi chú",
    "Nguyễn Văn A",
    "Công tác chuyên môn",
    12,
    "",
  ])("does not take %p for a closing line", (value) => {
    expect(closingKind(value)).toBeNull();
  });
});
