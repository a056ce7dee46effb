// A strict in-memory fake of the part of Office.js's Excel API the adapter uses (test-only, never shipped; no
// Node API, as the browser tests bundle it too).
//
// As in Office.js, calls on proxy objects are only queued; `context.sync()` runs them in order against the
// in-memory workbook, fills in what was `load`ed, and resolves null objects. Strictness:
// - reading a property that was not loaded and synced throws `PropertyNotLoaded`, as Office.js does;
// - a 2-D array of the wrong shape fails the sync with `InvalidArgument`;
// - a string starting with `=` entered through `values` becomes a formula (see `enter`);
// - sheet names follow Excel's rules (`InvalidArgument`, `ItemAlreadyExists`);
// - syncs are counted, and a sync whose queued payload (UTF-8 length of the JSON of every value queued)
//   passes the limit (default 5 MB) throws `RequestPayloadSizeLimitExceeded` and applies nothing;
// - so is each sync's response (UTF-8 length of the JSON of every property it fills in: values arrays,
//   addresses, names…): past its limit (default 5 MB) the sync throws `ResponsePayloadSizeLimitExceeded`,
//   what it changed stays changed and nothing it loaded arrives;
// - `worksheet.pageLayout` and `range.getSpecialCellsOrNullObject` (formula cells only, as a null object when
//   there are none, failing past 8,192 areas) work only when ExcelApi 1.9 is reported supported (else `ApiNotFound`);
// - a protected sheet refuses every change to its cells (`AccessDenied`), as Excel does;
// - in cell-edit mode every sync fails; `failSync` fails chosen ones with any error code, whole or after some
//   of their operations ran, to test what a half-done write leaves;
// - a formula's sheet names are resolved when it is set (`formulas`, `values` with `=`): a name that is no sheet
//   of the workbook at that moment is taken, as Excel takes it, for a sheet of another workbook of that name
//   (`='Chi tiết điểm'!D5` is kept as `='[Chi tiết điểm]Chi tiết điểm'!D5`) and reads #REF!; adding the sheet
//   later does not mend it. Chosen from Excel's documented syntax for external references
//   (`[Book]Sheet!A1`, MS-XLSX/MS-OI29500) and its known behaviour: typing `=Foo!A1` without a sheet Foo asks
//   for a file Foo ("Update Values"), and with none the formula stays a broken link. A deleted sheet's
//   references become `#REF!D5`, as in Excel; `names.add` with such a reference fails (`InvalidArgument`);
// - `values` reads what the formulas compute (calculate.ts: references across sheets, + − * /, SUM, MIN, MAX,
//   ROUND); other formulas read as the value they were given;
// - Excel's limits fail the sync (`InvalidArgument` unless Excel has a code): a row over 409 points, a column
//   over 255 characters (`widthInPoints(255)` points), a function with more than 255 arguments, a formula
//   over 8,192 characters (`FormulaLengthExceedsLimit`), a cell text over 32,767 characters;
// - `worksheet.visibility` (Visible, Hidden, VeryHidden; `hide` seeds it): the last visible sheet can be
//   neither hidden nor deleted, nor can a VeryHidden sheet be deleted (`InvalidOperation`, as documented);
// - `names.add(name, text)` without a leading `=` stores the text (type String, no range), as Excel does.
// A failing operation stops the sync there; what ran before it stays applied, as in Excel.
import type { WorkbookInput } from "../../../src/engine/workbook";
import { FakeExcelError } from "./FakeExcelError";
import { FakeRequestContext } from "./FakeRequestContext";
import { formatAddress, parseAddress } from "./parseAddress";
import { SheetModel, type CellState } from "./SheetModel";
import { checkSheetName, nameFormula, WorkbookModel } from "./WorkbookModel";

export { FakeExcelError } from "./FakeExcelError";
export { FakeRequestContext } from "./FakeRequestContext";
export { sameName } from "./WorkbookModel";

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake host reports, e.g. "1.7" (default) or "1.9". */
  excelApi?: string;
  payloadLimit?: number;
  /** The most bytes one sync's response may carry (Excel on the web: 5 MB). */
  responseLimit?: number;
  /** Excel is in cell-edit mode: every sync fails. */
  cellEditMode?: boolean;
  /** Fails chosen syncs, as a dropped connection would: see `FakeExcel.failSync`. */
  failSync?: SyncFailure;
}

/**
 * Given a sync's number (1 for the host's first), the error it fails with, or null to let it run. An error
 * alone fails the sync before it applies anything; `{ error, after }` lets the first `after` operations run
 * first (a number, or a function of how many the sync carries), as Excel stops a batch at the failing action.
 */
export type SyncFailure = (
  index: number,
) => FakeExcelError | { error: FakeExcelError; after: number | ((ops: number) => number) } | null;

/** The fake host: a workbook, the requirement sets it reports, and what its syncs carried. */
export class FakeExcel {
  readonly model = new WorkbookModel();
  /** Payload size of every sync, in order: `syncs.length` is the sync count. */
  readonly syncs: number[] = [];
  /** Response size of every sync, in order, beside `syncs`: what arrived, 0 for a sync that failed. */
  readonly responses: number[] = [];
  /** What each failed sync would have returned (the bytes its operations loaded before it failed), beside `syncs`. */
  readonly refused: number[] = [];
  /** The numbers of the syncs that failed, as `failSync` counts them. */
  readonly failed: number[] = [];
  payloadLimit: number;
  responseLimit: number;
  cellEditMode: boolean;
  /** A sync this picks fails with its error, applying nothing of what it carried or only its first operations. */
  failSync: SyncFailure | null;
  private readonly excelApi: string;

  constructor(workbook: WorkbookInput = { sheets: [] }, options: FakeExcelOptions = {}) {
    this.excelApi = options.excelApi ?? "1.7";
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.responseLimit = options.responseLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.cellEditMode = options.cellEditMode ?? false;
    this.failSync = options.failSync ?? null;
    for (const { name, values, formulas } of workbook.sheets) {
      this.seedSheet(name, values);
      // A workbook's formula cells keep their formula, with the value beside it as what Excel computed.
      for (const [address, formula] of formulas ?? []) {
        const rect = parseAddress(address);
        this.sheet(name).cell(rect.top, rect.left).formula = formula;
      }
    }
    this.model.active = this.model.sheets[0] ?? null;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Request and response bytes of every sync, in order; `refused` what a failed sync would have returned. */
  get sizes(): { request: number; response: number; refused: number }[] {
    // Aligned from the end: a test may empty `syncs` to count afresh.
    const responses = this.responses.slice(this.responses.length - this.syncs.length);
    const refused = this.refused.slice(this.refused.length - this.syncs.length);
    return this.syncs.map((request, i) => ({
      request,
      response: responses[i] ?? 0,
      refused: refused[i] ?? 0,
    }));
  }

  /** Makes sync number `index` (counted over the host's life) fail with `code`, after `after` operations. */
  failAt(index: number, code: string, after: number | ((ops: number) => number) = 0): void {
    this.failSync = (at) =>
      at === index ? { error: new FakeExcelError(code, `Injected ${code} at sync ${index}.`), after } : null;
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

  /** Puts a formula with its calculated result in a sheet's cell (the fake does not calculate), without a sync. */
  seedFormula(sheet: string, address: string, formula: string, result: CellState["value"]): void {
    const rect = parseAddress(address);
    Object.assign(this.sheet(sheet).cell(rect.top, rect.left), { formula, value: result });
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

  /** Hides a sheet as a user would (or, VeryHidden, as a macro or another add-in does), without a sync. */
  hide(sheet: string, visibility: "Hidden" | "VeryHidden" = "Hidden"): void {
    this.sheet(sheet).visibility = visibility;
  }

  /** Protects a sheet as a user would (Review › Protect Sheet), without a sync: writes to it fail. */
  protect(sheet: string): void {
    this.sheet(sheet).protected = true;
  }

  /** The active sheet's name; null only in a workbook without sheets. */
  activeSheet(): string | null {
    return this.model.active?.name ?? null;
  }

  /** What is selected: the active sheet and its selected range (`C7`, `B2:D4`), A1 until a select. */
  selection(): { sheet: string; address: string } | null {
    const active = this.model.active;
    return active ? { sheet: active.name, address: formatAddress(active.selection) } : null;
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
