import ExcelJS from "exceljs";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { bytesOf } from "./xlsxFixtures";

describe("readXlsx: which cells hold formulas", () => {
  test("plain and shared formulas (master and follower) are in the map by address, constants are not", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Tổng hợp");
    sheet.getCell("C11").value = 5;
    sheet.getCell("C12").value = "9,5";
    sheet.getCell("C10").value = { formula: "SUM(C11:C12)", result: 5 };
    sheet.getCell("D10").value = {
      formula: "C10*2",
      result: 10,
      shareType: "shared",
      ref: "D10:D11",
    } as ExcelJS.CellFormulaValue;
    sheet.getCell("D11").value = { sharedFormula: "D10", result: 10 };
    sheet.getCell("E10").value = { formula: "C11>1", result: false };
    const { workbook: input } = await readXlsx(await bytesOf(workbook));
    const read = input.sheets[0]!;
    expect(Object.fromEntries(read.formulas ?? [])).toEqual({
      C10: "=SUM(C11:C12)",
      D10: "=C10*2",
      D11: "=C11*2",
      E10: "=C11>1",
    });
    // The values are still the cached results.
    expect([read.values[9]?.[2], read.values[10]?.[3], read.values[9]?.[4]]).toEqual([5, 10, false]);
  });

  test("a sheet without formulas says so with an empty map", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tiêu chí").getCell("A1").value = "STT";
    const { workbook: input } = await readXlsx(await bytesOf(workbook));
    expect(input.sheets[0]?.formulas?.size).toBe(0);
  });

  test("a SUM subtotal that skipped a score typed as text is a warning at its cell, and the bloc is ranked", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tiêu chí").addRows([
      ["STT", "Nội dung", "Điểm chuẩn"],
      ["I", "Chuyên môn", { formula: "SUM(C3:C4)", result: 20 }],
      [1, "Kế hoạch", 10],
      [2, "Tiến độ", 10],
    ]);
    const scores = workbook.addWorksheet("Tổng hợp");
    scores.addRows([
      ["STT", "Nội dung", "Ban A", "Ban B"],
      ["I", "Chuyên môn", { formula: "SUM(C3:C4)", result: 9 }, { formula: "SUM(D3:D4)", result: 17 }],
      [1, "Kế hoạch", 9, 8],
      [2, "Tiến độ", "9,5", 9],
    ]);
    const { workbook: input } = await readXlsx(await bytesOf(workbook));
    const result = evaluateBloc(input, { year: 2025 });
    const subtotal = result.issues.filter((i) => i.code === "score-subtotal-formula");
    expect(subtotal.map((i) => [i.sheet, i.cell, i.severity, i.details?.textCells])).toEqual([
      ["Tổng hợp", "C2", "warning", "C4"],
    ]);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.provisional).toBe(false);
  });
});
