import ExcelJS from "exceljs";
import { decodeXml } from "../../src/xlsx/xml";
import { DOCUMENT_FONT } from "../../src/engine/layout/sheetLayout";
import { applyLayouts } from "../../src/xlsx/applyLayouts";
import { DOCUMENT_ROWS, documentLayout } from "../helpers/documentLayout";
import { bytesOf, openBytes, partOf } from "./xlsxFixtures";

async function written(overrides: Parameters<typeof documentLayout>[0] = {}) {
  const input = new ExcelJS.Workbook();
  input.addWorksheet("Tổng hợp").getCell("A1").value = "Ban Tổ chức";
  const data = await applyLayouts(await bytesOf(input), [documentLayout(overrides)]);
  const sheet = (await openBytes(data)).getWorksheet("Tờ trình");
  if (!sheet) throw new Error("no output sheet");
  return { data, sheet, xml: await partOf(data, "xl/worksheets/sheet2.xml") };
}

const last = 4 + DOCUMENT_ROWS;

describe("applyLayouts: a document in the Decree 30/2020 format", () => {
  test("the font name is on every cell of its range, beside the other font settings", async () => {
    const { sheet } = await written();
    for (const ref of ["A1", "C1", "B2", "A4", `D${last}`]) {
      expect(sheet.getCell(ref).font).toMatchObject({ name: DOCUMENT_FONT, size: 13 });
    }
    // A later format adds to it: the header row is bold and still Times New Roman.
    expect(sheet.getCell("B4").font).toMatchObject({ name: DOCUMENT_FONT, bold: true });
    expect(sheet.getCell("F1").font?.name).not.toBe(DOCUMENT_FONT);
  });

  test("a bottom border draws the range's bottom edge only, and adds to the edges already there", async () => {
    const { sheet } = await written();
    for (const ref of ["A2", "B2"]) {
      expect(sheet.getCell(ref).border).toEqual({ bottom: { style: "thin" } });
    }
    // The rule is under the range, not under each of its rows.
    expect(sheet.getCell("A1").border ?? {}).toEqual({});
    expect(sheet.getCell("C2").border ?? {}).toEqual({});
    // The table's header row: thin all round from the table, medium underneath from the rule.
    expect(sheet.getCell("C4").border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
      bottom: { style: "medium" },
    });
    expect(sheet.getCell("C5").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
  });

  test("page numbers from page 2: a centred &P header and a different, empty first page", async () => {
    const { sheet, xml } = await written();
    expect(sheet.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&C&"Times New Roman,Regular"&13&P',
    });
    expect(sheet.headerFooter.firstHeader ?? "").toBe("");
    // Numbered from the document's own first page, not on from the sheets before it.
    expect(xml).toMatch(/<pageSetup [^>]*firstPageNumber="1"[^>]*useFirstPageNumber="1"/);
    expect(xml).toContain(
      '<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;13&amp;P</oddHeader></headerFooter>',
    );
  });

  test("page numbers on every page: the same header, no different first page", async () => {
    // No font named: the number in the host's default font.
    const { sheet, xml } = await written({
      print: { ...documentLayout().print, pageNumbers: "all" },
      formats: documentLayout().formats.slice(1),
    });
    expect(sheet.headerFooter).toMatchObject({ oddHeader: "&C&P" });
    expect(sheet.headerFooter.differentFirst ?? false).toBe(false);
    expect(xml).toContain("<headerFooter><oddHeader>&amp;C&amp;P</oddHeader></headerFooter>");
  });

  test("without page numbers the file has no header", async () => {
    const { xml } = await written({ print: { ...documentLayout().print, pageNumbers: null } });
    expect(xml).not.toContain("<headerFooter");
  });

  test("title columns repeat on every page (the print titles name); without fit to width it prints at 100%", async () => {
    const { data, sheet, xml } = await written();
    expect(sheet.pageSetup).toMatchObject({ printTitlesColumn: "A:B", fitToPage: false, scale: 100 });
    expect(decodeXml(await partOf(data, "xl/workbook.xml"))).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="1">'Tờ trình'!\$A:\$B<\/definedName>/,
    );
    expect(xml).not.toContain("fitToPage");
    expect(xml).toMatch(/<pageSetup [^>]*scale="100"/);
  });

  test("title columns and title rows together make one print titles name", async () => {
    const { data, sheet } = await written({ print: { ...documentLayout().print, printTitleRows: "4:4" } });
    expect(sheet.pageSetup).toMatchObject({ printTitlesColumn: "A:B", printTitlesRow: "4:4" });
    expect(decodeXml(await partOf(data, "xl/workbook.xml"))).toContain("'Tờ trình'!$A:$B,'Tờ trình'!$4:$4");
  });

  test("Decree 30/2020 margins in inches: 20 mm top and bottom, 30 mm left, 15 mm right", async () => {
    const { sheet } = await written();
    expect(sheet.pageSetup.margins).toMatchObject({ top: 0.787, bottom: 0.787, left: 1.181, right: 0.591 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait" });
  });
});
