import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CriteriaTable } from "../../../src/engine/criteria/criterion";
import type { Issue } from "../../../src/engine/issues";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

// Where a table begins and ends (DESIGN §2.1.1), on the criteria table. Score matrices and per-unit forms
// share the reader: test/engine/scores/tableEnds.test.ts.

const HEADER = ["STT", "Nội dung tiêu chí", "Điểm chuẩn"];
const BODY: CellValue[][] = [
  ["I", "Công tác chuyên môn", 60],
  [1, "Hoàn thành kế hoạch năm", 30],
  [2, "Cải cách hành chính", 30],
  ["II", "Công tác đoàn thể", 40],
  [1, "Xây dựng Đảng", 25],
  [2, "Phong trào thi đua", 15],
  ["III", "Điểm trừ", 5],
  [1, "Chậm gửi báo cáo", 5],
];
const KEYS = ["I", "I.1", "I.2", "II", "II.1", "II.2", "III", "III.1"];

// The heading every provincial template has above its table.
const ABOVE = {
  A1: "UBND TỈNH NINH THUẬN",
  D1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  A2: "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG",
  D2: "Độc lập - Tự do - Hạnh phúc",
  A4: "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024",
};

function read(values: CellValue[][]): { table: CriteriaTable; issues: Issue[] } {
  const result = readCriteria(workbook(sheet("Tiêu chí", values)));
  if (!result.table) throw new Error("no table");
  return { table: result.table, issues: result.issues };
}

const codes = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);
const keys = (table: CriteriaTable): string[] => table.all.map((node) => node.key);

describe("readCriteria: where the table begins", () => {
  it("ignores the issuing body and national heading above the header", () => {
    const { table, issues } = read(grid({ ...ABOVE, A6: [HEADER, ...BODY] }));
    expect(keys(table)).toEqual(KEYS);
    expect(codes(issues)).toEqual([]);
    expect(table.header.row).toBe(5);
  });

  it.each<[string, CellValue[]]>([
    ["(1) (2) (3)", ["(1)", "(2)", "(3)"]],
    ["1 2 3 typed as numbers", [1, 2, 3]],
    ["A B C", ["A", "B", "C"]],
  ])("skips a column-number row %s under the header", (_, numbers) => {
    const { table, issues } = read(grid({ ...ABOVE, A6: [HEADER, numbers, ...BODY] }));
    expect(keys(table)).toEqual(KEYS);
    expect(codes(issues)).toEqual([]);
    expect(table.header.dataRow).toBe(7);
    // The first criterion is on row 8, under the numbers.
    expect(table.all[0]?.row).toBe(7);
  });

  it("skips the column numbers under a two-row header", () => {
    const { table, issues } = read(
      grid({
        A1: [
          ["STT", "Nội dung", "Điểm", ""],
          ["", "", "Chuẩn", "Ghi chú"],
          ["(1)", "(2)", "(3)", "(4)"],
          ...BODY,
        ],
      }),
    );
    expect(keys(table)).toEqual(KEYS);
    expect(codes(issues)).toEqual([]);
  });
});

describe("readCriteria: where the table ends", () => {
  const signatures: [string, Record<string, CellValue | CellValue[][]>][] = [
    [
      "left and right halves, names three rows below",
      {
        A16: [
          ["", "", "Ninh Thuận, ngày 15 tháng 12 năm 2024"],
          ["NGƯỜI LẬP BIỂU", "", "THỦ TRƯỞNG ĐƠN VỊ"],
          ["(Ký, ghi rõ họ tên)", "", "(Ký tên, đóng dấu)"],
          ["", "", ""],
          ["", "", ""],
          ["Nguyễn Văn An", "", "Trần Thị Bình"],
        ],
      },
    ],
    [
      "on behalf of the bloc, the names in the code column",
      {
        A16: [
          ["TM. KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG", "", ""],
          ["TRƯỞNG KHỐI", "", "THƯ KÝ"],
          ["", "", ""],
          ["Lê Văn Cường", "", "Phạm Thị Dung"],
        ],
      },
    ],
    [
      "a deputy signing for the leader, with a blank date to fill in",
      {
        C16: [
          ["…, ngày … tháng … năm 20…"],
          ["KT. TRƯỞNG KHỐI"],
          ["PHÓ TRƯỞNG KHỐI"],
          [""],
          ["Hoàng Văn Em"],
        ],
      },
    ],
    [
      "notes, numbered, then the signatures",
      {
        A16: [
          ["Ghi chú: Điểm trừ ghi số dương.", "", ""],
          ["1.", "Đơn vị gửi bảng tự chấm trước ngày 20/12.", ""],
          ["2.", "Kèm theo tài liệu kiểm chứng.", ""],
          ["* Bảng này thay cho bảng năm trước", "", ""],
          ["", "", "NGƯỜI LẬP BIỂU"],
        ],
      },
    ],
    [
      "a totals row and notes",
      { A16: [["Tổng cộng", "", 100], ["Ghi chú: không"], ["Lưu ý: 2. gửi bản giấy"]] },
    ],
  ];

  it.each(signatures)("stops at the closing block: %s", (_, below) => {
    const bare = read(grid({ ...ABOVE, A6: [HEADER, ...BODY] }));
    const { table, issues } = read(grid({ ...ABOVE, A6: [HEADER, ...BODY], ...below }));
    expect(keys(table)).toEqual(KEYS);
    expect(codes(issues)).toEqual(codes(bare.issues));
    expect(table.normalMax).toBe(100);
  });

  it("reads on past a blank spacer row inside the table", () => {
    const body = [...BODY.slice(0, 3), ["", "", ""], ["", "", ""], ...BODY.slice(3)];
    const { table, issues } = read(grid({ A1: [HEADER, ...body], A14: [["", "", "THỦ TRƯỞNG ĐƠN VỊ"]] }));
    expect(keys(table)).toEqual(KEYS);
    expect(codes(issues)).toEqual([]);
  });

  it("still reports a row inside the table whose code is not a code and which carries points", () => {
    const body = [...BODY.slice(0, 3), ["1a", "Tiêu chí lạ", 5], ...BODY.slice(3)];
    const { issues } = read(grid({ A1: [HEADER, ...body], A14: [["NGƯỜI LẬP BIỂU"]] }));
    expect(codes(issues)).toContain("criteria-code-unrecognized@A5");
  });

  it("takes a notes line inside the table for a description when criteria with points follow it", () => {
    const body = [...BODY.slice(0, 3), ["Ghi chú: nhóm II chấm theo quý", "", ""], ...BODY.slice(3)];
    const { table, issues } = read(grid({ A1: [HEADER, ...body] }));
    expect(keys(table)).toEqual(KEYS);
    expect(codes(issues)).toEqual([]);
  });

  it("warns about a criterion-like row with points below the signatures, and does not read it", () => {
    const { table, issues } = read(
      grid({
        A1: [HEADER, ...BODY],
        A11: [
          ["", "", "NGƯỜI LẬP BIỂU"],
          ["IV", "Điểm thưởng", 5],
        ],
      }),
    );
    expect(keys(table)).toEqual(KEYS);
    expect(codes(issues)).toEqual(["criteria-row-after-end@A12"]);
    expect(issues[0]?.details?.closing).toBe("C11");
  });

  it("does not end the table at a closing line above its first criterion", () => {
    const { table } = read(grid({ A1: [HEADER, ["", "(Ký, ghi rõ họ tên)", ""], ...BODY] }));
    expect(keys(table)).toEqual(KEYS);
  });

  it("takes a total label typed in the code column for the total row, not a code", () => {
    const { issues } = read(grid({ A1: [HEADER, ...BODY, ["Tổng cộng (I+II)", "", 90]] }));
    expect(codes(issues)).toEqual(["criteria-max-sum-mismatch@C10"]);
  });
});
