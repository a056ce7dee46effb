import type { LayoutValue } from "./sheetLayout";

const LINE_POINTS = 15;

/**
 * Heights for the rows from `firstRow` (0-based) whose wrapped cells need more than one line: a file's rows
 * do not grow to fit their text by themselves in every program (LibreOffice keeps the stored height).
 * Estimated from the text length and the column width in characters; 1-based rows, as the contract has them.
 */
export function wrappedRowHeights(
  values: readonly LayoutValue[][],
  firstRow: number,
  wrapped: readonly { col: number; width: number }[],
): { row: number; height: number }[] {
  return values.slice(firstRow).flatMap((row, i) => {
    const lines = Math.max(
      1,
      ...wrapped.map(({ col, width }) => Math.ceil(String(row[col] ?? "").length / Math.max(1, width - 2))),
    );
    return lines > 1 ? [{ row: firstRow + i + 1, height: LINE_POINTS * lines + 2 }] : [];
  });
}
