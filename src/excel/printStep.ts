import { pageNumberHeader, type PrintSetup } from "../engine";
import { step, type Step } from "./step";

/**
 * Page setup. It needs ExcelApi 1.9 (Worksheet.pageLayout, its headers and footers); older hosts print with
 * Excel's defaults. Without fit to width the sheet prints at 100% across as many pages as it needs. The page
 * number (`pageNumber`, see pageNumberHeader) is the centre header.
 */
export function printStep(sheet: string, print: PrintSetup, pageNumber = pageNumberHeader([])): Step {
  return step((env) => {
    if (!env.supports("ExcelApi", "1.9")) return;
    const page = env.sheet(sheet).pageLayout;
    page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = "A4";
    page.zoom = print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
    page.topMargin = print.margins.top * 72;
    page.bottomMargin = print.margins.bottom * 72;
    page.leftMargin = print.margins.left * 72;
    page.rightMargin = print.margins.right * 72;
    page.centerHorizontally = print.horizontalCentered;
    if (print.printTitleRows) {
      const [first, last = first] = print.printTitleRows.replace(/\$/g, "").split(":");
      page.setPrintTitleRows(`$${first}:$${last}`);
    }
    if (print.printTitleColumns) {
      const [first, last = first] = print.printTitleColumns.replace(/\$/g, "").split(":");
      page.setPrintTitleColumns(`$${first}:$${last}`);
    }
    if (print.pageNumbers) {
      // From the second page: Excel's "different first page", its first-page header left empty.
      const headers = page.headersFooters;
      headers.state = print.pageNumbers === "fromSecond" ? "FirstAndDefault" : "Default";
      headers.defaultForAllPages.centerHeader = pageNumber;
      if (print.pageNumbers === "fromSecond") headers.firstPage.centerHeader = "";
      // Each document is numbered from its own first page, not on from the sheets printed before it.
      page.firstPageNumber = 1;
    }
  });
}
