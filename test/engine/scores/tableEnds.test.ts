import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet } from "../../helpers/grid";
import {
  byLeaf,
  codes,
  CRITERIA,
  criteriaSheet,
  readAll,
  rosterSheet,
  unitNamed,
  values,
  withColumns,
} from "./fixtures";

// Score matrices and per-unit forms laid out like provincial templates: heading above, column numbers
// under the header, a closing block below (DESIGN §2.1.1).

const ROSTER = rosterSheet([
  [1, "Văn phòng Tỉnh ủy", "VPTU", "Trưởng khối"],
  [2, "Ban Tổ chức Tỉnh ủy", "BTC", "Phó khối"],
]);

const SELF = {
  "I.1.1": 18,
  "I.1.2": 9,
  "I.2.a": 10,
  "I.2.b": 15,
  "II.1": 25,
  "II.2": 15,
  "III.1": 2,
  "IV.1": 1,
};

const CLOSING: CellValue[][] = [
  ["", "", "", "Ninh Thuận, ngày 15 tháng 12 năm 2024"],
  ["NGƯỜI LẬP BIỂU", "", "", "THỦ TRƯỞNG ĐƠN VỊ"],
  ["(Ký, ghi rõ họ tên)", "", "", "(Ký tên, đóng dấu)"],
  ["", "", "", ""],
  ["Nguyễn Văn An", "", "", "Trần Thị Bình"],
];

describe("score sheets laid out like provincial templates", () => {
  it("reads a per-unit form with column numbers and a signature block, and nothing else", () => {
    const rows = withColumns(["Điểm tự chấm"], (r) => [byLeaf(SELF)(r)]);
    const [header, ...body] = rows;
    const form = grid({
      A1: "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG",
      D1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      A3: "Đơn vị: Ban Tổ chức Tỉnh ủy",
      A5: [header!, ["(1)", "(2)", "(3)", "(4)"], ...body],
      A22: CLOSING,
    });
    const { units, issues } = readAll(criteriaSheet(), ROSTER, sheet("BTC", form));
    expect(codes(issues)).toEqual(["unit-no-scores@B2"]);
    expect(values(unitNamed(units, "Ban Tổ chức Tỉnh ủy"), "self")).toEqual(SELF);
  });

  it("reads a matrix with A B C column numbers and a closing block, the names under it not taken for rows", () => {
    const other = { ...SELF, "I.1.1": 20 };
    const rows = withColumns(["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"], (r) => [
      byLeaf(other)(r),
      byLeaf(SELF)(r),
    ]);
    const [header, ...body] = rows;
    const matrix = grid({
      A1: "BẢNG TỔNG HỢP ĐIỂM TỰ CHẤM",
      A3: [header!, ["A", "B", "C", "D", "E"], ...body],
      A21: CLOSING,
      A27: [["TM. KHỐI THI ĐUA"], ["TRƯỞNG KHỐI"], [""], ["Lê Văn Cường"]],
    });
    const { units, issues } = readAll(criteriaSheet(), ROSTER, sheet("Tổng hợp", matrix));
    expect(codes(issues)).toEqual([]);
    expect(values(unitNamed(units, "Văn phòng Tỉnh ủy"), "self")).toEqual(other);
    expect(values(unitNamed(units, "Ban Tổ chức Tỉnh ủy"), "self")).toEqual(SELF);
  });

  it("still reports a scored row inside a matrix whose code matches no criterion", () => {
    const rows = withColumns(["Văn phòng Tỉnh ủy"], (r) => [byLeaf(SELF)(r)]);
    const withStray = [...rows.slice(0, 5), ["9.9", "Tiêu chí lạ", 5, 3], ...rows.slice(5)];
    const matrix = grid({ A1: withStray, A20: CLOSING });
    const { issues } = readAll(criteriaSheet(), ROSTER, sheet("Tổng hợp", matrix));
    expect(codes(issues)).toContain("score-criterion-unknown@A6");
  });

  it("keeps the criteria rows of the matrix in step with the criteria table's own", () => {
    // The same table on its own sheet with numbers and a signature block: the matrix rows still match it.
    const [header, ...body] = CRITERIA;
    const criteria = sheet(
      "Tiêu chí",
      grid({ A1: [header!, ["(1)", "(2)", "(3)", "(4)"], ...body], A20: CLOSING }),
    );
    const matrix = grid({ A1: withColumns(["Văn phòng Tỉnh ủy"], (r) => [byLeaf(SELF)(r)]) });
    const { units, issues } = readAll(criteria, ROSTER, sheet("Tổng hợp", matrix));
    expect(codes(issues)).toEqual(["unit-no-scores@B3"]);
    expect(values(unitNamed(units, "Văn phòng Tỉnh ủy"), "self")).toEqual(SELF);
  });
});
