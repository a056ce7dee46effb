import type ExcelJS from "exceljs";
import {
  type CellLink,
  type LayoutValue,
  linkReference,
  linkText,
  pageNumberHeader,
  type SheetLayout,
} from "../../../src/engine";
import { applyFormat, argb } from "./applyFormat";
import { applyPrintSetup } from "./applyPrintSetup";
import { writeProtection } from "./writeProtection";
import { writeValidations } from "./writeValidations";

/**
 * Adds one output sheet at the end of the workbook and fills it from its layout. The chart is left out:
 * ExcelJS cannot write charts, so a workbook made by the command line has none (the Excel adapter draws it).
 */
export function writeLayout(workbook: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(layout.name, {
    properties: layout.tabColor ? { tabColor: { argb: argb(layout.tabColor) } } : {},
  });
  layout.values.forEach((row, r) =>
    row.forEach((value, c) => writeValue(worksheet.getCell(r + 1, c + 1), value)),
  );
  // Merge before formatting: merging copies the anchor's style over the whole range, which would wipe
  // borders already drawn on the other cells.
  for (const range of layout.merges) worksheet.mergeCells(range);
  for (const format of layout.formats) applyFormat(worksheet, format);
  layout.columnWidths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = width;
  });
  for (const { row, height } of layout.rowHeights) worksheet.getRow(row).height = height;
  if (layout.freeze && (layout.freeze.rows > 0 || layout.freeze.columns > 0)) {
    worksheet.views = [{ state: "frozen", xSplit: layout.freeze.columns, ySplit: layout.freeze.rows }];
  }
  applyPrintSetup(worksheet, layout.print, pageNumberHeader(layout.formats));
  // ExcelJS breaks the page below the row it is given: the row above the one that starts a page.
  for (const row of layout.pageBreaks ?? []) if (row > 1) worksheet.getRow(row - 1).addPageBreak();
  for (const link of layout.links) writeLink(worksheet.getCell(link.cell), link);
  if (layout.validations?.length) writeValidations(worksheet, layout.validations);
  // Last, so that no later style copy drops a cell's unlocked flag.
  if (layout.protection) writeProtection(worksheet, layout.protection);
  return worksheet;
}

function writeValue(cell: ExcelJS.Cell, value: LayoutValue): void {
  // "" clears a cell in Office.js; writing nothing here keeps the two hosts' files alike.
  if (value === null || value === "") return;
  if (typeof value === "object") {
    cell.value = { formula: value.formula.replace(/^=/, ""), result: value.value };
    return;
  }
  // ExcelJS stores a JS string as a text cell whatever it starts with, so "=SUM(…)" typed by a user stays text.
  cell.value = value;
}

// The display text is the cell's own value; the target uses ExcelJS's documented internal-link form.
function writeLink(cell: ExcelJS.Cell, link: CellLink): void {
  cell.value = { text: linkText(cell.value, link), hyperlink: `#${linkReference(link)}` };
  // Excel shows links blue and underlined only through a cell style it does not write into the file itself.
  cell.style = { ...cell.style };
  const font = cell.font ?? {};
  cell.font = { ...font, underline: true, color: font.color ?? { argb: "FF0563C1" } };
}
