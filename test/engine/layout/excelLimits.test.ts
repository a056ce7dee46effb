import ExcelJS from "exceljs";
import { evaluateBloc, type BlocResult } from "../../../src/engine/evaluateBloc";
import { EXCEL_LIMITS, tooManyArguments, withinExcelLimits } from "../../../src/engine/layout/excelLimits";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { sumOf } from "../../../src/engine/layout/sumOf";
import { generatedBloc } from "../../../src/samples/generatedBloc";
import { partyBloc } from "../../../src/samples/partyBloc";
import { applyLayouts } from "../../../src/xlsx/applyLayouts";
import { workbookToXlsx } from "../../../src/xlsx/workbookToXlsx";

// Excel's limits hold in every layout the engine makes (DESIGN §7), so both hosts write what Excel accepts.
function withLongIssue(chars: number): BlocResult {
  // A score typed as text gives an issue; its unit cell (a wrapped column) then takes the long text.
  const workbook = partyBloc(2024);
  workbook.sheets.find((s) => s.name === "Tổng hợp")!.values[8]![5] = "abc";
  const result = evaluateBloc(workbook, { year: 2024 });
  const [first] = result.issues;
  if (!first) throw new Error("the party bloc has no issue to lengthen");
  result.issues[0] = { ...first, unit: "Đơn vị ".repeat(Math.ceil(chars / 7)).slice(0, chars) };
  return result;
}

const dataCheck = (result: BlocResult): SheetLayout =>
  layoutOutputs(result, { existing: [] }).find((layout) => layout.kind === "dataCheck")!;

/** Every function call's argument count in a formula (commas per parenthesis). */
function maxArguments(formula: string): number {
  const stack: number[] = [];
  let max = 0;
  for (const ch of formula) {
    if (ch === "(") stack.push(1);
    else if (ch === ")") max = Math.max(max, stack.pop() ?? 0);
    else if (ch === "," && stack.length > 0) stack[stack.length - 1]! += 1;
  }
  return max;
}

describe("Excel's limits in the layouts", () => {
  it("the data-check row of a 5,000-character issue text is at most 409 points, its text whole", () => {
    const layout = dataCheck(withLongIssue(5000));
    expect(layout.rowHeights.length).toBeGreaterThan(0);
    expect(Math.max(...layout.rowHeights.map((h) => h.height))).toBe(EXCEL_LIMITS.rowHeight);
    expect(layout.values.flat()).toContainEqual(expect.stringMatching(/^Đơn vị/));
    expect(layout.values.flat().some((v) => typeof v === "string" && v.length === 5000)).toBe(true);
  });

  it("a text over 32,767 characters is cut there, ending in an ellipsis", () => {
    const layout = dataCheck(withLongIssue(40000));
    const texts = layout.values.flat().filter((v): v is string => typeof v === "string");
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), "");
    expect(longest.length).toBe(EXCEL_LIMITS.cellText);
    expect(longest.endsWith("…")).toBe(true);
  });

  it("column widths are capped at 255 characters, row heights at 409 points", () => {
    const layout = dataCheck(withLongIssue(10));
    const fitted = withinExcelLimits({
      ...layout,
      columnWidths: [300, 12],
      rowHeights: [
        { row: 2, height: 1097 },
        { row: 3, height: 20 },
      ],
    });
    expect(fitted.columnWidths).toEqual([255, 12]);
    expect(fitted.rowHeights).toEqual([
      { row: 2, height: 409 },
      { row: 3, height: 20 },
    ]);
  });

  it("a formula Excel would refuse is written as the engine's value", () => {
    const layout = dataCheck(withLongIssue(10));
    const long = { formula: `1${"+1".repeat(4096)}`, value: 4097 };
    const wide = { formula: `MAX(${Array.from({ length: 256 }, () => "1").join(",")})`, value: 1 };
    const fine = { formula: "SUM(A1:A3)", value: 3 };
    const fitted = withinExcelLimits({ ...layout, values: [[long, wide, fine]] });
    expect(fitted.values).toEqual([[4097, 1, fine]]);
    expect(tooManyArguments(wide.formula)).toBe(true);
    expect(tooManyArguments(`LEN("${",".repeat(600)}")`)).toBe(false);
  });

  it("sumOf: a list up to 255 cells, ranges for runs past it, split sums past 255 arguments", () => {
    const column = (rows: number[]) => rows.map((row) => ({ row, col: 3 }));
    expect(sumOf(column([5, 6, 9]))).toBe("SUM(D6,D7,D10)");
    expect(sumOf(column(Array.from({ length: 300 }, (_, i) => 4 + i)))).toBe("SUM(D5:D304)");
    // Every other row: no run to join, so the sum is cut into parts of 255.
    const scattered = sumOf(column(Array.from({ length: 600 }, (_, i) => 2 * i)));
    expect(scattered.split("+").length).toBe(3);
    expect(maxArguments(scattered)).toBe(255);
    expect(scattered.startsWith("SUM(D1,D3,")).toBe(true);
  });

  it("a parent of 300 children sums them in one range, every formula within 255 arguments", () => {
    const result = evaluateBloc(generatedBloc(3, 1, 300), { year: 2024 });
    const details = layoutOutputs(result, { existing: [] }).find((l) => l.kind === "details")!;
    const formulas = details.values.flatMap((row) =>
      row.flatMap((v) => (v !== null && typeof v === "object" ? [v.formula] : [])),
    );
    expect(formulas.some((f) => /SUM\([A-Z]+\d+:[A-Z]+\d+\)/.test(f))).toBe(true);
    for (const formula of formulas) {
      expect(maxArguments(formula)).toBeLessThanOrEqual(255);
      expect(formula.length + 1).toBeLessThanOrEqual(EXCEL_LIMITS.formulaLength);
    }
  });

  it("the .xlsx writer writes the capped heights and widths", async () => {
    const result = withLongIssue(5000);
    const layouts = layoutOutputs(result, { existing: [] });
    const data = await applyLayouts(await workbookToXlsx(partyBloc(2024)), layouts);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(dataCheck(result).name)!;
    const heights: number[] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => heights.push(row.height ?? 0));
    expect(Math.max(...heights)).toBe(EXCEL_LIMITS.rowHeight);
    for (const s of book.worksheets)
      for (const column of s.columns ?? []) expect(column.width ?? 0).toBeLessThanOrEqual(255);
  });
});
