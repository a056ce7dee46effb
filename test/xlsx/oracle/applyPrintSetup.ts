import type ExcelJS from "exceljs";
import { pageNumberHeader, type PrintSetup } from "../../../src/engine";

const PAPER_SIZE = { A4: 9 } as const;
// Excel's defaults for the header and footer bands, which the layout does not set.
const HEADER_FOOTER_MARGIN = 0.3;

/**
 * Page setup for printing. Fitting to width means one page wide and as many pages tall as needed
 * (fitToHeight 0), so a long table is never shrunk to one unreadable page; without it the sheet prints at
 * 100% across as many pages as it needs, its title columns repeated on each. Page numbers go in the centre
 * of the header (`pageNumber`, see pageNumberHeader); from the second page on is Excel's "different first page"
 * with an empty first header.
 */
export function applyPrintSetup(
  worksheet: ExcelJS.Worksheet,
  print: PrintSetup,
  pageNumber = pageNumberHeader([]),
): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[print.paperSize] as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    margins: { ...print.margins, header: HEADER_FOOTER_MARGIN, footer: HEADER_FOOTER_MARGIN },
    horizontalCentered: print.horizontalCentered,
  };
  Object.assign(setup, print.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : { scale: 100 });
  // ExcelJS writes the rows as `'Sheet'!$5:$5` itself; it wants them bare.
  if (print.printTitleRows) setup.printTitlesRow = print.printTitleRows.replace(/\$/g, "");
  if (print.printTitleColumns) setup.printTitlesColumn = print.printTitleColumns.replace(/\$/g, "");
  // Each document is numbered from its own first page, not on from the sheets printed before it.
  if (print.pageNumbers) setup.firstPageNumber = 1;
  Object.assign(worksheet.pageSetup, setup);
  if (print.pageNumbers) {
    Object.assign(worksheet.headerFooter, {
      differentFirst: print.pageNumbers === "fromSecond",
      // `&C`: the centre section.
      oddHeader: `&C${pageNumber}`,
      // ExcelJS writes no empty element: a different first page without a first header prints none.
      firstHeader: null,
    });
  }
}
