// readSheet against the reader it replaces: ExcelJS's worksheet through sheetValues, on the bundled samples
// and on workbooks ExcelJS writes here with every kind of cell the samples lack.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readSheet } from "../../../src/xlsx/read/readSheet";
import { sharedStrings } from "../../../src/xlsx/read/sharedStrings";
import { sheetValues } from "../oracle/sheetValues";
import { generatedBloc } from "../../../src/samples/generatedBloc";
import { prescanSheets } from "../oracle/prescanSheets";
import { bytesOf, openBytes } from "../xlsxFixtures";
import { farCellWorkbook, wholeSheetMergeWorkbook } from "../hostileSheets";

const SAMPLES = join(__dirname, "../../../assets/samples");

/** Each sheet of a file as readSheet reads it from the zip and as sheetValues reads ExcelJS's worksheet. */
async function bothReads(data: Buffer): Promise<{ name: string; ours: unknown; theirs: unknown }[]> {
  // ExcelJS reads what prescanSheets leaves of the file (a whole-sheet merge cut), as readXlsx has it do.
  const scanned = await prescanSheets(data);
  const workbook = await openBytes(Buffer.from(scanned ?? data));
  const zip = await JSZip.loadAsync(data);
  const strings = sharedStrings((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? null);
  const date1904 = Boolean(workbook.properties.date1904);
  return Promise.all(
    workbook.worksheets.map(async (worksheet, i) => {
      // ExcelJS names its parts by sheet order; the samples were written by ExcelJS too.
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
      return {
        name: worksheet.name,
        ours: readSheet(xml, strings, worksheet.name, { date1904 }),
        theirs: sheetValues(worksheet, date1904),
      };
    }),
  );
}

describe("readSheet gives what sheetValues gives on the ExcelJS worksheet", () => {
  test.each(readdirSync(SAMPLES).filter((file) => file.endsWith(".xlsx")))("sample %s", async (file) => {
    const reads = await bothReads(readFileSync(join(SAMPLES, file)));
    expect(reads.length).toBeGreaterThan(0);
    for (const { name, ours, theirs } of reads)
      expect({ name, read: ours }).toStrictEqual({ name, read: theirs });
  });

  test("the generated bloc of 200 units × 300 criteria (the CLI's speed benchmark)", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const sheet of generatedBloc(200, 10, 30).sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      for (const row of sheet.values) worksheet.addRow(row.map((value) => (value === "" ? null : value)));
    }
    const reads = await bothReads(await bytesOf(workbook));
    for (const { name, ours, theirs } of reads)
      expect({ name, read: ours }).toStrictEqual({ name, read: theirs });
    const cells = reads.map(({ ours }) => (ours as ReturnType<typeof readSheet>).values.flat().length);
    expect(Math.max(...cells)).toBeGreaterThan(60_000);
  });

  test("every kind of cell ExcelJS writes", async () => {
    const reads = await bothReads(await bytesOf(everyKindOfCell(false)));
    expect(reads.map((read) => read.name)).toEqual(["Dữ liệu", "Phiếu - BTC"]);
    for (const { name, ours, theirs } of reads)
      expect({ name, read: ours }).toStrictEqual({ name, read: theirs });
    // Not two empty reads agreeing: the cells are there.
    const ours = reads[0]!.ours as ReturnType<typeof readSheet>;
    expect(ours.values[0]?.slice(0, 4)).toEqual([1, -2.5, 1e-10, 123456789012345]);
    expect(ours.formulas.get("D9")).toBe("=SUM(A9:B9)+$A$1+'Phiếu - BTC'!D13+Sheet2!A6:B7");
    expect(ours.formulas.get("G4")).toBe("=LOG10(C4)*ATAN2(D4,$C4)+HeSo+C$2");
  });

  test("a 1904 workbook: its dates stay the serials the file holds", async () => {
    const reads = await bothReads(await bytesOf(everyKindOfCell(true)));
    for (const { name, ours, theirs } of reads)
      expect({ name, read: ours }).toStrictEqual({ name, read: theirs });
  });

  test("far cells and a merge over the whole sheet", async () => {
    for (const data of [await farCellWorkbook(), await wholeSheetMergeWorkbook()]) {
      const reads = await bothReads(data);
      for (const { name, ours, theirs } of reads)
        expect({ name, read: ours }).toStrictEqual({ name, read: theirs });
    }
    const [far] = await bothReads(await farCellWorkbook());
    expect((far!.ours as ReturnType<typeof readSheet>).far?.map((cell) => cell.cell)).toEqual([
      "D1048000",
      "XFD1048576",
    ]);
  });
});

/** A workbook of numbers, strings, rich text, booleans, errors, formulas, shared formulas, merges, dates, links. */
function everyKindOfCell(date1904: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("Dữ liệu");
  sheet.getRow(1).values = [1, -2.5, 1e-10, 123456789012345, 0.1 + 0.2, 0];
  sheet.getRow(2).values = [
    "a < b & \"c\" 'd'",
    "  hai dòng\nthứ hai  ",
    { richText: [{ text: "Điểm ", font: { bold: true } }, { text: "chuẩn" }] },
    true,
    false,
    { error: "#N/A" },
  ];
  sheet.getRow(3).values = [
    { formula: "A1*0", result: 0 },
    { formula: "A1>5", result: false },
    { formula: 'IF(A1>5,"x","")', result: "" },
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { formula: 'A2&"<&>"', result: "a < b & \"c\" 'd'<&>" },
    { formula: "NOW()" },
  ];
  for (let r = 4; r <= 12; r++) sheet.getRow(r).values = [r, r * 2, r * 3];
  // Filled down and right, with anchored, mixed and sheet-qualified references, functions and a name.
  sheet.fillFormula("D4:D12", "SUM(A4:B4)+$A$1+'Phiếu - BTC'!D8+Sheet2!A1:B2", (row) => row);
  sheet.fillFormula("E4:H5", "LOG10(A4)*ATAN2(B4,$C4)+HeSo+A$2", (row, col) => row * col);
  // ExcelJS's types leave out fillFormula's fourth parameter, the share type.
  (sheet.fillFormula as (range: string, formula: string, results: number[], shareType: string) => void).call(
    sheet,
    "J4:J6",
    "A4:A6*2",
    [8, 10, 12],
    "array",
  );
  sheet.getCell("A14").value = new Date(Date.UTC(2025, 0, 15));
  sheet.getCell("B14").value = new Date(Date.UTC(2025, 0, 15, 12, 30));
  sheet.getCell("A14").numFmt = "dd/mm/yyyy";
  sheet.getCell("C14").value = { formula: "A14+1", result: new Date(Date.UTC(2025, 0, 16)) };
  sheet.getCell("A15").value = { text: "Trang chủ", hyperlink: "https://example.com/?a=1&b=2" };
  sheet.getCell("B15").value = { text: "Tổng hợp", hyperlink: "#'Phiếu - BTC'!A1" };
  sheet.getCell("A17").value = "Tiêu đề gộp";
  sheet.mergeCells("A17:D18");
  sheet.getCell("F17").value = 7;
  sheet.mergeCells("F17:F25");
  sheet.mergeCells("H30:K31");
  sheet.getCell("L1").numFmt = "0.00";
  const other = workbook.addWorksheet("Phiếu - BTC");
  other.getCell("A1").value = "Phiếu";
  other.getCell("B2").value = { formula: "'Dữ liệu'!A1+1", result: 2 };
  return workbook;
}
