import { parseRange } from "../../src/engine/address";
import type { CellFormat, SheetLayout } from "../../src/engine/layout/sheetLayout";
import {
  DEFAULT_FONT_SIZE,
  lineHeight,
  textColumns,
  wrappedLineCount,
} from "../../src/engine/layout/textFit";

/** A text cell that would print over its neighbour or be cut: why, where. */
export interface Overprint {
  sheet: string;
  cell: string;
  text: string;
  problem: "not wrapped" | "row too low";
}

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

const inside = (box: { top: number; left: number; bottom: number; right: number }, r: number, c: number) =>
  r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;

/**
 * Every text cell of a layout wider than its column (or its merge, or the empty cells it runs on over), by the
 * width estimate, that is not wrapped, or whose rows are lower than its wrapped lines need. A row without a height set is one line of
 * the default font high.
 */
export function overprints(layout: SheetLayout): Overprint[] {
  const merges = layout.merges.map(parseRange).filter((box) => box !== null);
  const heights = new Map(layout.rowHeights.map((h) => [h.row, h.height]));
  const heightOf = (row: number): number => heights.get(row + 1) ?? lineHeight(DEFAULT_FONT_SIZE);
  const found: Overprint[] = [];
  layout.values.forEach((values, r) =>
    values.forEach((value, c) => {
      if (typeof value !== "string" || value.trim() === "") return;
      const merge = merges.find((box) => inside(box, r, c));
      if (merge && (merge.top !== r || merge.left !== c)) return;
      const box = merge ?? { top: r, left: c, bottom: r, right: c };
      const format: CellFormat = {};
      for (const f of layout.formats) {
        const range = parseRange(f.range);
        if (range && inside(range, r, c)) Object.assign(format, f.format);
      }
      // Unwrapped text that is not centred or right-aligned runs on over the empty cells to its right, as
      // Excel and LibreOffice print it, up to the sheet's last column.
      let right = box.right;
      const runsOn = !merge && !format.wrap && (format.horizontal ?? "left") === "left";
      while (
        runsOn &&
        right + 1 < layout.columnWidths.length &&
        isEmpty(values[right + 1]) &&
        !merges.some((other) => inside(other, r, right + 1))
      )
        right++;
      const width = layout.columnWidths.slice(box.left, right + 1).reduce((a, b) => a + b, 0);
      const style = { fontSize: format.fontSize ?? DEFAULT_FONT_SIZE, bold: format.bold ?? false };
      const where = { sheet: layout.name, cell: `${String.fromCharCode(65 + c)}${r + 1}`, text: value };
      if (textColumns(value, style) <= width && !value.includes("\n")) return;
      if (!format.wrap) return void found.push({ ...where, problem: "not wrapped" });
      let height = 0;
      for (let row = box.top; row <= box.bottom; row++) height += heightOf(row);
      const needed = wrappedLineCount(value, width, style) * lineHeight(style.fontSize);
      if (height < needed) found.push({ ...where, problem: "row too low" });
    }),
  );
  return found;
}
