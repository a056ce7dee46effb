import { FakeClientObject, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { FakeWorksheet } from "./FakeWorksheet";
import { columnLetters, parseAddress } from "./parseAddress";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type HeaderFooterSection,
  type HeadersFootersState,
  type PageLayoutState,
  type SheetModel,
} from "./SheetModel";

/** Excel.HeaderFooterState. */
const HEADER_FOOTER_STATES = ["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"];
/** Excel keeps at most 255 characters in a page's header (its three sections and their codes), and in its footer. */
const MAX_HEADER_FOOTER = 255;

type Page = keyof HeadersFootersState["pages"];

/** `headersFooters.firstPage` and the like: one kind of page's header and footer, by section. */
export class FakeHeaderFooter extends FakeClientObject {
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;

  static {
    const section = (key: HeaderFooterSection) => (proxy: FakeHeaderFooter, value: string) => {
      if (typeof value !== "string")
        throw new FakeExcelError("InvalidArgument", `Bad ${key} ${String(value)}`);
      proxy.ctx.queue.push(() => {
        const texts = (proxy.group().pages[proxy.page] ??= {});
        const band = key.endsWith("Header") ? "Header" : "Footer";
        const others = (["left", "center", "right"] as const)
          .map((side) => `${side}${band}` as HeaderFooterSection)
          .filter((other) => other !== key)
          .reduce((sum, other) => sum + (texts[other]?.length ?? 0), 0);
        if (others + value.length > MAX_HEADER_FOOTER) {
          throw new FakeExcelError(
            "InvalidArgument",
            `The ${band.toLowerCase()} is over ${MAX_HEADER_FOOTER} characters.`,
          );
        }
        texts[key] = value;
      }, value);
    };
    properties(FakeHeaderFooter, {
      leftHeader: section("leftHeader"),
      centerHeader: section("centerHeader"),
      rightHeader: section("rightHeader"),
      leftFooter: section("leftFooter"),
      centerFooter: section("centerFooter"),
      rightFooter: section("rightFooter"),
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly group: () => HeadersFootersState,
    private readonly page: Page,
  ) {
    super(ctx);
  }
}

/** `pageLayout.headersFooters` (ExcelApi 1.9): which pages have their own header (`state`), and each one's texts. */
export class FakeHeaderFooterGroup extends FakeClientObject {
  readonly defaultForAllPages: FakeHeaderFooter;
  readonly firstPage: FakeHeaderFooter;
  readonly evenPages: FakeHeaderFooter;
  readonly oddPages: FakeHeaderFooter;
  declare state: string;
  declare useSheetMargins: boolean;
  declare useSheetScale: boolean;

  static {
    const flag =
      (key: "useSheetMargins" | "useSheetScale") => (group: FakeHeaderFooterGroup, value: boolean) =>
        group.ctx.queue.push(() => (group.group()[key] = value), value);
    properties(FakeHeaderFooterGroup, {
      state: (group, value) => {
        if (!HEADER_FOOTER_STATES.includes(value)) {
          throw new FakeExcelError("InvalidArgument", `Bad header and footer state ${value}`);
        }
        group.ctx.queue.push(() => (group.group().state = value), value);
      },
      useSheetMargins: flag("useSheetMargins"),
      useSheetScale: flag("useSheetScale"),
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly group: () => HeadersFootersState,
  ) {
    super(ctx);
    this.defaultForAllPages = new FakeHeaderFooter(ctx, group, "defaultForAllPages");
    this.firstPage = new FakeHeaderFooter(ctx, group, "firstPage");
    this.evenPages = new FakeHeaderFooter(ctx, group, "evenPages");
    this.oddPages = new FakeHeaderFooter(ctx, group, "oddPages");
  }
}

/**
 * Whole rows (`$5:$5`) or whole columns (`$A:$B`) as Excel stores a print title, or InvalidArgument: a cell
 * range, a mix of rows and columns, or anything past the sheet is refused.
 */
function printTitle(address: unknown, kind: "rows" | "columns"): string {
  const bad = () => new FakeExcelError("InvalidArgument", `Bad print title ${kind} ${String(address)}`);
  if (typeof address !== "string") throw bad();
  const text = address.replace(/\$/g, "");
  const whole = kind === "rows" ? /^\d+(:\d+)?$/ : /^[A-Za-z]{1,3}(:[A-Za-z]{1,3})?$/;
  if (!whole.test(text)) throw bad();
  const rect = parseAddress(text);
  if (kind === "rows") {
    if (rect.left !== 0 || rect.right !== MAX_COLUMNS - 1) throw bad();
    return `$${rect.top + 1}:$${rect.bottom + 1}`;
  }
  if (rect.top !== 0 || rect.bottom !== MAX_ROWS - 1) throw bad();
  return `$${columnLetters(rect.left)}:$${columnLetters(rect.right)}`;
}

/** `worksheet.pageLayout` (ExcelApi 1.9): every change fails with ApiNotFound on an older host. */
export class FakePageLayout extends FakeClientObject {
  readonly headersFooters: FakeHeaderFooterGroup;
  declare orientation: string;
  declare paperSize: string;
  declare zoom: NonNullable<PageLayoutState["zoom"]>;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare centerHorizontally: boolean;
  declare firstPageNumber: number | "";

  static {
    const set =
      <K extends keyof PageLayoutState>(key: K) =>
      (layout: FakePageLayout, value: PageLayoutState[K]) =>
        layout.ctx.queue.push(() => (layout.page()[key] = value), value);
    properties(FakePageLayout, {
      orientation: set("orientation"),
      paperSize: set("paperSize"),
      zoom: (layout, value) => {
        // Excel prints at 10–400%.
        if (value.scale !== undefined && !(value.scale >= 10 && value.scale <= 400)) {
          throw new FakeExcelError("InvalidArgument", `Bad zoom scale ${value.scale}`);
        }
        set("zoom")(layout, value);
      },
      leftMargin: set("leftMargin"),
      rightMargin: set("rightMargin"),
      topMargin: set("topMargin"),
      bottomMargin: set("bottomMargin"),
      centerHorizontally: set("centerHorizontally"),
      // A positive whole number, or "" for Excel's automatic numbering.
      firstPageNumber: (layout, value) => {
        if (value !== "" && !(Number.isInteger(value) && value >= 1)) {
          throw new FakeExcelError("InvalidArgument", `Bad first page number ${String(value)}`);
        }
        set("firstPageNumber")(layout, value);
      },
    });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
    this.headersFooters = new FakeHeaderFooterGroup(
      ctx,
      () => (this.page().headersFooters ??= { pages: {} }),
    );
  }

  setPrintTitleRows(rows: string): void {
    const title = printTitle(rows, "rows");
    this.ctx.queue.push(() => (this.page().printTitleRows = title), rows);
  }

  setPrintTitleColumns(columns: string): void {
    const title = printTitle(columns, "columns");
    this.ctx.queue.push(() => (this.page().printTitleColumns = title), columns);
  }

  private page(): SheetModel["pageLayout"] {
    this.ctx.require("1.9", "Worksheet.pageLayout");
    return this.sheet.writable().pageLayout;
  }
}
