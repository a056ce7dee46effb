import type { WorkbookInput } from "../../src/engine/workbook";
import { rankInExcel } from "../../src/excel/rankInExcel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { cellsOfAddress } from "../../src/excel/formulaCells";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { MAX_AREAS } from "./fakeExcel/FakeRangeAreas";

// A criteria table and a matrix whose group rows are =SUM subtotals; Ban A's 1.2 is "9,5" typed as text, so
// Excel's SUM in C2 left it out and shows 9.
function bloc(excelApi: string): FakeExcel {
  const book: WorkbookInput = {
    sheets: [
      {
        name: "Tiêu chí",
        values: [
          ["STT", "Nội dung", "Điểm chuẩn"],
          ["I", "Chuyên môn", ""],
          [1, "Kế hoạch", 10],
          [2, "Tiến độ", 10],
        ],
      },
      {
        name: "Bảng điểm, khối 1",
        values: [
          ["STT", "Nội dung", "Ban A", "Ban B"],
          ["I", "Chuyên môn", "", ""],
          [1, "Kế hoạch", 9, 8],
          [2, "Tiến độ", "9,5", 9],
        ],
      },
      { name: "Trống", values: [] },
    ],
  };
  const fake = new FakeExcel(book, { excelApi });
  fake.seedFormula("Tiêu chí", "C2", "=SUM(C3:C4)", 20);
  fake.seedFormula("Bảng điểm, khối 1", "C2", "=SUM(C3:C4)", 9);
  fake.seedFormula("Bảng điểm, khối 1", "D2", "=SUM(D3:D4)", 17);
  return fake;
}

async function read(fake: FakeExcel) {
  const syncs = fake.syncCount;
  const contents = await fake.run((context) => readWorkbook(context, fake.isSetSupported));
  const formulas = Object.fromEntries(
    contents.workbook.sheets.map((sheet) => [sheet.name, Object.fromEntries(sheet.formulas ?? [])]),
  );
  return { contents, formulas, syncs: fake.syncCount - syncs };
}

describe("readWorkbook: which cells hold formulas", () => {
  test("with ExcelApi 1.9, from the formula cells' areas, in three syncs (sheets, used ranges, values)", async () => {
    const { contents, formulas, syncs } = await read(bloc("1.9"));
    expect(formulas).toEqual({
      "Tiêu chí": { C2: "=" },
      "Bảng điểm, khối 1": { C2: "=", D2: "=" },
      Trống: {},
    });
    expect(syncs).toBe(3);
    expect(contents.readSyncs).toBe(3);
    expect(contents.workbook.sheets[1]?.values[1]).toEqual(["I", "Chuyên môn", 9, 17]);
  });

  test("before ExcelApi 1.9, from `formulas` loaded beside the values, with their text, in three syncs", async () => {
    const { formulas, syncs } = await read(bloc("1.7"));
    expect(formulas).toEqual({
      "Tiêu chí": { C2: "=SUM(C3:C4)" },
      "Bảng điểm, khối 1": { C2: "=SUM(C3:C4)", D2: "=SUM(D3:D4)" },
      Trống: {},
    });
    expect(syncs).toBe(3);
  });

  test("when Excel refuses to list too many separate areas, the values are read again with `formulas`", async () => {
    const fake = bloc("1.9");
    // Isolated formula cells, one area each, one more than Excel allows.
    for (let i = 0; i <= MAX_AREAS; i++) fake.seedFormula("Trống", `A${2 * i + 1}`, "=1", 1);
    const { contents, formulas, syncs } = await read(fake);
    // One sync more than the same workbook read with `formulas` from the start (ExcelApi 1.7).
    const older = bloc("1.7");
    for (let i = 0; i <= MAX_AREAS; i++) older.seedFormula("Trống", `A${2 * i + 1}`, "=1", 1);
    expect(syncs).toBe((await read(older)).syncs + 1);
    expect(contents.readSyncs).toBe(syncs);
    expect(Object.keys(formulas["Trống"] ?? {})).toHaveLength(MAX_AREAS + 1);
    expect(formulas["Bảng điểm, khối 1"]).toEqual({ C2: "=SUM(C3:C4)", D2: "=SUM(D3:D4)" });
  });

  test("a rank reports the SUM that skipped a text score as a warning and proposes awards, in as many syncs", async () => {
    for (const excelApi of ["1.7", "1.9"]) {
      const fake = bloc(excelApi);
      const report = await fake.run((context) =>
        rankInExcel(context, { year: 2025, supports: fake.isSetSupported }),
      );
      const subtotal = report.result.issues.filter((i) => i.code === "score-subtotal-formula");
      expect(subtotal.map((i) => [i.sheet, i.cell, i.details?.textCells])).toEqual([
        ["Bảng điểm, khối 1", "C2", "C4"],
      ]);
      expect(report.result.provisional).toBe(false);
      expect(report.syncs).toBe(fake.syncCount);
      expect(fake.syncCount).toBe(4);
    }
  });
});

describe("cellsOfAddress", () => {
  test("splits a RangeAreas address at commas outside quoted sheet names, dropping the sheet and $", () => {
    expect(cellsOfAddress("'Sheet, 1'!C5:C7,'Sheet, 1'!$E$5")).toEqual(["C5", "C6", "C7", "E5"]);
    expect(cellsOfAddress("'It''s!'!A1:B2,Sheet1!D4")).toEqual(["A1", "B1", "A2", "B2", "D4"]);
  });
});
