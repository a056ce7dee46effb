import { parseRange } from "../address";
import type { CellFormat, SheetLayout } from "./sheetLayout";
import { DEFAULT_FONT_SIZE, heightForLines, wrappedLineCount } from "./textFit";

/** A cell of text as it prints: its style from the formats, and the width it has (its merge's, if merged). */
export interface TextCell {
  row: number;
  col: number;
  text: string;
  format: CellFormat;
  /** Width in Excel character units: the column's, or the sum of the merged columns'. */
  width: number;
  /** Rows the cell covers (more than one in a merge down several rows). */
  rows: number;
}

/** Every non-empty text cell of a layout (the hidden cells of a merge left out), with its resolved format. */
export function textCells(
  layout: Pick<SheetLayout, "values" | "formats" | "merges" | "columnWidths">,
): TextCell[] {
  const merges = layout.merges.map(parseRange).filter((box) => box !== null);
  const ranges = layout.formats.map((f) => ({ box: parseRange(f.range), format: f.format }));
  const widthOf = (from: number, to: number): number =>
    layout.columnWidths.slice(from, to + 1).reduce((sum, w) => sum + w, 0);
  const cells: TextCell[] = [];
  layout.values.forEach((values, row) =>
    values.forEach((value, col) => {
      if (typeof value !== "string" || value.trim() === "") return;
      const merge = merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
      if (merge && (merge.top !== row || merge.left !== col)) return;
      const format: CellFormat = {};
      for (const { box, format: f } of ranges)
        if (box && row >= box.top && row <= box.bottom && col >= box.left && col <= box.right)
          Object.assign(format, f);
      cells.push({
        row,
        col,
        text: value,
        format,
        width: merge ? widthOf(merge.left, merge.right) : (layout.columnWidths[col] ?? 8.43),
        rows: merge ? merge.bottom - merge.top + 1 : 1,
      });
    }),
  );
  return cells;
}

/**
 * The layout with every row tall enough for its wrapped text (the heights already set kept when taller): a
 * file's rows do not grow to fit by themselves in every program (LibreOffice keeps a stored height, Excel
 * never grows a merged cell). A cell merged down several rows shares their height and is left as it is.
 */
export function fitRowHeights<T extends SheetLayout>(layout: T): T {
  const heights = new Map(layout.rowHeights.map((h) => [h.row, h.height]));
  for (const cell of textCells(layout)) {
    if (!cell.format.wrap || cell.rows > 1) continue;
    const fontSize = cell.format.fontSize ?? DEFAULT_FONT_SIZE;
    const lines = wrappedLineCount(cell.text, cell.width, { fontSize, bold: cell.format.bold ?? false });
    const needed = heightForLines(lines, fontSize);
    if (lines > 1 && needed > (heights.get(cell.row + 1) ?? 0)) heights.set(cell.row + 1, needed);
  }
  const rowHeights = [...heights].map(([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row);
  return { ...layout, rowHeights };
}
