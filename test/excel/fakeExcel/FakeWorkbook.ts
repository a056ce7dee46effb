import { FakeClientObject } from "./FakeClientObject";
import { FakeNamedItemCollection } from "./FakeNamedItemCollection";
import type { FakeRequestContext } from "./FakeRequestContext";
import { FakeWorksheetCollection } from "./FakeWorksheetCollection";

/** `context.workbook`: its sheets and workbook-level names. */
export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}
