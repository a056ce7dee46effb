import ExcelJS from "exceljs";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { bytesOf } from "./xlsxFixtures";

async function readOne(fill: (sheet: ExcelJS.Worksheet) => void, date1904 = false) {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  fill(workbook.addWorksheet("Tổng hợp"));
  const { workbook: input } = await readXlsx(await bytesOf(workbook));
  return input.sheets[0]!.values;
}

describe("readXlsx: cell values as Office.js Range.values gives them", () => {
  test("a merged cell has its value at the top-left only", async () => {
    const values = await readOne((sheet) => {
      sheet.getCell("A1").value = "Khối thi đua";
      sheet.mergeCells("A1:C2");
      sheet.getCell("A3").value = 1;
    });
    expect(values).toEqual([
      ["Khối thi đua", "", ""],
      ["", "", ""],
      [1, "", ""],
    ]);
  });

  test("formulas give their cached result, or nothing without one; shared formulas too", async () => {
    const values = await readOne((sheet) => {
      sheet.getCell("A1").value = 2;
      sheet.getCell("B1").value = {
        formula: "A1*2",
        result: 4,
        shareType: "shared",
        ref: "B1:B2",
      } as ExcelJS.CellFormulaValue;
      sheet.getCell("B2").value = { sharedFormula: "B1", result: 0 };
      sheet.getCell("C1").value = { formula: 'IF(A1>1,"Đạt","")', result: "Đạt" };
      sheet.getCell("C2").value = { formula: "A1>1", result: true };
      sheet.getCell("D1").value = { formula: "A1+1" } as ExcelJS.CellFormulaValue;
      sheet.getCell("D2").value = { formula: "A1/0", result: { error: "#DIV/0!" } };
      sheet.getCell("E1").value = { formula: "A1>5", result: false };
    });
    // 0 and FALSE are the results ExcelJS's `cell.value` drops.
    expect(values).toEqual([
      [2, 4, "Đạt", "", false],
      ["", 0, true, "#DIV/0!", ""],
    ]);
  });

  test("rich text and hyperlinks give their text; errors their text; booleans stay booleans", async () => {
    const values = await readOne((sheet) => {
      sheet.getCell("A1").value = { richText: [{ text: "Ban ", font: { bold: true } }, { text: "Tổ chức" }] };
      sheet.getCell("B1").value = { text: "Cổng thông tin", hyperlink: "https://quangtri.gov.vn" };
      sheet.getCell("C1").value = { text: "Tổng hợp", hyperlink: "#'Tổng hợp'!A1" };
      sheet.getCell("A2").value = { error: "#N/A" };
      sheet.getCell("B2").value = true;
      sheet.getCell("C2").value = false;
    });
    expect(values).toEqual([
      ["Ban Tổ chức", "Cổng thông tin", "Tổng hợp"],
      ["#N/A", true, false],
    ]);
  });

  test("text that looks like a formula or a number stays text", async () => {
    const values = await readOne((sheet) => {
      sheet.getCell("A1").value = "=SUM(A2:A3)";
      sheet.getCell("B1").value = "0123";
    });
    expect(values).toEqual([["=SUM(A2:A3)", "0123"]]);
  });

  test("dates give their Excel serial number, in either date system", async () => {
    const put = (sheet: ExcelJS.Worksheet) => {
      sheet.getCell("A1").value = new Date(Date.UTC(2024, 11, 31));
      sheet.getCell("B1").value = new Date(Date.UTC(2024, 11, 31, 12, 0, 0));
      sheet.getCell("C1").value = { formula: "A1+1", result: new Date(Date.UTC(2025, 0, 1)) };
    };
    expect(await readOne(put)).toEqual([[45657, 45657.5, 45658]]);
    expect(await readOne(put, true)).toEqual([[45657 - 1462, 45657.5 - 1462, 45658 - 1462]]);
  });

  test("ragged rows come out rectangular from A1; formatting alone does not widen the rectangle", async () => {
    const values = await readOne((sheet) => {
      sheet.getCell("B2").value = "x";
      sheet.getCell("D4").value = 4;
      sheet.getCell("F9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    });
    expect(values).toHaveLength(4);
    for (const row of values) expect(row).toHaveLength(4);
    expect(values[1]).toEqual(["", "x", "", ""]);
    expect(values[3]).toEqual(["", "", "", 4]);
  });

  test("every sheet in tab order, hidden ones and empty ones included", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tiêu chí").getCell("A1").value = "STT";
    workbook.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = 1;
    workbook.addWorksheet("Trống");
    const { workbook: input, existing } = await readXlsx(await bytesOf(workbook));
    expect(input.sheets).toEqual([
      { name: "Tiêu chí", values: [["STT"]], formulas: new Map() },
      { name: "Ẩn", values: [[1]], formulas: new Map() },
      { name: "Trống", values: [], formulas: new Map() },
    ]);
    expect(existing).toEqual([
      { name: "Tiêu chí", owner: null },
      { name: "Ẩn", owner: null },
      { name: "Trống", owner: null },
    ]);
  });

  test("accepts a Uint8Array as well as a Buffer", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A").getCell("A1").value = 1;
    const bytes = new Uint8Array(await bytesOf(workbook));
    expect((await readXlsx(bytes)).workbook.sheets[0]!.values).toEqual([[1]]);
  });
});
