import fc from "fast-check";
import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import { ISSUE_CODES } from "../../../src/engine/issues";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

describe("readCriteria: size and robustness", () => {
  it("reads a 300-criterion table: 10 groups × 10 criteria × 2 sub-criteria + 1 item each", () => {
    const rows: CellValue[][] = [["STT", "Nội dung", "Điểm chuẩn"]];
    for (const group of ROMAN) {
      rows.push([group, `Nhóm ${group}`, 10]);
      for (let c = 1; c <= 10; c++) {
        rows.push([c, `Tiêu chí ${group}.${c}`, 1]);
        rows.push([`${c}.1`, "Con thứ nhất", 0.4]);
        rows.push([`${c}.2`, "Con thứ hai", 0.6]);
      }
    }
    const result = readCriteria(workbook(sheet("Tiêu chí", grid({ A4: rows }))));
    expect(result.issues).toEqual([]);
    const table = result.table!;
    expect(table.all).toHaveLength(310);
    expect(table.all.filter((n) => n.children.length === 0)).toHaveLength(200);
    expect(table.all.filter((n) => n.level === "criterion")).toHaveLength(300);
    expect(table.normalMax).toBe(100);
    expect(table.all.at(-1)).toMatchObject({ key: "X.10.2", row: 3 + 310, max: 0.6 });
  });

  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom(
      "",
      "",
      "",
      "I",
      "II",
      "1",
      "1.1",
      "a",
      "a)",
      "-",
      "Tổng cộng",
      "STT",
      "Nội dung",
      "Điểm chuẩn",
      "Trọng số",
      "Loại",
      "Điểm thưởng",
      "7,5",
      "#N/A",
      "Tự chấm",
    ),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 120 }),
    fc.boolean(),
  );

  it("never throws on random grids and reports every issue with a known code and a cell on the sheet", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }), (values) => {
        const withHeader = [["STT", "Nội dung", "Điểm chuẩn", "Loại", "Trọng số"], ...values];
        for (const input of [values, withHeader]) {
          const result = readCriteria(workbook(sheet("S", input)));
          for (const issue of result.issues) {
            expect(ISSUE_CODES).toContain(issue.code);
            if (issue.code !== "criteria-table-missing") expect(issue.cell).toMatch(/^([A-Z]+\d+)?$/);
          }
          if (result.table) expect(result.table.all.every((n) => n.max === null || n.max >= 0)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
