import { FakeBorders } from "./FakeBorders";
import { FakeClientObject, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import { FakeFormatProtection } from "./FakeFormatProtection";
import type { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { CellState } from "./SheetModel";
import { widthInPoints } from "../../../src/excel/structureSteps";

/** Excel's limits: a row at most 409 points high, a column at most 255 characters wide (in points here). */
export const MAX_ROW_HEIGHT = 409;
export const MAX_COLUMN_WIDTH = widthInPoints(255);

function checkSize(value: number, max: number, what: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max) {
    throw new FakeExcelError("InvalidArgument", `The ${what} ${value} is outside 0–${max}.`);
  }
}

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

function checkColour(value: string): void {
  if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw new FakeExcelError("InvalidArgument", `Bad colour ${value}`);
}

function checkOneOf(allowed: string[], value: string, what: string): void {
  if (!allowed.includes(value)) throw new FakeExcelError("InvalidArgument", `Bad ${what} ${value}`);
}

/** Queues `change` on every cell of `range`; `payload` is what the request carries. */
function eachCell(range: FakeRange, change: (cell: CellState) => void, payload: unknown): void {
  range.ctx.queue.push(() => range.eachCell(change), payload);
}

export class FakeFont extends FakeClientObject {
  declare bold: boolean;
  declare italic: boolean;
  declare name: string;
  declare size: number;
  declare color: string;
  declare underline: string;

  static {
    const font =
      <K extends keyof CellState["font"]>(key: K) =>
      (proxy: FakeFont, value: NonNullable<CellState["font"][K]>) =>
        eachCell(proxy.range, (cell) => (cell.font[key] = value), value);
    properties(FakeFont, {
      bold: font("bold"),
      italic: font("italic"),
      // Excel takes any font name, installed or not (it shows a stand-in), but not an empty one.
      name: (proxy, value) => {
        if (typeof value !== "string" || value.trim() === "") {
          throw new FakeExcelError("InvalidArgument", `Bad font name ${String(value)}`);
        }
        font("name")(proxy, value);
      },
      size: font("size"),
      color: (proxy, value) => {
        checkColour(value);
        font("color")(proxy, value);
      },
      underline: font("underline"),
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
}

export class FakeFill extends FakeClientObject {
  declare color: string;

  static {
    properties(FakeFill, {
      color: (proxy, value) => {
        checkColour(value);
        eachCell(proxy.range, (cell) => (cell.fill = value), value);
      },
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;
  readonly protection: FakeFormatProtection;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare columnWidth: number;
  declare rowHeight: number;

  static {
    properties(FakeRangeFormat, {
      horizontalAlignment: (format, value) => {
        checkOneOf(HORIZONTAL, value, "horizontal alignment");
        eachCell(format.range, (cell) => (cell.horizontalAlignment = value), value);
      },
      verticalAlignment: (format, value) => {
        checkOneOf(VERTICAL, value, "vertical alignment");
        eachCell(format.range, (cell) => (cell.verticalAlignment = value), value);
      },
      wrapText: (format, value) => eachCell(format.range, (cell) => (cell.wrapText = value), value),
      // Widths and heights belong to whole columns and rows, so these work on any range, whole columns too.
      columnWidth: (format, value) =>
        format.ctx.queue.push(() => {
          checkSize(value, MAX_COLUMN_WIDTH, "column width");
          const { sheet, rect } = format.range.writable();
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, value);
        }, value),
      rowHeight: (format, value) =>
        format.ctx.queue.push(() => {
          checkSize(value, MAX_ROW_HEIGHT, "row height");
          const { sheet, rect } = format.range.writable();
          for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, value);
        }, value),
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.font = new FakeFont(ctx, range);
    this.fill = new FakeFill(ctx, range);
    this.borders = new FakeBorders(ctx, range);
    this.protection = new FakeFormatProtection(ctx, range);
  }
}
