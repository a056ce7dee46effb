import { quoteSheet } from "./sheetReference";
import type { CellLink } from "./sheetLayout";

/** The text a link's cell shows: the cell's own value, or the place it leads to when it holds none to show. */
export function linkText(shown: unknown, link: CellLink): string {
  return typeof shown === "string" || typeof shown === "number" || typeof shown === "boolean"
    ? String(shown)
    : `${link.sheet}!${link.target}`;
}

/** Where a link leads, as a reference within the workbook: `'Chi tiết điểm'!B7`. */
export function linkReference(link: CellLink): string {
  return `${quoteSheet(link.sheet)}!${link.target.replace(/\$/g, "")}`;
}
