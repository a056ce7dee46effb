// What `Range.load` can fill in, read from the model at sync time.
import { calculatedValue } from "./calculate";
import { FakeExcelError } from "./FakeExcelError";
import { formatAddress } from "./parseAddress";
import type { CellState, Rect, SheetModel } from "./SheetModel";
import { quoteIfNeeded, type WorkbookModel } from "./WorkbookModel";

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function grid({ sheet, rect }: RangeTarget, pick: (cell: CellState | undefined) => unknown): unknown[][] {
  // Not a limit of Excel's (the sync's response bytes are, see FakeRequestContext) but of the fake's memory:
  // past two million cells a grid's JSON passes 5 MB whatever the cells hold, so Excel refuses it anyway.
  if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 2_000_000) {
    throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Range too large to load.");
  }
  return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
    Array.from({ length: rect.right - rect.left + 1 }, (_, c) =>
      pick(sheet.peek(rect.top + r, rect.left + c)),
    ),
  );
}

export const LOADABLE: Record<string, (target: RangeTarget, workbook: WorkbookModel) => unknown> = {
  values: (target, workbook) => grid(target, (cell) => calculatedValue(target.sheet, cell, workbook)),
  formulas: (target) => grid(target, (cell) => cell?.formula ?? cell?.value ?? ""),
  numberFormat: (target) => grid(target, (cell) => cell?.numberFormat ?? "General"),
  address: ({ sheet, rect }) => `${quoteIfNeeded(sheet.name)}!${formatAddress(rect)}`,
  rowIndex: ({ rect }) => rect.top,
  columnIndex: ({ rect }) => rect.left,
  rowCount: ({ rect }) => rect.bottom - rect.top + 1,
  columnCount: ({ rect }) => rect.right - rect.left + 1,
};
