import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { Criterion, CriteriaTable } from "../../../src/engine/criteria/criterion";
import type { Issue } from "../../../src/engine/issues";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

const HEADER_VI = ["STT", "Nội dung tiêu chí", "Điểm chuẩn"];

function read(values: CellValue[][], name = "Tiêu chí", scale?: number) {
  return readCriteria(workbook(sheet(name, values)), scale === undefined ? {} : { scale });
}

function tableOf(result: { table: CriteriaTable | null }): CriteriaTable {
  if (!result.table) throw new Error("no table");
  return result.table;
}

const byKey = (table: CriteriaTable, key: string): Criterion => {
  const found = table.all.find((node) => node.key === key);
  if (!found) throw new Error(`no criterion ${key}; have ${table.all.map((n) => n.key).join(" ")}`);
  return found;
};

const codes = (issues: Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);

// A small but complete table: groups, criteria, sub-criteria, lettered items, totals of 100.
const BASIC: CellValue[][] = [
  HEADER_VI,
  ["I", "Công tác chuyên môn", 60],
  [1, "Hoàn thành kế hoạch năm", 30],
  ["1.1", "Đúng tiến độ", 20],
  ["1.2", "Đúng chất lượng", 10],
  [2, "Cải cách hành chính", 30],
  ["a", "Có kế hoạch", 10],
  ["b)", "Thực hiện đầy đủ", 20],
  ["II", "Công tác đoàn thể", 40],
  [1, "Xây dựng Đảng", 25],
  [2, "Phong trào thi đua", 15],
];

describe("readCriteria: finding the table", () => {
  it("reads a Vietnamese table into a hierarchy keyed by position", () => {
    const result = read(grid({ A1: BASIC }));
    const table = tableOf(result);
    expect(result.issues).toEqual([]);
    expect(table.sheet).toBe("Tiêu chí");
    expect(table.roots.map((n) => n.key)).toEqual(["I", "II"]);
    expect(table.all.map((n) => n.key)).toEqual([
      "I",
      "I.1",
      "I.1.1",
      "I.1.2",
      "I.2",
      "I.2.a",
      "I.2.b",
      "II",
      "II.1",
      "II.2",
    ]);
    expect(byKey(table, "I.2.b")).toMatchObject({
      code: "b)",
      level: "item",
      max: 20,
      parentKey: "I.2",
      row: 7,
    });
    expect(byKey(table, "I.1")).toMatchObject({ code: "1", level: "criterion", max: 30, maxSource: "typed" });
    expect(table.normalMax).toBe(100);
    expect(table.weighted).toBe(false);
  });

  it("reads English headers", () => {
    const table = tableOf(
      read(
        grid({
          A1: [
            ["No.", "Criterion", "Max points", "Weight"],
            ["I", "Work", 100, ""],
            ["1", "Plan", 100, ""],
          ],
        }),
        "Criteria",
      ),
    );
    expect(table.all.map((n) => [n.key, n.max])).toEqual([
      ["I", 100],
      ["I.1", 100],
    ]);
  });

  it("matches headers regardless of case, diacritics, spacing and remarks", () => {
    const table = tableOf(
      read(
        grid({
          A1: [
            ["số  tt", "NỘI DUNG", "diem toi da (điểm)"],
            ["I", "A", 100],
            [1, "B", 100],
          ],
        }),
      ),
    );
    expect(table.header.row).toBe(0);
    expect(table.all).toHaveLength(2);
  });

  it("finds the header in row 5 under merged title rows and reports cells in sheet coordinates", () => {
    const values = grid({
      A1: "UBND TỈNH QUẢNG TRỊ",
      D1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      A2: "KHỐI CÁC CƠ QUAN ĐẢNG",
      A3: "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2024",
      A5: [HEADER_VI, ["I", "Nhóm", 100], [1, "Tiêu chí", ""]],
    });
    const result = read(values);
    expect(tableOf(result).header).toMatchObject({ row: 4, rows: 1, dataRow: 5 });
    expect(codes(result.issues)).toContain("criteria-max-missing@C7");
  });

  it("reads a two-row header with Điểm merged over Chuẩn and unit names over Tự chấm | Khối chấm", () => {
    const values = grid({
      A1: [
        ["TT", "Tiêu chí", "Điểm", "", "Ban Tổ chức Tỉnh ủy", ""],
        ["", "", "Chuẩn", "Ghi chú", "Tự chấm", "Khối chấm"],
        ["I", "Nhóm", 100, "", 90, 88],
        [1, "Tiêu chí", 100, "", 90, 88],
      ],
      A6: [["Tổng hợp", "", "", "", "", ""]],
    });
    const result = read(values, "Tổng hợp");
    const table = tableOf(result);
    expect(table.header).toMatchObject({ row: 0, rows: 2, dataRow: 2 });
    const unitColumns = table.header.columns.filter((c) => c.group === "Ban Tổ chức Tỉnh ủy");
    expect(unitColumns.map((c) => [c.col, c.match?.role])).toEqual([
      [4, "self"],
      [5, "bloc"],
    ]);
    expect(table.all.map((n) => [n.key, n.max])).toEqual([
      ["I", 100],
      ["I.1", 100],
    ]);
  });

  it("takes a single header followed by a sub-header row of roles as two rows", () => {
    const values = grid({
      A1: [
        ["STT", "Nội dung", "Điểm chuẩn", "Văn phòng Tỉnh ủy", "", "Báo Quảng Trị", ""],
        ["", "", "", "Tự chấm", "Khối chấm", "Tự chấm", "Khối chấm"],
        ["I", "Nhóm", 100, 95, 94, 80, 81],
      ],
    });
    const table = tableOf(read(values, "Tổng hợp"));
    expect(table.header.rows).toBe(2);
    expect(table.header.columns[6]).toMatchObject({
      group: "Báo Quảng Trị",
      text: "Khối chấm",
      match: { role: "bloc" },
    });
    expect(table.all).toHaveLength(1);
  });

  it("reports a workbook without a criteria table, and ignores the settings sheet", () => {
    const result = readCriteria(
      workbook(
        sheet("Cấu hình", grid({ A1: [HEADER_VI, ["I", "x", 1]] })),
        sheet(
          "Ghi chép",
          grid({
            A1: [
              ["Ngày", "Việc"],
              ["1/1", "họp"],
            ],
          }),
        ),
      ),
    );
    expect(result.table).toBeNull();
    expect(result.issues).toMatchObject([
      { code: "criteria-table-missing", severity: "error", sheet: "", cell: "" },
    ]);
  });

  it("prefers the criteria table proper over a score matrix that copies it, whatever the tab order", () => {
    const matrix = sheet(
      "Tổng hợp",
      grid({
        A1: [
          ["STT", "Nội dung", "Điểm chuẩn", "Ban A"],
          ["I", "Nhóm", 90, 80],
        ],
      }),
    );
    const criteria = sheet("Bảng tiêu chí", grid({ A3: [HEADER_VI, ["I", "Nhóm", 100]] }));
    const result = readCriteria(workbook(matrix, criteria));
    expect(tableOf(result).sheet).toBe("Bảng tiêu chí");
    const perUnit = sheet(
      "Ban A",
      grid({
        A1: [
          ["STT", "Nội dung", "Điểm chuẩn", "Tự chấm"],
          ["I", "Nhóm", 100, 90],
        ],
      }),
    );
    expect(tableOf(readCriteria(workbook(perUnit, criteria))).sheet).toBe("Bảng tiêu chí");
    expect(tableOf(readCriteria(workbook(perUnit))).sheet).toBe("Ban A");
  });

  it("notes which table was used when there are several", () => {
    const one = sheet("Tiêu chí 2023", grid({ A1: [HEADER_VI, ["I", "x", 100]] }));
    const two = sheet("Tiêu chí 2024", grid({ A1: [HEADER_VI, ["I", "x", 100]] }));
    const result = readCriteria(workbook(one, two));
    expect(result.issues).toMatchObject([
      {
        code: "criteria-table-several",
        severity: "info",
        sheet: "Tiêu chí 2023",
        details: { others: "Tiêu chí 2024" },
      },
    ]);
  });
});
