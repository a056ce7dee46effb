import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet } from "../../helpers/grid";
import { codes, criteriaSheet, readAll, unitNamed, values, withColumns } from "./fixtures";

/** A one-unit matrix ("Ban A" in column D, criteria rows from row 2) with the given cells by row. */
function matrix(cells: Record<number, CellValue>, header = "Ban A") {
  const column = withColumns([header], (r) => [cells[r + 1] ?? ""]);
  return readAll(criteriaSheet(), sheet("Tổng hợp", grid({ A1: column })));
}

describe("readScores: score cells", () => {
  it("reports text that is not a number at its cell, with unit and criterion, and keeps it as null", () => {
    const { units, issues } = matrix({ 4: 18, 5: "abc", 7: "#N/A", 8: true, 10: 20 });
    expect(codes(issues)).toEqual(["score-not-number@D5", "score-not-number@D7", "score-not-number@D8"]);
    expect(issues.map((i) => [i.unit, i.criterion, i.value, i.severity])).toEqual([
      ["Ban A", "I.1.2", "abc", "error"],
      ["Ban A", "I.2.a", "#N/A", "error"],
      ["Ban A", "I.2.b", "TRUE", "error"],
    ]);
    const unit = unitNamed(units, "Ban A");
    expect(values(unit, "self")).toEqual({
      "I.1.1": 18,
      "I.1.2": null,
      "I.2.a": null,
      "I.2.b": null,
      "II.1": 20,
    });
    expect(unit.self.get("I.1.2")).toMatchObject({ raw: "abc", cell: "D5" });
  });

  it("reads 9,5 and 9.5 typed as text as 9.5, with a note", () => {
    const { units, issues } = matrix({ 4: "9,5", 5: "9.5" });
    expect(codes(issues)).toEqual(["number-as-text@D4", "number-as-text@D5"]);
    expect(issues[0]).toMatchObject({
      severity: "info",
      unit: "Ban A",
      criterion: "I.1.1",
      details: { read: 9.5 },
    });
    expect(values(unitNamed(units, "Ban A"), "self")).toEqual({ "I.1.1": 9.5, "I.1.2": 9.5 });
  });

  it("accepts a negative deduction as typed and rejects a negative score elsewhere", () => {
    const { units, issues } = matrix({ 4: -1, 15: -2 });
    expect(codes(issues)).toEqual(["score-negative@D4"]);
    expect(issues[0]).toMatchObject({ unit: "Ban A", criterion: "I.1.1", value: -1 });
    expect(values(unitNamed(units, "Ban A"), "self")).toEqual({ "I.1.1": -1, "IV.1": -2 });
  });

  it("reports scores above the maximum; a deduction's sign does not matter", () => {
    const { issues } = matrix({ 4: 20.0000001, 5: 10.5, 13: 6, 15: -12 });
    expect(codes(issues)).toEqual(["score-above-max@D5", "score-above-max@D13", "score-above-max@D15"]);
    expect(issues.map((i) => [i.criterion, i.value, i.details?.max])).toEqual([
      ["I.1.2", 10.5, 10],
      ["III.1", 6, 5],
      ["IV.1", -12, 10],
    ]);
    expect(codes(matrix({ 15: 10 }).issues)).toEqual([]);
  });

  it("checks scores typed on parent rows against their children's sum and ignores them otherwise", () => {
    // I.1 = 18 + 9 agrees; I says 50 but its leaves add up to 18 + 9 + 10 + 0.1 + 0.2 = 37.3; the deduction
    // group's -2 agrees with 2 points deducted; II's 0.3 agrees with 0.1 + 0.2 in spite of binary noise.
    const { units, issues } = matrix({
      2: 50,
      3: 27,
      4: 18,
      5: 9,
      7: 10,
      8: 0.3,
      9: 0.3,
      10: 0.1,
      11: 0.2,
      14: -2,
      15: 2,
    });
    expect(codes(issues)).toEqual(["score-parent-mismatch@D2"]);
    expect(issues[0]).toMatchObject({ unit: "Ban A", criterion: "I", value: 50, details: { sum: 37.3 } });
    expect(Object.keys(values(unitNamed(units, "Ban A"), "self"))).toEqual([
      "I.1.1",
      "I.1.2",
      "I.2.a",
      "I.2.b",
      "II.1",
      "II.2",
      "IV.1",
    ]);
  });

  it("reports a parent score whose children are blank, and unreadable text on a parent row", () => {
    const { issues } = matrix({ 9: 40, 12: "x" });
    expect(codes(issues)).toEqual(["score-parent-mismatch@D9", "score-not-number@D12"]);
    expect(issues[0]?.details).toEqual({ sum: 0 });
  });

  it("warns when required evidence is empty for a positive self score, at the evidence cell", () => {
    const form = (evidence: CellValue, score: CellValue) =>
      grid({
        A1: "Đơn vị: Ban A",
        A3: withColumns(["Tự chấm", "Minh chứng"], (r) =>
          r === 3 ? [score, evidence] : r === 4 ? [9, ""] : ["", ""],
        ),
      });
    const read = (evidence: CellValue, score: CellValue) =>
      readAll(criteriaSheet(), sheet("Phiếu", form(evidence, score))).issues;
    expect(codes(read("", 18))).toEqual(["score-evidence-missing@E6"]);
    expect(read("", 18)[0]).toMatchObject({ severity: "warning", unit: "Ban A", criterion: "I.1.1" });
    expect(read("Báo cáo số 5", 18)).toEqual([]);
    expect(read("", 0)).toEqual([]);
  });
});
