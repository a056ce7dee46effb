import { columnIndex } from "../address";
import type { PrintSetup, SheetLayout } from "./sheetLayout";

// A4 in points (1/72 inch): 210 × 297 mm.
const A4 = { short: (210 / 25.4) * 72, long: (297 / 25.4) * 72 };

/**
 * A column's printed width in points: Excel turns a width of w characters into w × 7 + 5 pixels at 96 dpi
 * for its default font (the digit 0 is 7 pixels wide, with 5 pixels of padding).
 */
export function columnPoints(width: number): number {
  return ((Math.round(width * 7) + 5) * 72) / 96;
}

/** The width of the page between the margins, in points. */
export function printableWidth(print: PrintSetup): number {
  const paper = print.orientation === "landscape" ? A4.long : A4.short;
  return paper - (print.margins.left + print.margins.right) * 72;
}

/** The columns a print title repeats (`A:C` is 0, 1, 2); none when there is none. */
export function titleColumns(print: PrintSetup): number[] {
  const match = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/.exec(print.printTitleColumns ?? "");
  if (!match?.[1] || !match[2]) return [];
  const [from, to] = [columnIndex(match[1]), columnIndex(match[2])];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * How much the hosts shrink a sheet to print it: fitted to one page width, the page's width over the
 * columns'; otherwise not at all (1), the columns printed across as many pages as they need.
 */
export function printScale(layout: Pick<SheetLayout, "columnWidths" | "print">): number {
  if (!layout.print.fitToWidth) return 1;
  const total = layout.columnWidths.reduce((sum, width) => sum + columnPoints(width), 0);
  return Math.min(1, printableWidth(layout.print) / Math.max(1, total));
}

/** The orientation a sheet fitted to one page width needs for its text to print at `scale` or more. */
export function orientationFor(widths: readonly number[], print: PrintSetup, scale = 1): PrintSetup {
  const portrait = { ...print, orientation: "portrait" as const };
  const total = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  return printableWidth(portrait) / total >= scale ? portrait : { ...print, orientation: "landscape" };
}
