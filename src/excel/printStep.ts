import type { PrintSetup } from "../engine/layout/sheetLayout";
import { step, type Step } from "./step";

/** Page setup. It needs ExcelApi 1.9 (Worksheet.pageLayout); older hosts print with Excel's defaults. */
export function printStep(sheet: string, print: PrintSetup): Step {
  return step((env) => {
    if (!env.supports("ExcelApi", "1.9")) return;
    const page = env.sheet(sheet).pageLayout;
    page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = "A4";
    if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.topMargin = print.margins.top * 72;
    page.bottomMargin = print.margins.bottom * 72;
    page.leftMargin = print.margins.left * 72;
    page.rightMargin = print.margins.right * 72;
    page.centerHorizontally = print.horizontalCentered;
    if (print.printTitleRows) {
      const [first, last = first] = print.printTitleRows.replace(/\$/g, "").split(":");
      page.setPrintTitleRows(`$${first}:$${last}`);
    }
  });
}
