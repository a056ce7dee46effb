import { FakeClientObject, parseLoad, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { FakeWorksheet } from "./FakeWorksheet";

/** `worksheet.protection` (ExcelApi 1.2): whether the sheet is protected, as the user left it. */
export class FakeWorksheetProtection extends FakeClientObject {
  declare readonly protected: boolean;

  static {
    properties(FakeWorksheetProtection, { protected: null });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  /** Fills in loaded properties now (within a running operation). */
  loadNow(names: string[]): void {
    this.ctx.require("1.2", "WorksheetProtection");
    for (const name of names) {
      if (name !== "protected") {
        throw new FakeExcelError("InvalidArgument", `The fake cannot load WorksheetProtection.${name}.`);
      }
      this.loaded.set(name, this.sheet.resolve().protected);
    }
  }

  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => this.loadNow(names));
    return this;
  }
}
