import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CriteriaTable } from "../../../src/engine/criteria/criterion";
import type { Issue } from "../../../src/engine/issues";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

const HEADER = ["STT", "Nội dung", "Điểm chuẩn"];

function read(rows: CellValue[][], header: CellValue[] = HEADER) {
  const result = readCriteria(workbook(sheet("Tiêu chí", grid({ A1: [header, ...rows] }))));
  if (!result.table) throw new Error("no table");
  return { table: result.table, issues: result.issues };
}

const keys = (table: CriteriaTable): string[] => table.all.map((n) => n.key);
const found = (issues: Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);

describe("readCriteria: hierarchy from codes", () => {
  it("places I / 1 / 1.1 / 1.2.3 / a / a) and restarts numbering under each group", () => {
    const { table, issues } = read([
      ["I", "Nhóm một", 50],
      ["1", "Một", 50],
      ["1.1", "Một chấm một", 20],
      ["1.2", "Một chấm hai", 30],
      ["1.2.1", "Sâu", 10],
      ["1.2.2", "Sâu", 10],
      ["1.2.3", "Sâu", 10],
      ["a", "Mục a của 1.2.3? không: của 1.2.3 là tiêu chí cuối", ""],
      ["II", "Nhóm hai", 50],
      ["1", "Một của nhóm hai", 50],
      ["a)", "Mục a", 25],
      ["(b)", "Mục b", 25],
    ]);
    expect(keys(table)).toEqual([
      "I",
      "I.1",
      "I.1.1",
      "I.1.2",
      "I.1.2.1",
      "I.1.2.2",
      "I.1.2.3",
      "I.1.2.3.a",
      "II",
      "II.1",
      "II.1.a",
      "II.1.b",
    ]);
    expect(table.all.find((n) => n.key === "II.1.a")).toMatchObject({
      level: "item",
      parentKey: "II.1",
      code: "a)",
    });
    // The lettered row under 1.2.3 has no max: the one error, at its max cell.
    expect(found(issues.filter((i) => i.severity === "error"))).toEqual(["criteria-max-missing@C9"]);
  });

  it("reads Roman numerals up to XX as groups", () => {
    const roman = [
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VI",
      "VII",
      "VIII",
      "IX",
      "X",
      "XI",
      "XII",
      "XIII",
      "XIV",
      "XV",
      "XVI",
      "XVII",
      "XVIII",
      "XIX",
      "XX",
    ];
    const { table, issues } = read(
      roman.flatMap((code) => [
        [code, `Nhóm ${code}`, 5],
        [1, "Tiêu chí", 5],
      ]),
    );
    expect(table.roots.map((n) => [n.key, n.level])).toEqual(roman.map((code) => [code, "group"]));
    expect(table.all.filter((n) => n.level === "criterion").map((n) => n.key)).toEqual(
      roman.map((code) => `${code}.1`),
    );
    expect(table.normalMax).toBe(100);
    expect(issues).toEqual([]);
  });

  it("reads a table without groups, codes typed as numbers, and trailing dots", () => {
    const { table, issues } = read([
      [1, "Một", 60],
      ["1.1.", "A", 60],
      [2, "Hai", 40],
      ["2.1", "B", 40],
    ]);
    expect(keys(table)).toEqual(["1", "1.1", "2", "2.1"]);
    expect(issues).toEqual([]);
  });

  it("splits codes typed in the text column or merged with it", () => {
    const { table } = read([
      ["I. Công tác chuyên môn", "", 100],
      ["", "1. Kế hoạch", 60],
      ["", "a) Đúng hạn", 60],
      ["2", "Báo cáo", 40],
    ]);
    expect(table.all.map((n) => [n.key, n.name])).toEqual([
      ["I", "Công tác chuyên môn"],
      ["I.1", "Kế hoạch"],
      ["I.1.a", "Đúng hạn"],
      ["I.2", "Báo cáo"],
    ]);
  });

  it("takes lettered lines in the text column without points as the criterion's description", () => {
    const { table, issues } = read([
      ["I", "Nhóm", 100],
      [1, "Thực hiện nhiệm vụ, gồm:", 100],
      ["", "a) Có kế hoạch", ""],
      ["", "b) Báo cáo đúng hạn", ""],
    ]);
    expect(keys(table)).toEqual(["I", "I.1"]);
    expect(issues).toEqual([]);
  });

  it("skips blank spacer rows and description lines, and checks the total row", () => {
    const { table, issues } = read([
      ["", "", ""],
      ["I", "Nhóm", 100],
      ["", "", ""],
      [1, "Tiêu chí", 60],
      ["-", "gạch đầu dòng mô tả", ""],
      ["", "Ghi chú: chấm theo hướng dẫn", ""],
      [2, "Tiêu chí", 40],
      ["", "", ""],
      ["", "Tổng cộng", 95],
    ]);
    expect(keys(table)).toEqual(["I", "I.1", "I.2"]);
    expect(found(issues)).toEqual(["criteria-max-sum-mismatch@C10"]);
    expect(issues[0]).toMatchObject({ severity: "warning", details: { max: 95, sum: 100 } });
  });

  it("reads 1.10 stored by Excel as the number 1.1 after 1.9, with a note", () => {
    const rows: CellValue[][] = [
      ["I", "Nhóm", 100],
      [1, "Tiêu chí", 100],
    ];
    for (let i = 1; i <= 10; i++) rows.push([Number(`1.${i}`), `Ý ${i}`, 10]);
    const { table, issues } = read(rows);
    expect(keys(table).slice(-2)).toEqual(["I.1.9", "I.1.10"]);
    expect(found(issues)).toEqual(["criteria-code-numeric@A13"]);
  });

  it("reports codes that fit no hierarchy and rows with points but no code", () => {
    const { issues } = read([
      ["I", "Nhóm", 100],
      ["1.1", "Con không có cha", 10],
      ["1-2", "Mã lạ", 10],
      ["", "Dòng có điểm không mã", 10],
      ["1", "Tiêu chí", 70],
    ]);
    expect(found(issues.filter((i) => i.severity === "error"))).toEqual([
      "criteria-code-orphan@A3",
      "criteria-code-unrecognized@A4",
      "criteria-code-missing@A5",
    ]);
    expect(issues.find((i) => i.code === "criteria-code-unrecognized")).toMatchObject({
      value: "1-2",
      sheet: "Tiêu chí",
    });
  });

  it("reports a lettered item with no numbered criterion above it", () => {
    const { issues } = read([
      ["I", "Nhóm", 100],
      ["a", "Mục", 100],
    ]);
    expect(found(issues)).toEqual(["criteria-code-orphan@A3"]);
  });

  it("reports a duplicate code as an error at the second one, keeping both rows", () => {
    const { table, issues } = read([
      ["I", "Nhóm", 100],
      [1, "Một", 50],
      [1, "Một nữa", 50],
    ]);
    expect(found(issues)).toEqual(["criteria-code-duplicate@A4"]);
    expect(issues[0]?.severity).toBe("error");
    expect(table.all).toHaveLength(3);
  });
});
