import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import type { CellValue, SheetInput } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";
import { codes, criteriaSheet, readAll, withColumns } from "./fixtures";

// Rows of the fixture's matrix (1-based, as Excel shows them): 3 is criterion I.1, with leaves 1.1 (row 4) and
// 1.2 (row 5); 2 is group I. The unit's column is D.
function matrix(cells: Record<number, CellValue>, formulas: Record<string, string> = {}): SheetInput {
  const values = grid({ A1: withColumns(["Ban A"], (r) => [cells[r + 1] ?? ""]) });
  return { ...sheet("Tổng hợp", values), formulas: new Map(Object.entries(formulas)) };
}

const full = { 4: 18, 5: 9, 7: 10, 8: 20, 10: 25, 11: 15, 13: 0, 15: 0 };

describe("readScores: subtotal formulas on parent rows", () => {
  it("a SUM that left out a child typed as text is a warning at the parent's cell naming that child", () => {
    // Excel's =SUM(D4:D5) skipped the text "9,5" and shows 18; the engine reads 18 + 9.5.
    const { issues } = readAll(criteriaSheet(), matrix({ ...full, 3: 18, 5: "9,5" }, { D3: "=SUM(D4:D5)" }));
    const subtotal = issues.filter((i) => i.code === "score-subtotal-formula");
    expect(codes(subtotal)).toEqual(["score-subtotal-formula@D3"]);
    expect(subtotal[0]).toMatchObject({
      severity: "warning",
      unit: "Ban A",
      criterion: "I.1",
      value: 18,
      details: { sum: 27.5, textCells: "D5" },
    });
    expect(codes(issues.filter((i) => i.severity === "error"))).toEqual([]);
  });

  it("names every child typed as text, under nested subtotals too", () => {
    const cells = { ...full, 2: 27, 3: 18, 5: "9,5", 8: "20" };
    const { issues } = readAll(criteriaSheet(), matrix(cells, { D2: "=SUM(D3,D6)", D3: "=SUM(D4:D5)" }));
    const subtotal = issues.filter((i) => i.code === "score-subtotal-formula");
    expect(subtotal.map((i) => [i.cell, i.details?.textCells, i.details?.sum])).toEqual([
      ["D2", "D5, D8", 57.5],
      ["D3", "D5", 27.5],
    ]);
  });

  it("the same disagreement typed by hand stays an error", () => {
    const { issues } = readAll(criteriaSheet(), matrix({ ...full, 3: 18, 5: "9,5" }));
    expect(codes(issues.filter((i) => i.severity !== "info"))).toEqual(["score-parent-mismatch@D3"]);
    expect(issues.find((i) => i.code === "score-parent-mismatch")?.severity).toBe("error");
  });

  it("a formula that disagrees with no child typed as text is still a warning, naming no cell", () => {
    const { issues } = readAll(criteriaSheet(), matrix({ ...full, 3: 20 }, { D3: "=SUM(D4:D5)+2" }));
    expect(codes(issues)).toEqual(["score-subtotal-formula@D3"]);
    expect(issues[0]?.details).toEqual({ sum: 27 });
  });

  it("a formula that agrees, and a formula in a leaf's cell, report nothing", () => {
    const { issues } = readAll(
      criteriaSheet(),
      matrix({ ...full, 3: 27 }, { D3: "=SUM(D4:D5)", D4: "=9*2" }),
    );
    expect(codes(issues)).toEqual([]);
  });

  it("a bloc whose only problem is such a subtotal is ranked, not provisional", () => {
    const book = workbook(criteriaSheet(), matrix({ ...full, 3: 18, 5: "9,5" }, { D3: "=SUM(D4:D5)" }));
    const result = evaluateBloc(book, { year: 2025 });
    expect(result.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([]);
    expect(result.provisional).toBe(false);
    const typedByHand = evaluateBloc(workbook(criteriaSheet(), matrix({ ...full, 3: 18, 5: "9,5" })), {
      year: 2025,
    });
    expect(typedByHand.provisional).toBe(true);
  });
});
