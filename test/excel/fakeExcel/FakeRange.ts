import { enter } from "./enter";
import { FakeDataValidation } from "./FakeDataValidation";
import { FakeExcelError } from "./FakeExcelError";
import { FakeItem, properties } from "./FakeClientObject";
import { FakeRangeAreas } from "./FakeRangeAreas";
import { FakeRangeFormat } from "./FakeRangeFormat";
import type { FakeRequestContext } from "./FakeRequestContext";
import { parseAddress } from "./parseAddress";
import { LOADABLE, type RangeTarget } from "./rangeLoadable";
import { MAX_COLUMNS, MAX_ROWS, type CellState, type Rect } from "./SheetModel";

export type { RangeTarget } from "./rangeLoadable";

type Hyperlink = { documentReference?: string; address?: string; textToDisplay?: string };

export class FakeRange extends FakeItem<RangeTarget> {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare hyperlink: Hyperlink;
  declare readonly address: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;

  static {
    properties(FakeRange, {
      values: (range, input) => range.setGrid(input, (cell, v) => enter(cell, v, range.ctx.model), "content"),
      formulas: (range, input) =>
        range.setGrid(input, (cell, v) => enter(cell, v, range.ctx.model), "content"),
      numberFormat: (range, input) =>
        range.setGrid(
          input,
          (cell, value) => {
            if (value === null) return;
            if (typeof value !== "string") throw new FakeExcelError("InvalidArgument", "Bad number format.");
            cell.numberFormat = value;
          },
          "format",
        ),
      hyperlink: (range, link) =>
        range.ctx.queue.push(() => {
          range.ctx.require("1.7", "Range.hyperlink");
          const { sheet, rect } = range.writable();
          const cell = sheet.cell(rect.top, rect.left);
          cell.hyperlink = { ...link };
          if (link.textToDisplay !== undefined) enter(cell, `'${link.textToDisplay}`, range.ctx.model);
        }, link),
      address: null,
      rowIndex: null,
      columnIndex: null,
      rowCount: null,
      columnCount: null,
    });
  }

  constructor(ctx: FakeRequestContext, target: () => RangeTarget | null, nullable = false) {
    super(ctx, target, nullable);
    this.format = new FakeRangeFormat(ctx, this);
    this.dataValidation = new FakeDataValidation(ctx, this);
  }

  resolve(): RangeTarget {
    const found = this.resolveOrNull();
    if (!found) throw new FakeExcelError("ItemNotFound", "The range does not exist (null object).");
    if (found.sheet.deleted) throw new FakeExcelError("ItemNotFound", "The worksheet was deleted.");
    return found;
  }

  /** The cells of this range, for writing: a protected sheet refuses. */
  writable(): RangeTarget {
    const found = this.resolve();
    if (found.sheet.protected) {
      throw new FakeExcelError("AccessDenied", `The sheet "${found.sheet.name}" is protected.`);
    }
    return found;
  }

  /**
   * The cells of this range, for entering values: on a protected sheet only unlocked cells take them (as a
   * user can type only there), and one locked cell refuses the whole write.
   */
  editable(): RangeTarget {
    const found = this.resolve();
    const { sheet, rect } = found;
    if (!sheet.protected) return found;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        if (sheet.peek(r, c)?.locked !== false) {
          throw new FakeExcelError(
            "AccessDenied",
            `The cell is locked and the sheet "${sheet.name}" is protected.`,
          );
        }
      }
    }
    return found;
  }

  loadNow(names: string[]): void {
    const found = this.resolve();
    for (const name of names) {
      if (name.startsWith("format/protection/")) {
        this.format.protection.loadNow([name.slice("format/protection/".length)]);
        continue;
      }
      const loader = LOADABLE[name];
      if (!loader) throw new FakeExcelError("InvalidArgument", `The fake cannot load Range.${name}.`);
      this.loaded.set(name, loader(found, this.ctx.model));
    }
  }

  private setGrid(
    input: unknown[][],
    write: (cell: CellState, value: unknown) => void,
    kind: "content" | "format",
  ): void {
    this.ctx.queue.push(() => {
      const { sheet, rect } = kind === "content" ? this.editable() : this.writable();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (
        !Array.isArray(input) ||
        input.length !== rows ||
        input.some((row) => !Array.isArray(row) || row.length !== cols)
      ) {
        throw new FakeExcelError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      input.forEach((row, r) =>
        row.forEach((value, c) => write(sheet.cell(rect.top + r, rect.left + c), value)),
      );
    }, input);
  }

  /**
   * The part of this range inside another (an address on the same sheet, or a range): a null object when they
   * do not meet, or when this range is a null object, as in Excel (ExcelApi 1.4).
   */
  getIntersectionOrNullObject(other: string | FakeRange): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const found = this.resolveOrNull();
        if (!found) return null;
        const rect = typeof other === "string" ? parseAddress(other) : other.resolve().rect;
        const meet: Rect = {
          top: Math.max(found.rect.top, rect.top),
          left: Math.max(found.rect.left, rect.left),
          bottom: Math.min(found.rect.bottom, rect.bottom),
          right: Math.min(found.rect.right, rect.right),
        };
        return meet.top <= meet.bottom && meet.left <= meet.right ? { sheet: found.sheet, rect: meet } : null;
      },
      true,
    );
  }

  /** The cells of this range that hold formulas, or constants (ExcelApi 1.9); a null object when none does. */
  getSpecialCellsOrNullObject(cellType: unknown, cellValueType?: unknown): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => this.resolve(), cellType, cellValueType);
  }

  /** Selects the range; as in Excel, a range on another sheet activates that sheet first. */
  select(): void {
    this.ctx.queue.push(() => {
      const { sheet, rect } = this.resolve();
      this.ctx.model.active = sheet;
      sheet.selection = rect;
    });
  }

  merge(across = false): void {
    this.ctx.queue.push(() => {
      const { sheet, rect } = this.writable();
      if (across) throw new FakeExcelError("InvalidArgument", "The fake merges whole ranges only.");
      const overlaps = sheet.merges.some(
        (m) => m.left <= rect.right && rect.left <= m.right && m.top <= rect.bottom && rect.top <= m.bottom,
      );
      if (overlaps) throw new FakeExcelError("InvalidOperation", "Cannot merge over a merged range.");
      // Excel keeps the top-left value and drops the others.
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = sheet.peek(r, c);
          if (cell && (r !== rect.top || c !== rect.left)) {
            cell.value = "";
            cell.formula = null;
          }
        }
      }
      sheet.merges.push(rect);
    }, across);
  }

  /** Applies `change` to every cell (refuses whole rows/columns, which the adapter never formats). */
  eachCell(change: (cell: CellState, row: number, col: number, rect: Rect) => void): void {
    const { sheet, rect } = this.writable();
    if (rect.bottom - rect.top >= MAX_ROWS - 1 || rect.right - rect.left >= MAX_COLUMNS - 1) {
      throw new FakeExcelError("InvalidArgument", "The fake does not format whole rows or columns.");
    }
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) change(sheet.cell(r, c), r, c, rect);
    }
  }
}
