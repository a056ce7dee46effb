import { parseRange } from "../../src/engine/address";
import {
  DECREE30_PORTRAIT,
  DOCUMENT_FONT,
  type CellFormat,
  type SheetLayout,
} from "../../src/engine/layout/sheetLayout";

/** A cell, 0-based. */
export interface At {
  row: number;
  col: number;
}

const covers = (range: string, { row, col }: At): boolean => {
  const r = parseRange(range);
  return r !== null && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
};

/** The format a cell ends up with: every range covering it applied in order, each adding to the last. */
export function cellFormat(layout: SheetLayout, at: At): CellFormat {
  return layout.formats
    .filter((f) => covers(f.range, at))
    .reduce<CellFormat>((all, f) => ({ ...all, ...f.format }), {});
}

/** The first cell holding exactly `value`, row by row; null when none does. */
export function findCell(layout: SheetLayout, value: unknown): At | null {
  for (let row = 0; row < layout.values.length; row++) {
    const col = layout.values[row]!.indexOf(value as never);
    if (col >= 0) return { row, col };
  }
  return null;
}

/** The merge a cell starts, as rows and columns (0-based, inclusive); null when it starts none. */
export function mergeAt(
  layout: SheetLayout,
  at: At,
): { top: number; bottom: number; from: number; to: number } | null {
  for (const merge of layout.merges) {
    const r = parseRange(merge);
    if (r && r.top === at.row && r.left === at.col)
      return { top: r.top, bottom: r.bottom, from: r.left, to: r.right };
  }
  return null;
}

/**
 * What every printed document must be (Decree 30/2020): Times New Roman on every cell with text, A4 with the
 * decree's margins and page numbers from page 2, and no rule typed as a run of dashes, underscores or dots.
 */
export function expectDocument(layout: SheetLayout): void {
  expect(layout.print).toMatchObject({
    paperSize: "A4",
    orientation: "portrait",
    margins: DECREE30_PORTRAIT.margins,
    pageNumbers: "fromSecond",
  });
  layout.values.forEach((cells, row) =>
    cells.forEach((value, col) => {
      if (value === null || value === "") return;
      expect([`${row},${col}`, cellFormat(layout, { row, col }).fontName]).toEqual([
        `${row},${col}`,
        DOCUMENT_FONT,
      ]);
      if (typeof value === "string") expect([value, /^[\s\-_.…—–=]+$/u.test(value)]).toEqual([value, false]);
    }),
  );
}
