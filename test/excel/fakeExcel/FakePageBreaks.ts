import { FakeClientObject } from "./FakeClientObject";
import type { FakeRequestContext } from "./FakeRequestContext";
import { parseAddress } from "./parseAddress";
import type { FakeWorksheet } from "./FakeWorksheet";
import type { SheetModel } from "./SheetModel";

/** The rows (1-based) before which a sheet's printed pages break, as `horizontalPageBreaks.add` set them. */
export const pageBreaksOf = new WeakMap<SheetModel, number[]>();

/** `worksheet.horizontalPageBreaks` (ExcelApi 1.9): a break goes above the top-left cell of the range given. */
export class FakePageBreaks extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  add(range: string): void {
    this.ctx.queue.push(() => {
      this.ctx.require("1.9", "Worksheet.horizontalPageBreaks");
      const model = this.sheet.writable();
      const { top } = parseAddress(range);
      const rows = pageBreaksOf.get(model) ?? [];
      rows.push(top + 1);
      pageBreaksOf.set(model, rows);
    }, range);
  }
}
