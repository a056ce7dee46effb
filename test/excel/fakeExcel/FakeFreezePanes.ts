import { FakeClientObject } from "./FakeClientObject";
import type { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { FakeWorksheet } from "./FakeWorksheet";
import { parseAddress } from "./parseAddress";

export class FakeFreezePanes extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  private set(rows: number, columns: number): void {
    this.ctx.queue.push(() => (this.sheet.writable().freeze = { rows, columns }), [rows, columns]);
  }

  freezeRows(count = 1): void {
    this.set(count, 0);
  }

  freezeColumns(count = 1): void {
    this.set(0, count);
  }

  freezeAt(range: FakeRange | string): void {
    const address = typeof range === "string" ? range : null;
    this.ctx.queue.push(() => {
      const rect = address !== null ? parseAddress(address) : (range as FakeRange).resolve().rect;
      this.sheet.writable().freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
    }, address);
  }

  unfreeze(): void {
    this.ctx.queue.push(() => (this.sheet.writable().freeze = null));
  }
}
