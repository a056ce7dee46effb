import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

// Group I's max is =SUM(C3:C5): Excel skipped the "9,5" typed as text in C4 and shows 20.5. Group II's max
// =C7 is criterion II.1's subtotal =SUM(C8:C9), which skipped the "4,5" in C9.
const ROWS: CellValue[][] = [
  ["STT", "Nội dung", "Điểm chuẩn"],
  ["I", "Công tác chuyên môn", 20.5],
  [1, "Kế hoạch", 10],
  [2, "Tiến độ", "9,5"],
  [3, "Chất lượng", 10.5],
  ["II", "Công tác đoàn thể", 5],
  [1, "Phong trào", 5],
  ["a", "Tham gia", 5],
  ["b", "Khen thưởng", "4,5"],
];
const FORMULAS = { C2: "=SUM(C3:C5)", C6: "=C7", C7: "=SUM(C8:C9)" };

function read(formulas: Record<string, string> | undefined) {
  const criteria = { ...sheet("Tiêu chí", grid({ A1: ROWS })) };
  const input = formulas ? { ...criteria, formulas: new Map(Object.entries(formulas)) } : criteria;
  return readCriteria(workbook(input));
}

const maxOf = (result: ReturnType<typeof read>, key: string) =>
  result.table?.all.find((node) => node.key === key)?.max;

describe("readCriteria: subtotal formulas in max cells", () => {
  it("a group's SUM that skipped a max typed as text is a warning naming that cell; the max is the children's", () => {
    const result = read(FORMULAS);
    const subtotal = result.issues.filter((i) => i.code === "criteria-subtotal-formula");
    expect(subtotal.map((i) => [i.cell, i.severity, i.criterion, i.details?.textCells])).toEqual([
      ["C2", "warning", "I", "C4"],
      ["C6", "warning", "II", "C9"],
      ["C7", "warning", "II.1", "C9"],
    ]);
    expect(subtotal[0]?.details).toMatchObject({ max: 20.5, sum: 30 });
    expect(result.issues.map((i) => i.code)).not.toContain("criteria-max-sum-mismatch");
    expect([maxOf(result, "I"), maxOf(result, "II.1"), maxOf(result, "II")]).toEqual([30, 9.5, 9.5]);
    expect(result.table?.normalMax).toBe(39.5);
  });

  it("typed by hand, the same maxima stay a mismatch and keep their typed value", () => {
    for (const result of [read(undefined), read({})]) {
      const mismatches = result.issues.filter((i) => i.code === "criteria-max-sum-mismatch");
      // II's typed 5 agrees with II.1's typed 5: only II.1 disagrees with its items.
      expect(mismatches.map((i) => i.cell)).toEqual(["C2", "C7"]);
      expect(result.issues.map((i) => i.code)).not.toContain("criteria-subtotal-formula");
      expect(maxOf(result, "I")).toBe(20.5);
    }
  });

  it("a formula max that agrees with its children reports nothing", () => {
    const rows = ROWS.slice(0, 5).map((row, r) =>
      r === 1 ? ["I", "Nhóm", 30] : r === 3 ? [2, "Tiến độ", 9.5] : row,
    );
    const formulas = new Map([["C2", "=SUM(C3:C5)"]]);
    const agreeing = readCriteria(workbook({ name: "Tiêu chí", values: grid({ A1: rows }), formulas }));
    const codes = agreeing.issues.map((i) => i.code);
    expect(codes).not.toContain("criteria-subtotal-formula");
    expect(codes).not.toContain("criteria-max-sum-mismatch");
    expect(agreeing.table?.normalMax).toBe(30);
  });
});
