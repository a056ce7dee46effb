import type ExcelJS from "exceljs";
import type { PrintSetup } from "../engine/layout/sheetLayout";

const PAPER_SIZE = { A4: 9 } as const;
// Excel's defaults for the header and footer bands, which the layout does not set.
const HEADER_FOOTER_MARGIN = 0.3;

/**
 * Page setup for printing. Fitting to width means one page wide and as many pages tall as needed
 * (fitToHeight 0), so a long table is never shrunk to one unreadable page.
 */
export function applyPrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[print.paperSize] as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    margins: { ...print.margins, header: HEADER_FOOTER_MARGIN, footer: HEADER_FOOTER_MARGIN },
    horizontalCentered: print.horizontalCentered,
  };
  if (print.fitToWidth) Object.assign(setup, { fitToWidth: 1, fitToHeight: 0 });
  // ExcelJS writes the rows as `'Sheet'!$5:$5` itself; it wants them bare.
  if (print.printTitleRows) setup.printTitlesRow = print.printTitleRows.replace(/\$/g, "");
  Object.assign(worksheet.pageSetup, setup);
}
