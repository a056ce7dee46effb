import { FakeClientObject, properties } from "./FakeClientObject";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { FakeWorksheet } from "./FakeWorksheet";
import type { PageLayoutState, SheetModel } from "./SheetModel";

/** `worksheet.pageLayout` (ExcelApi 1.9): every change fails with ApiNotFound on an older host. */
export class FakePageLayout extends FakeClientObject {
  declare orientation: string;
  declare paperSize: string;
  declare zoom: NonNullable<PageLayoutState["zoom"]>;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare centerHorizontally: boolean;

  static {
    const set =
      <K extends keyof PageLayoutState>(key: K) =>
      (layout: FakePageLayout, value: PageLayoutState[K]) =>
        layout.ctx.queue.push(() => (layout.page()[key] = value), value);
    properties(FakePageLayout, {
      orientation: set("orientation"),
      paperSize: set("paperSize"),
      zoom: set("zoom"),
      leftMargin: set("leftMargin"),
      rightMargin: set("rightMargin"),
      topMargin: set("topMargin"),
      bottomMargin: set("bottomMargin"),
      centerHorizontally: set("centerHorizontally"),
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  setPrintTitleRows(rows: string): void {
    this.ctx.queue.push(() => (this.page().printTitleRows = rows), rows);
  }

  private page(): SheetModel["pageLayout"] {
    this.ctx.require("1.9", "Worksheet.pageLayout");
    return this.sheet.writable().pageLayout;
  }
}
