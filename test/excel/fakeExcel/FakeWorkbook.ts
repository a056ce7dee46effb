import { FakeClientObject } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import { FakeNamedItemCollection } from "./FakeNamedItemCollection";
import { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import { FakeWorksheetCollection } from "./FakeWorksheetCollection";

/** `context.workbook`: its sheets, workbook-level names and the user's selection. */
export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }

  /** The selected range: the active sheet's selection, as it stands when the request runs. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.ctx.model.active;
      if (!sheet) throw new FakeExcelError("ItemNotFound", "No sheet is active.");
      return { sheet, rect: sheet.selection };
    });
  }
}
