import { DOCUMENT_FONT } from "../../src/engine/layout/sheetLayout";
import { applyLayouts } from "../../src/excel/applyLayouts";
import { DOCUMENT_ROWS, documentLayout } from "../helpers/documentLayout";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const input = { sheets: [{ name: "Tổng hợp", values: [["Ban Tổ chức"]] }] };
const last = 4 + DOCUMENT_ROWS;

async function written(overrides: Parameters<typeof documentLayout>[0] = {}, excelApi = "1.9") {
  const fake = new FakeExcel(input, { excelApi });
  const layout = documentLayout(overrides);
  await fake.run((context) => applyLayouts(context, [layout], { supports: fake.isSetSupported }));
  return { fake, sheet: fake.sheet(layout.name), cell: (ref: string) => fake.cell(layout.name, ref) };
}

describe("the Excel adapter writes a document in the Decree 30/2020 format", () => {
  test("the font name is on every cell of its range, beside the other font settings", async () => {
    const { cell } = await written();
    for (const ref of ["A1", "C1", "B2", "A4", `D${last}`]) {
      expect(cell(ref)?.font).toMatchObject({ name: DOCUMENT_FONT, size: 13 });
    }
    expect(cell("B4")?.font).toMatchObject({ name: DOCUMENT_FONT, bold: true });
    expect(cell("F1")?.font.name).toBeUndefined();
  });

  test("a bottom border is the range's EdgeBottom only, and adds to the edges already there", async () => {
    const { cell } = await written();
    const thin = { style: "Continuous", weight: "Thin" };
    for (const ref of ["A2", "B2"]) expect(cell(ref)?.borders).toEqual({ bottom: thin });
    expect(cell("A1")?.borders).toEqual({});
    expect(cell("C2")?.borders ?? {}).toEqual({});
    expect(cell("C4")?.borders).toEqual({
      top: thin,
      left: thin,
      right: thin,
      bottom: { style: "Continuous", weight: "Medium" },
    });
    expect(cell("C5")?.borders).toEqual({ top: thin, left: thin, right: thin, bottom: thin });
  });

  test("page numbers from page 2: a different first page, &P centred on the others, none on the first", async () => {
    const { sheet } = await written();
    expect(sheet.pageLayout.headersFooters).toEqual({
      state: "FirstAndDefault",
      pages: {
        defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&13&P' },
        firstPage: { centerHeader: "" },
      },
    });
    expect(sheet.pageLayout.firstPageNumber).toBe(1);
  });

  test("page numbers on every page: one header for all pages", async () => {
    // No font named: the number in the host's default font.
    const { sheet } = await written({
      print: { ...documentLayout().print, pageNumbers: "all" },
      formats: documentLayout().formats.slice(1),
    });
    expect(sheet.pageLayout.headersFooters).toEqual({
      state: "Default",
      pages: { defaultForAllPages: { centerHeader: "&P" } },
    });
  });

  test("without page numbers the headers are left alone", async () => {
    const { sheet } = await written({ print: { ...documentLayout().print, pageNumbers: null } });
    expect(sheet.pageLayout.headersFooters).toBeUndefined();
  });

  test("title columns and rows; without fit to width it prints at 100%, Decree 30/2020 margins in points", async () => {
    const { sheet } = await written({ print: { ...documentLayout().print, printTitleRows: "4:4" } });
    expect(sheet.pageLayout).toMatchObject({
      printTitleColumns: "$A:$B",
      printTitleRows: "$4:$4",
      zoom: { scale: 100 },
      orientation: "Portrait",
      paperSize: "A4",
    });
    const { topMargin, bottomMargin, leftMargin, rightMargin } = sheet.pageLayout;
    expect([topMargin, bottomMargin, leftMargin, rightMargin].map((p) => Math.round(p! / 2.835))).toEqual([
      20, 20, 30, 15,
    ]);
  });

  test("below ExcelApi 1.9 the page setup is skipped, the formats still written", async () => {
    const { sheet, cell } = await written({}, "1.7");
    expect(sheet.pageLayout).toEqual({});
    expect(cell("A1")?.font.name).toBe(DOCUMENT_FONT);
  });
});
