// A strict in-memory fake of the part of Office.js's Excel API the adapter uses (test-only, never shipped).
//
// As in Office.js, calls on proxy objects are only queued; `context.sync()` runs them in order against the
// in-memory workbook, fills in what was `load`ed, and resolves null objects. Strictness:
// - reading a property that was not loaded and synced throws `PropertyNotLoaded`, as Office.js does;
// - a 2-D array of the wrong shape fails the sync with `InvalidArgument`;
// - a string starting with `=` entered through `values` becomes a formula (see `enter`);
// - sheet names follow Excel's rules (`InvalidArgument`, `ItemAlreadyExists`);
// - syncs are counted, and a sync whose queued payload (UTF-8 length of the JSON of every value queued)
//   passes the limit (default 5 MB) throws `RequestPayloadSizeLimitExceeded` and applies nothing;
// - `worksheet.pageLayout` works only when ExcelApi 1.9 is reported supported (else `ApiNotFound`).
// A failing operation stops the sync there; what ran before it stays applied, as in Excel.
import type { WorkbookInput } from "../../../src/engine/workbook";
import {
  checkSheetName,
  enter,
  FakeExcelError,
  formatAddress,
  MAX_COLUMNS,
  MAX_ROWS,
  nameFormula,
  parseAddress,
  sameName,
  SheetModel,
  WorkbookModel,
  type CellState,
  type ChartState,
  type NameModel,
  type Rect,
} from "./model";

export { FakeExcelError } from "./model";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake host reports, e.g. "1.7" (default) or "1.9". */
  excelApi?: string;
  payloadLimit?: number;
  /** Excel is in cell-edit mode: every sync fails. */
  cellEditMode?: boolean;
}

interface Op {
  size: number;
  run: () => void;
}

const utf8 = new TextEncoder();
const sizeOf = (value: unknown): number =>
  value === undefined ? 0 : utf8.encode(JSON.stringify(value)).length;

class Queue {
  ops: Op[] = [];
  push(run: () => void, payload?: unknown): void {
    this.ops.push({ size: sizeOf(payload), run });
  }
}

function notLoaded(what: string): never {
  throw new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(props: unknown): string[] {
  if (typeof props === "string")
    return props
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.flatMap(parseLoad);
  if (props && typeof props === "object") {
    const select = (props as { select?: unknown }).select;
    if (select !== undefined) return parseLoad(select);
    return Object.keys(props);
  }
  throw new FakeExcelError("InvalidArgument", "load() needs the properties to load.");
}

/** Base of every proxy: loaded values live here until read. */
class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeRequestContext) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.loaded.get(prop) as T;
  }
}

// ---------------------------------------------------------------- ranges

type RangeTarget = () => { sheet: SheetModel; rect: Rect } | null;

class FakeRange extends Proxy {
  private resolved: { sheet: SheetModel; rect: Rect } | null | undefined;
  private nullState: boolean | undefined;
  readonly format: FakeRangeFormat;

  constructor(
    ctx: FakeRequestContext,
    private readonly target: RangeTarget,
    nullable = false,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
    if (nullable) ctx.queue.push(() => (this.nullState = this.resolveOrNull() === null));
  }

  resolveOrNull(): { sheet: SheetModel; rect: Rect } | null {
    if (this.resolved === undefined) this.resolved = this.target();
    return this.resolved;
  }

  resolve(): { sheet: SheetModel; rect: Rect } {
    const found = this.resolveOrNull();
    if (!found) throw new FakeExcelError("ItemNotFound", "The range does not exist (null object).");
    if (found.sheet.deleted) throw new FakeExcelError("ItemNotFound", "The worksheet was deleted.");
    return found;
  }

  /** The cells of this range, for writing: a protected sheet refuses. */
  writable(): { sheet: SheetModel; rect: Rect } {
    const found = this.resolve();
    if (found.sheet.protected) {
      throw new FakeExcelError("AccessDenied", `The sheet "${found.sheet.name}" is protected.`);
    }
    return found;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded("isNullObject");
    return this.nullState;
  }

  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => {
      const found = this.resolveOrNull();
      if (!found) return;
      const { sheet, rect } = found;
      const grid = (pick: (cell: CellState | undefined) => unknown): unknown[][] => {
        if (rect.bottom - rect.top >= 100000 || rect.right - rect.left >= 1000) {
          throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Range too large to load.");
        }
        const rows: unknown[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const row: unknown[] = [];
          for (let c = rect.left; c <= rect.right; c++) row.push(pick(sheet.peek(r, c)));
          rows.push(row);
        }
        return rows;
      };
      for (const name of names) {
        switch (name) {
          case "values":
            this.loaded.set(
              name,
              grid((cell) => cell?.value ?? ""),
            );
            break;
          case "formulas":
            this.loaded.set(
              name,
              grid((cell) => cell?.formula ?? cell?.value ?? ""),
            );
            break;
          case "numberFormat":
            this.loaded.set(
              name,
              grid((cell) => cell?.numberFormat ?? "General"),
            );
            break;
          case "address":
            this.loaded.set(name, `${sheet.name}!${formatAddress(rect)}`);
            break;
          case "rowIndex":
            this.loaded.set(name, rect.top);
            break;
          case "columnIndex":
            this.loaded.set(name, rect.left);
            break;
          case "rowCount":
            this.loaded.set(name, rect.bottom - rect.top + 1);
            break;
          case "columnCount":
            this.loaded.set(name, rect.right - rect.left + 1);
            break;
          default:
            throw new FakeExcelError("InvalidArgument", `The fake cannot load Range.${name}.`);
        }
      }
    });
    return this;
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.setGrid(input, (cell, value) => enter(cell, value));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.setGrid(input, (cell, value) => enter(cell, value));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.setGrid(input, (cell, value) => {
      if (value === null) return;
      if (typeof value !== "string") throw new FakeExcelError("InvalidArgument", "Bad number format.");
      cell.numberFormat = value;
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.queue.push(() => {
      this.ctx.require("1.7", "Range.hyperlink");
      const { sheet, rect } = this.writable();
      const cell = sheet.cell(rect.top, rect.left);
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) enter(cell, `'${link.textToDisplay}`);
    }, link);
  }

  private setGrid(input: unknown[][], write: (cell: CellState, value: unknown) => void): void {
    this.ctx.queue.push(() => {
      const { sheet, rect } = this.writable();
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

class FakeFont extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  private set<K extends keyof CellState["font"]>(key: K, value: CellState["font"][K]): void {
    this.ctx.queue.push(() => this.range.eachCell((cell) => (cell.font[key] = value)), value);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.set("size", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeExcelError("InvalidArgument", `Bad colour ${v}`);
    this.set("color", v);
  }
  get underline(): string {
    return this.read("underline");
  }
  set underline(v: string) {
    this.set("underline", v);
  }
}

class FakeFill extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeExcelError("InvalidArgument", `Bad colour ${v}`);
    this.ctx.queue.push(() => this.range.eachCell((cell) => (cell.fill = v)), v);
  }
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;
type Edge = (typeof EDGES)[number];

class FakeBorder extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly edge: Edge,
  ) {
    super(ctx);
  }
  private apply(key: "style" | "weight", value: string): void {
    this.ctx.queue.push(
      () =>
        this.range.eachCell((cell, r, c, rect) => {
          const sides: ("top" | "bottom" | "left" | "right")[] = [];
          if (this.edge === "EdgeTop" && r === rect.top) sides.push("top");
          if (this.edge === "EdgeBottom" && r === rect.bottom) sides.push("bottom");
          if (this.edge === "EdgeLeft" && c === rect.left) sides.push("left");
          if (this.edge === "EdgeRight" && c === rect.right) sides.push("right");
          if (this.edge === "InsideHorizontal") {
            if (r > rect.top) sides.push("top");
            if (r < rect.bottom) sides.push("bottom");
          }
          if (this.edge === "InsideVertical") {
            if (c > rect.left) sides.push("left");
            if (c < rect.right) sides.push("right");
          }
          for (const side of sides) {
            const border = cell.borders[side] ?? { style: "None", weight: "Thin" };
            border[key] = value;
            cell.borders[side] = border;
          }
        }),
      value,
    );
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.apply("style", v);
  }
  get weight(): string {
    return this.read("weight");
  }
  set weight(v: string) {
    this.apply("weight", v);
  }
}

class FakeBorders extends Proxy {
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  getItem(edge: string): FakeBorder {
    if (!(EDGES as readonly string[]).includes(edge)) {
      throw new FakeExcelError("InvalidArgument", `The fake has no border ${edge}.`);
    }
    return new FakeBorder(this.ctx, this.range, edge as Edge);
  }
}

class FakeRangeFormat extends Proxy {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;
  constructor(
    ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
    this.font = new FakeFont(ctx, range);
    this.fill = new FakeFill(ctx, range);
    this.borders = new FakeBorders(ctx, range);
  }
  private cells(change: (cell: CellState) => void, payload: unknown): void {
    this.ctx.queue.push(() => this.range.eachCell(change), payload);
  }
  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    if (!["General", "Left", "Center", "Right", "Fill", "Justify"].includes(v)) {
      throw new FakeExcelError("InvalidArgument", `Bad horizontal alignment ${v}`);
    }
    this.cells((cell) => (cell.horizontalAlignment = v), v);
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    if (!["Top", "Center", "Bottom", "Justify", "Distributed"].includes(v)) {
      throw new FakeExcelError("InvalidArgument", `Bad vertical alignment ${v}`);
    }
    this.cells((cell) => (cell.verticalAlignment = v), v);
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.cells((cell) => (cell.wrapText = v), v);
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.ctx.queue.push(() => {
      const { sheet, rect } = this.range.writable();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v);
    }, v);
  }
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.ctx.queue.push(() => {
      const { sheet, rect } = this.range.writable();
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, v);
    }, v);
  }
}

// ---------------------------------------------------------------- worksheets

class FakeFreezePanes extends Proxy {
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

class FakeChart extends Proxy {
  readonly title: { text: string };
  readonly series: { getItemAt: (index: number) => { setXAxisValues: (range: FakeRange) => void } };
  constructor(
    ctx: FakeRequestContext,
    private readonly chart: () => ChartState,
  ) {
    super(ctx);
    const queue = ctx.queue;
    this.title = {
      set text(v: string) {
        queue.push(() => (chart().title = v), v);
      },
      get text(): string {
        return notLoaded("text");
      },
    };
    this.series = {
      getItemAt: (index: number) => ({
        setXAxisValues: (range: FakeRange) =>
          queue.push(() => {
            ctx.require("1.7", "ChartSeries.setXAxisValues");
            if (index !== 0) throw new FakeExcelError("ItemNotFound", "The fake charts have one series.");
            chart().categories = formatAddress(range.resolve().rect);
          }),
      }),
    };
  }
  setPosition(start: string, end?: string): void {
    this.ctx.queue.push(() => {
      parseAddress(start);
      if (end) parseAddress(end);
      Object.assign(this.chart(), { from: start, to: end });
    }, [start, end]);
  }
}

class FakeWorksheet extends Proxy {
  private resolved: SheetModel | null | undefined;
  private nullState: boolean | undefined;
  readonly freezePanes: FakeFreezePanes;
  readonly charts: { add: (type: string, source: FakeRange, seriesBy?: string) => FakeChart };

  constructor(
    ctx: FakeRequestContext,
    private readonly target: () => SheetModel | null,
    nullable = false,
  ) {
    super(ctx);
    this.freezePanes = new FakeFreezePanes(ctx, this);
    if (nullable) ctx.queue.push(() => (this.nullState = this.resolveOrNull() === null));
    this.charts = {
      add: (type, source, seriesBy = "Auto") => {
        let state: ChartState | undefined;
        ctx.queue.push(() => {
          const sheet = this.writable();
          const { rect, sheet: on } = source.resolve();
          if (on !== sheet) throw new FakeExcelError("InvalidArgument", "Chart data on another sheet.");
          state = { type, source: formatAddress(rect), seriesBy };
          sheet.charts.push(state);
        }, [type, seriesBy]);
        return new FakeChart(ctx, () => {
          if (!state) throw new FakeExcelError("ItemNotFound", "The chart was not added.");
          return state;
        });
      },
    };
  }

  resolveOrNull(): SheetModel | null {
    if (this.resolved === undefined) this.resolved = this.target();
    return this.resolved;
  }
  resolve(): SheetModel {
    const sheet = this.resolveOrNull();
    if (!sheet || sheet.deleted) throw new FakeExcelError("ItemNotFound", "The worksheet does not exist.");
    return sheet;
  }
  writable(): SheetModel {
    const sheet = this.resolve();
    if (sheet.protected) throw new FakeExcelError("AccessDenied", `The sheet "${sheet.name}" is protected.`);
    return sheet;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded("isNullObject");
    return this.nullState;
  }

  /** Fills in loaded properties now (within a running operation). */
  loadNow(names: string[]): void {
    const sheet = this.resolve();
    for (const name of names) {
      if (name === "name") this.loaded.set(name, sheet.name);
      else if (name === "id") this.loaded.set(name, sheet.id);
      else if (name === "position") this.loaded.set(name, this.ctx.model.sheets.indexOf(sheet));
      else if (name === "tabColor") this.loaded.set(name, sheet.tabColor);
      else if (name === "visibility") this.loaded.set(name, "Visible");
      else throw new FakeExcelError("InvalidArgument", `The fake cannot load Worksheet.${name}.`);
    }
  }

  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => {
      if (this.resolveOrNull()) this.loadNow(names);
    });
    return this;
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.ctx.queue.push(() => {
      const sheet = this.writable();
      checkSheetName(this.ctx.model, v, sheet);
      sheet.name = v;
    }, v);
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(v: string) {
    this.ctx.queue.push(() => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(v)) throw new FakeExcelError("InvalidArgument", `Bad colour ${v}`);
      this.writable().tabColor = v;
    }, v);
  }

  get pageLayout(): Record<string, unknown> {
    const ctx = this.ctx;
    const sheet = (): SheetModel => {
      ctx.require("1.9", "Worksheet.pageLayout");
      return this.writable();
    };
    const props = [
      "orientation",
      "paperSize",
      "zoom",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "centerHorizontally",
    ];
    const layout: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) =>
        ctx.queue.push(() => (sheet().pageLayout.printTitleRows = rows), rows),
    };
    for (const prop of props) {
      Object.defineProperty(layout, prop, {
        get: () => notLoaded(prop),
        set: (v: unknown) => {
          ctx.queue.push(() => Object.assign(sheet().pageLayout, { [prop]: v }), v);
        },
      });
    }
    return layout;
  }

  delete(): void {
    this.ctx.queue.push(() => {
      const sheet = this.resolve();
      const model = this.ctx.model;
      if (model.structureProtected) throw new FakeExcelError("AccessDenied", "The workbook is protected.");
      if (model.sheets.length === 1) {
        throw new FakeExcelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
        );
      }
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      for (const name of model.names) if (name.sheet === sheet) name.sheet = null;
      if (model.active === sheet) model.active = model.sheets[0] ?? null;
    });
  }

  activate(): void {
    this.ctx.queue.push(() => (this.ctx.model.active = this.resolve()));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.resolve(),
      rect:
        address === undefined
          ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }
          : parseAddress(address),
    }));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.resolve();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}

class FakeWorksheetCollection extends Proxy {
  load(props: unknown): this {
    const names = parseLoad(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.queue.push(() => {
      const items = this.ctx.model.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, () => sheet);
        const loadedNames = names.filter((n) => n !== "items");
        if (loadedNames.length > 0) proxy.loadNow(loadedNames);
        return proxy;
      });
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.model.find(name);
      if (!sheet) throw new FakeExcelError("ItemNotFound", `No sheet named "${name}".`);
      return sheet;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.find(name) ?? null, true);
  }
  add(name?: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.ctx.queue.push(() => {
      const model = this.ctx.model;
      if (model.structureProtected) throw new FakeExcelError("AccessDenied", "The workbook is protected.");
      let sheetName = name;
      for (let n = model.sheets.length + 1; sheetName === undefined; n++) {
        if (!model.find(`Sheet${n}`)) sheetName = `Sheet${n}`;
      }
      checkSheetName(model, sheetName);
      created = new SheetModel(sheetName);
      model.sheets.push(created);
    }, name);
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", "The worksheet was not added.");
      return created;
    });
  }
}

// ---------------------------------------------------------------- names

class FakeNamedItem extends Proxy {
  private resolved: NameModel | null | undefined;
  private nullState: boolean | undefined;
  constructor(
    ctx: FakeRequestContext,
    private readonly target: () => NameModel | null,
    nullable = false,
  ) {
    super(ctx);
    if (nullable) ctx.queue.push(() => (this.nullState = this.resolveOrNull() === null));
  }
  resolveOrNull(): NameModel | null {
    if (this.resolved === undefined) this.resolved = this.target();
    return this.resolved;
  }
  resolve(): NameModel {
    const name = this.resolveOrNull();
    if (!name || !this.ctx.model.names.includes(name))
      throw new FakeExcelError("ItemNotFound", "No such name.");
    return name;
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded("isNullObject");
    return this.nullState;
  }
  loadNow(names: string[]): void {
    const name = this.resolve();
    for (const prop of names) {
      if (prop === "name") this.loaded.set(prop, name.name);
      else if (prop === "type") this.loaded.set(prop, name.sheet ? "Range" : "Error");
      else if (prop === "formula") {
        this.ctx.require("1.7", "NamedItem.formula");
        this.loaded.set(prop, nameFormula(name));
      } else if (prop === "value") this.loaded.set(prop, nameFormula(name).slice(1));
      else if (prop === "visible") this.loaded.set(prop, true);
      else throw new FakeExcelError("InvalidArgument", `The fake cannot load NamedItem.${prop}.`);
    }
  }
  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => {
      if (this.resolveOrNull()) this.loadNow(names);
    });
    return this;
  }
  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get formula(): string {
    return this.read("formula");
  }
  get value(): string {
    return this.read("value");
  }
  delete(): void {
    this.ctx.queue.push(() => {
      const name = this.resolve();
      const names = this.ctx.model.names;
      names.splice(names.indexOf(name), 1);
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const name = this.resolveOrNull();
        return name?.sheet ? { sheet: name.sheet, rect: parseAddress(name.address) } : null;
      },
      true,
    );
  }
}

class FakeNamedItemCollection extends Proxy {
  load(props: unknown): this {
    const names = parseLoad(props)
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    this.ctx.queue.push(() => {
      const items = this.ctx.model.names.map((model) => {
        const proxy = new FakeNamedItem(this.ctx, () => model);
        proxy.loadNow(names);
        return proxy;
      });
      this.loaded.set("items", items);
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    return this.read("items");
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const found = this.ctx.model.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
      if (!found) throw new FakeExcelError("ItemNotFound", `No name "${name}".`);
      return found;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      () => this.ctx.model.names.find((n) => n.name.toUpperCase() === name.toUpperCase()) ?? null,
      true,
    );
  }
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    let created: NameModel | undefined;
    const payload = typeof reference === "string" ? [name, reference] : [name];
    this.ctx.queue.push(() => {
      const model = this.ctx.model;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid name.`);
      }
      if (model.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
        throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
      }
      created = { name, ...this.target(reference) };
      model.names.push(created);
    }, payload);
    return new FakeNamedItem(this.ctx, () => created ?? null);
  }
  private target(reference: FakeRange | string): { sheet: SheetModel; address: string } {
    if (typeof reference !== "string") {
      const { sheet, rect } = reference.resolve();
      return { sheet, address: absolute(formatAddress(rect)) };
    }
    const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(reference);
    const sheetName = match?.[1]?.replace(/''/g, "'") ?? match?.[2];
    const sheet = sheetName === undefined ? undefined : this.ctx.model.find(sheetName);
    if (!match || !sheet) throw new FakeExcelError("InvalidArgument", `Bad reference ${reference}`);
    parseAddress(match[3]!);
    return { sheet, address: match[3]! };
  }
}

const absolute = (address: string): string =>
  address
    .split(":")
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");

// ---------------------------------------------------------------- context and host

export class FakeRequestContext {
  readonly queue = new Queue();
  readonly workbook: { worksheets: FakeWorksheetCollection; names: FakeNamedItemCollection };
  constructor(
    readonly model: WorkbookModel,
    private readonly host: FakeExcel,
  ) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      names: new FakeNamedItemCollection(this),
    };
  }

  /** Fails the operation when the host's ExcelApi is older than `version`. */
  require(version: string, what: string): void {
    if (!this.host.isSetSupported("ExcelApi", version)) {
      throw new FakeExcelError("ApiNotFound", `${what} needs ExcelApi ${version}.`);
    }
  }

  async sync(): Promise<void> {
    const ops = this.queue.ops;
    this.queue.ops = [];
    const payload = ops.reduce((sum, op) => sum + op.size, 0);
    this.host.syncs.push(payload);
    await Promise.resolve();
    if (this.host.cellEditMode) {
      throw new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (payload > this.host.payloadLimit) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${payload} bytes) exceeds the limit (${this.host.payloadLimit}).`,
      );
    }
    for (const op of ops) op.run();
  }
}

/** The fake host: a workbook, the requirement sets it reports, and what its syncs carried. */
export class FakeExcel {
  readonly model = new WorkbookModel();
  /** Payload size of every sync, in order: `syncs.length` is the sync count. */
  readonly syncs: number[] = [];
  payloadLimit: number;
  cellEditMode: boolean;
  private readonly excelApi: string;

  constructor(workbook: WorkbookInput = { sheets: [] }, options: FakeExcelOptions = {}) {
    this.excelApi = options.excelApi ?? "1.7";
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.cellEditMode = options.cellEditMode ?? false;
    for (const { name, values } of workbook.sheets) this.seedSheet(name, values);
    this.model.active = this.model.sheets[0] ?? null;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** `Office.context.requirements.isSetSupported`, for this host. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") return false;
    const [major, minor] = (version ?? "1.1").split(".").map(Number);
    const [hostMajor, hostMinor] = this.excelApi.split(".").map(Number);
    return major! < hostMajor! || (major === hostMajor && (minor ?? 0) <= hostMinor!);
  };

  /** `Excel.run`: one context; what is still queued when the batch ends is synced, as Office.js does. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this.model, this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.ops.length > 0) await context.sync();
    return result;
  }

  /** Adds a sheet holding these values as constants (strings stay text), without a sync. */
  seedSheet(name: string, values: unknown[][]): SheetModel {
    checkSheetName(this.model, name);
    const sheet = new SheetModel(name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "" || value === null || value === undefined) return;
        sheet.cell(r, c).value = value as string | number | boolean;
      }),
    );
    this.model.sheets.push(sheet);
    return sheet;
  }

  /** Adds a workbook-level name referring to a sheet's cell, as a user or an earlier run would have. */
  seedName(name: string, sheet: string, address = "$A$1"): void {
    const target = this.model.find(sheet);
    if (!target) throw new Error(`no sheet ${sheet}`);
    this.model.names.push({ name, sheet: target, address });
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((sheet) => sheet.name);
  }

  /** Workbook-level names and their formulas, as Excel would show them. */
  names(): Record<string, string> {
    return Object.fromEntries(this.model.names.map((n) => [n.name, nameFormula(n)]));
  }

  /** A sheet's cells from A1 as `formulas` would read them (formulas with `=`, constants as they are). */
  formulas(name: string, rows?: number, cols?: number): unknown[][] {
    const sheet = this.sheet(name);
    const used = sheet.usedRect(true);
    const height = rows ?? (used ? used.bottom + 1 : 0);
    const width = cols ?? (used ? used.right + 1 : 0);
    return Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const cell = sheet.peek(r, c);
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }

  cell(sheet: string, address: string): CellState | undefined {
    const rect = parseAddress(address);
    return this.sheet(sheet).peek(rect.top, rect.left);
  }
}

export { sameName };
