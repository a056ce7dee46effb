import { a1 } from "../address";
import type { CellFormat, FormatRange, LayoutValue } from "./sheetLayout";

/**
 * A printed document as it is written, top to bottom (the award proposals, the memo, the minutes, the
 * ballots): a fixed-width rectangle of values (a range write needs one) with the merges, formats and row
 * heights that go with its rows. Rows are 0-based here; the A1 ranges it produces are what the layout
 * contract wants.
 */
export class DocumentGrid {
  readonly values: LayoutValue[][] = [];
  readonly formats: FormatRange[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  constructor(readonly width: number) {}

  /** Appends a row holding `cells` from column A (the rest empty) and returns its index. */
  row(cells: readonly LayoutValue[] = []): number {
    const values = cells.slice(0, this.width);
    this.values.push([...values, ...Array<LayoutValue>(this.width - values.length).fill(null)]);
    return this.values.length - 1;
  }

  /** Puts a value into a cell of a row already appended. */
  set(row: number, col: number, value: LayoutValue): void {
    const cells = this.values[row];
    if (cells && col < this.width) cells[col] = value;
  }

  /** The A1 range of a block of cells, inclusive. */
  range(fromRow: number, fromCol: number, toRow: number, toCol: number): string {
    const start = a1(fromRow, fromCol);
    const end = a1(toRow, toCol);
    return start === end ? start : `${start}:${end}`;
  }

  /** Formats a block of cells. */
  style(fromRow: number, fromCol: number, toRow: number, toCol: number, format: CellFormat): void {
    this.formats.push({ range: this.range(fromRow, fromCol, toRow, toCol), format });
  }

  /** Merges columns `fromCol`..`toCol` of one row (a single cell is only formatted) and formats them. */
  span(row: number, fromCol: number, toCol: number, format: CellFormat = {}): void {
    if (toCol > fromCol) this.merges.push(this.range(row, fromCol, row, toCol));
    if (Object.keys(format).length > 0) this.style(row, fromCol, row, toCol, format);
  }

  /** Sets a row's height in points (1-based in the contract); a later call for the same row replaces it. */
  height(row: number, points: number): void {
    const found = this.rowHeights.find((entry) => entry.row === row + 1);
    if (found) found.height = points;
    else this.rowHeights.push({ row: row + 1, height: points });
  }

  /** A row's height as set, or null when it keeps the host's default. */
  heightOf(row: number): number | null {
    return this.rowHeights.find((entry) => entry.row === row + 1)?.height ?? null;
  }
}
