import { codeOf } from "../helpers/codeOf";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const input = { sheets: [{ name: "Tổng hợp", values: [["Đơn vị", "Điểm"]] }] };

/** The error code of one batch on a fresh fake host ("no error" when it ran), and the host after it. */
async function batch(work: (sheet: Excel.Worksheet) => void, excelApi = "1.9") {
  const fake = new FakeExcel(input, { excelApi });
  const code = await codeOf(
    fake.run(async (context) => {
      work(context.workbook.worksheets.getItem("Tổng hợp"));
      await context.sync();
    }),
  );
  return { code, fake, page: fake.sheet("Tổng hợp").pageLayout };
}

describe("the fake's fonts, borders and page layout are as strict as Excel", () => {
  test("a font name is kept per cell; an empty one is refused", async () => {
    const named = await batch((sheet) => (sheet.getRange("A1:B1").format.font.name = "Times New Roman"));
    expect(named.code).toBe("no error");
    expect(named.fake.cell("Tổng hợp", "B1")?.font.name).toBe("Times New Roman");
    expect((await batch((sheet) => (sheet.getRange("A1").format.font.name = " "))).code).toBe(
      "InvalidArgument",
    );
  });

  test("a border's style and weight must be Excel's", async () => {
    const edge = (sheet: Excel.Worksheet) => sheet.getRange("A1:B2").format.borders.getItem("EdgeBottom");
    const drawn = await batch((sheet) => {
      edge(sheet).style = "Continuous";
      edge(sheet).weight = "Medium";
    });
    expect(drawn.fake.cell("Tổng hợp", "A2")?.borders).toEqual({
      bottom: { style: "Continuous", weight: "Medium" },
    });
    expect(drawn.fake.cell("Tổng hợp", "A1")?.borders ?? {}).toEqual({});
    expect((await batch((sheet) => (edge(sheet).style = "Solid" as Excel.BorderLineStyle))).code).toBe(
      "InvalidArgument",
    );
    expect((await batch((sheet) => (edge(sheet).weight = "Bold" as Excel.BorderWeight))).code).toBe(
      "InvalidArgument",
    );
  });

  test("headers and footers: a known state, each page's sections, at most 255 characters a header", async () => {
    const set = await batch((sheet) => {
      const headers = sheet.pageLayout.headersFooters;
      headers.state = "FirstAndDefault";
      headers.defaultForAllPages.centerHeader = "&P";
      headers.firstPage.centerHeader = "";
      headers.defaultForAllPages.leftFooter = "Ban Tổ chức";
    });
    expect(set.page.headersFooters).toEqual({
      state: "FirstAndDefault",
      pages: {
        defaultForAllPages: { centerHeader: "&P", leftFooter: "Ban Tổ chức" },
        firstPage: { centerHeader: "" },
      },
    });
    const bad = await batch((sheet) => {
      sheet.pageLayout.headersFooters.state = "EveryOther" as Excel.HeaderFooterState;
    });
    expect(bad.code).toBe("InvalidArgument");
    const long = await batch((sheet) => {
      const page = sheet.pageLayout.headersFooters.defaultForAllPages;
      page.leftHeader = "x".repeat(200);
      page.leftFooter = "y".repeat(200);
      page.rightHeader = "z".repeat(56);
    });
    expect(long.code).toBe("InvalidArgument");
    expect(long.page.headersFooters?.pages.defaultForAllPages).toEqual({
      leftHeader: "x".repeat(200),
      leftFooter: "y".repeat(200),
    });
  });

  test("headers and footers need ExcelApi 1.9", async () => {
    const old = await batch((sheet) => {
      sheet.pageLayout.headersFooters.defaultForAllPages.centerHeader = "&P";
    }, "1.7");
    expect(old.code).toBe("ApiNotFound");
  });

  test("print titles are whole columns or whole rows, kept as Excel shows them", async () => {
    const set = await batch((sheet) => {
      sheet.pageLayout.setPrintTitleColumns("A:$B");
      sheet.pageLayout.setPrintTitleRows("$5:5");
    });
    expect(set.page).toMatchObject({ printTitleColumns: "$A:$B", printTitleRows: "$5:$5" });
    for (const columns of ["A1:B2", "5:5", "A:XFE", "", "A:B:C"]) {
      expect((await batch((sheet) => sheet.pageLayout.setPrintTitleColumns(columns))).code).toBe(
        "InvalidArgument",
      );
    }
    for (const rows of ["A:B", "A5", "0:1", "1048577:1048577"]) {
      expect((await batch((sheet) => sheet.pageLayout.setPrintTitleRows(rows))).code).toBe("InvalidArgument");
    }
  });

  test("a zoom scale is 10–400%", async () => {
    expect((await batch((sheet) => (sheet.pageLayout.zoom = { scale: 100 }))).page.zoom).toEqual({
      scale: 100,
    });
    for (const scale of [5, 401]) {
      expect((await batch((sheet) => (sheet.pageLayout.zoom = { scale }))).code).toBe("InvalidArgument");
    }
  });
});
