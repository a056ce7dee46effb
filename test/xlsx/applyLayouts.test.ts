import ExcelJS from "exceljs";
import { ownershipName } from "../../src/engine/layout/sheetLayout";
import { applyLayouts } from "../../src/xlsx/applyLayouts";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { decodeXml } from "../../src/xlsx/xml";
import { bytesOf, definedNamesOf, openBytes, partOf, rankingLayout } from "./xlsxFixtures";

async function inputBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Tổng hợp").getCell("B7").value = "Ban Tổ chức";
  return bytesOf(workbook);
}

async function writtenSheet(): Promise<{ data: Uint8Array; sheet: ExcelJS.Worksheet }> {
  const data = await applyLayouts(await inputBytes(), [rankingLayout()]);
  const sheet = (await openBytes(data)).getWorksheet("Xếp hạng");
  if (!sheet) throw new Error("no output sheet");
  return { data, sheet };
}

describe("applyLayouts: one layout onto an .xlsx", () => {
  test("adds the sheet at the end with its values; text starting with = + - @ stays text", async () => {
    const { data, sheet } = await writtenSheet();
    const { workbook, existing } = await readXlsx(data);
    expect(existing.map((s) => s.name)).toEqual(["Tổng hợp", "Xếp hạng"]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    for (const ref of ["B4", "B5", "C5"]) expect(sheet.getCell(ref).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B4").value).toBe("+Báo Quảng Trị");
    expect(sheet.getCell("C5").value).toBe("-5");
    expect(sheet.getCell("B5").value).toBe("@Đoàn khối");
    expect(sheet.getCell("A5").value).toBe(true);
    expect(sheet.getCell("A3").value).toBe(1);
  });

  test("formulas are written with their cached result", async () => {
    const { sheet } = await writtenSheet();
    expect(sheet.getCell("C3").formula).toBe("SUM(D3:E3)");
    expect(sheet.getCell("C3").result).toBe(97.5);
    expect(sheet.getCell("C4").result).toBe("Tốt");
  });

  test("a formula whose result is 0 keeps it cached", async () => {
    const layout = rankingLayout({ values: [[{ formula: "1-1", value: 0 }]], links: [] });
    const data = await applyLayouts(await inputBytes(), [layout]);
    expect(await partOf(data, "xl/worksheets/sheet2.xml")).toContain("<f>1-1</f><v>0</v>");
  });

  test("merges, widths, heights, freeze panes and tab colour", async () => {
    const { sheet } = await writtenSheet();
    expect(sheet.getCell("B1").isMerged).toBe(true);
    expect(sheet.getCell("C1").master.address).toBe("A1");
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([6, 40, 12]);
    expect(sheet.getRow(1).height).toBe(30);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(sheet.properties.tabColor).toEqual({ argb: "FF2E75B6" });
  });

  test("formats: font, fill, alignment, number format, borders on every cell of the range", async () => {
    const { sheet } = await writtenSheet();
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(sheet.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FF1F3864" } });
    expect(sheet.getCell("B2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(sheet.getCell("B2").alignment).toMatchObject({ wrapText: true, vertical: "middle" });
    expect(sheet.getCell("C4").numFmt).toBe("0.00");
    expect(sheet.getCell("C4").font).toMatchObject({ italic: true });
    for (const ref of ["A2", "C2", "B4", "C5"]) {
      expect(sheet.getCell(ref).border).toMatchObject({
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      });
    }
    // Formats stay in their range: the merged title row gets no border.
    expect(sheet.getCell("B1").border ?? {}).not.toHaveProperty("top");
  });

  test("A4 print setup, fitted to one page wide, with title rows and margins", async () => {
    const { sheet } = await writtenSheet();
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "2:2",
      margins: { top: 0.6, bottom: 0.6, left: 0.8, right: 0.5 },
    });
  });

  test("a link to another sheet's cell keeps the cell's text", async () => {
    const { data, sheet } = await writtenSheet();
    // ExcelJS reads links through relationships only; an internal link has none, just its location.
    expect(sheet.getCell("B3").value).toBe("=Ban Tổ chức");
    const xml = await partOf(data, "xl/worksheets/sheet2.xml");
    expect(xml).toMatch(/<hyperlink ref="B3" location="'Tổng hợp'!B7"/);
    // The link cell is a text cell (an inline string), not a formula.
    expect(xml).toMatch(/<c r="B3" s="\d+" t="inlineStr">/);
    const { existing } = await readXlsx(data);
    expect(existing).toHaveLength(2);
  });

  test("the ownership mark points at the new sheet's A1; the chart is a drawing and a chart part", async () => {
    const { data } = await writtenSheet();
    expect(await definedNamesOf(data)).toEqual({ [ownershipName("ranking")]: ["'Xếp hạng'!$A$1"] });
    const types = await partOf(data, "[Content_Types].xml");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(await partOf(data, "xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      'Target="../drawings/drawing1.xml"',
    );
  });

  test("a sheet name with an apostrophe is quoted and escaped in marks and links", async () => {
    const layout = rankingLayout({
      name: "Ban's bảng",
      links: [{ cell: "A2", sheet: "Ban's bảng", target: "A1" }],
    });
    const once = await applyLayouts(await inputBytes(), [layout]);
    expect(decodeXml(await partOf(once, "xl/workbook.xml"))).toContain("'Ban''s bảng'!$A$1");
    const twice = await applyLayouts(once, [layout]);
    const { existing } = await readXlsx(twice);
    expect(existing).toEqual([
      { name: "Tổng hợp", owner: null },
      { name: "Ban's bảng", owner: "ranking" },
    ]);
  });

  test("without fit to width it prints at 100%, not fitted; without freeze there is no pane", async () => {
    const layout = rankingLayout({
      freeze: null,
      print: { ...rankingLayout().print, fitToWidth: false, printTitleRows: null },
    });
    const data = await applyLayouts(await inputBytes(), [layout]);
    const sheet = (await openBytes(data)).getWorksheet("Xếp hạng")!;
    expect(sheet.pageSetup).toMatchObject({ fitToPage: false, scale: 100 });
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
    expect(await partOf(data, "xl/worksheets/sheet2.xml")).not.toContain("<pane");
  });
});
