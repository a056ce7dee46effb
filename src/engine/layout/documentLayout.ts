import type { DocumentGrid } from "./documentGrid";
import { DOCUMENT_SIZES, type DocumentFrame } from "./documentFrame";
import { DECREE30_PORTRAIT, DOCUMENT_FONT, type OutputKind, type SheetLayout } from "./sheetLayout";

/**
 * A printed document's grid as a sheet layout (Decree 30/2020): Times New Roman at the body's size on every
 * cell — set first, so that every later format's own size wins — A4 portrait with the decree's margins and
 * page numbers from page 2, and the rows to repeat on each page (a long table's header), if any.
 */
export function documentLayout(
  grid: DocumentGrid,
  frame: DocumentFrame,
  kind: OutputKind,
  name: string,
  printTitleRows: string | null = null,
): SheetLayout {
  const width = frame.widths.length;
  grid.formats.unshift({
    range: grid.range(0, 0, Math.max(0, grid.values.length - 1), width - 1),
    format: { fontName: DOCUMENT_FONT, fontSize: DOCUMENT_SIZES.body },
  });
  return {
    kind,
    name,
    values: grid.values,
    formats: grid.formats,
    merges: grid.merges,
    columnWidths: [...frame.widths],
    rowHeights: [...grid.rowHeights].sort((a, b) => a.row - b.row),
    freeze: null,
    print: { ...DECREE30_PORTRAIT, printTitleRows },
    links: [],
    chart: null,
    tabColor: null,
  };
}
