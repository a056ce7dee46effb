import { a1 } from "../address";
import { DOCUMENT_FONT, type SheetLayout } from "./sheetLayout";

/**
 * The layout with every cell of its used range in the documents' font (Times New Roman, Decree 30/2020): the
 * sheets the secretary prints look like the documents beside them, and every cell names its font, so that no
 * program falls back to a font of its own choosing (LibreOffice takes a wide one for a formatted cell that
 * names none). Applied first: a later format may still name another.
 */
export function inDocumentFont<T extends SheetLayout>(layout: T): T {
  const rows = layout.values.length;
  const cols = Math.max(layout.columnWidths.length, ...layout.values.map((row) => row.length));
  if (rows === 0 || cols === 0) return layout;
  const font = { range: `A1:${a1(rows - 1, cols - 1)}`, format: { fontName: DOCUMENT_FONT } };
  return { ...layout, formats: [font, ...layout.formats] };
}
