import { FakeClientObject, parseLoad, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";

/**
 * `range.format.protection` (ExcelApi 1.2): whether cells are locked, which matters once their sheet is
 * protected. Every cell starts locked, as in Excel. Changing it on a protected sheet fails (AccessDenied), as
 * any format change does; reading a range whose cells differ gives null.
 */
export class FakeFormatProtection extends FakeClientObject {
  declare locked: boolean | null;

  static {
    properties(FakeFormatProtection, {
      locked: (protection, value) =>
        protection.ctx.queue.push(() => {
          protection.ctx.require("1.2", "FormatProtection");
          if (typeof value !== "boolean") throw new FakeExcelError("InvalidArgument", "locked is a boolean.");
          protection.range.eachCell((cell) => (cell.locked = value));
        }, value),
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }

  /** Fills in loaded properties now (within a running operation). */
  loadNow(names: string[]): void {
    this.ctx.require("1.2", "FormatProtection");
    const { sheet, rect } = this.range.resolve();
    for (const name of names) {
      if (name !== "locked") {
        throw new FakeExcelError("InvalidArgument", `The fake cannot load FormatProtection.${name}.`);
      }
      const seen = new Set<boolean>();
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) seen.add(sheet.peek(r, c)?.locked ?? true);
      }
      this.loaded.set(name, seen.size === 1 ? [...seen][0]! : null);
    }
  }

  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => this.loadNow(names));
    return this;
  }
}
