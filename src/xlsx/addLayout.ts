import type { SheetLayout } from "../engine";
import type { XlsxPackage } from "./package/XlsxPackage";
import { chartParts } from "./write/chartParts";
import { sheetXml } from "./write/sheetXml";
import type { StyleSheet } from "./write/StyleSheet";

/**
 * Adds one sheet rendered from its layout at the end of the package: its part, the chart's drawing when the
 * layout has one, and its print titles as the sheet's own `_xlnm.Print_Titles` name. Its styles go into
 * `styles`, which the caller writes back once for all the sheets it adds.
 */
export function addLayout(
  pkg: XlsxPackage,
  styles: StyleSheet,
  layout: SheetLayout,
  options: { selected: boolean },
): void {
  const drawing = layout.chart ? chartParts(layout.chart, layout.name, layout.values) : null;
  const { xml, printTitles } = sheetXml(layout, styles, {
    selected: options.selected,
    ...(drawing ? { drawingId: drawing.id } : {}),
  });
  pkg.addSheet({ name: layout.name, xml, children: drawing ? [drawing] : [] });
  if (printTitles !== null) {
    pkg.addName({ name: "_xlnm.Print_Titles", localSheetId: pkg.sheets.length - 1, formula: printTitles });
  }
}
