import { FakeClientObject, parseLoad, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRequestContext } from "./FakeRequestContext";
import type { FakeWorksheet } from "./FakeWorksheet";

/** `WorksheetProtectionOptions` (ExcelApi 1.2): what users may still do on the protected sheet. */
const OPTIONS = new Set([
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
]);
const SELECTION_MODES = ["Normal", "Unlocked", "None"];

function checkOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new FakeExcelError("InvalidArgument", "Protection options must be an object.");
  }
  for (const [key, value] of Object.entries(options)) {
    const ok =
      key === "selectionMode" ? SELECTION_MODES.includes(value as string) : typeof value === "boolean";
    if (!OPTIONS.has(key) || !ok)
      throw new FakeExcelError("InvalidArgument", `Bad protection option ${key}.`);
  }
  return { ...options };
}

/**
 * `worksheet.protection` (ExcelApi 1.2): whether the sheet is protected and with which options; `protect` fails
 * on a sheet that already is (as Office.js documents), `unprotect` lifts it. The fake keeps no passwords.
 */
export class FakeWorksheetProtection extends FakeClientObject {
  declare readonly protected: boolean;
  declare readonly options: Record<string, unknown>;

  static {
    properties(FakeWorksheetProtection, { protected: null, options: null });
  }

  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  protect(options?: unknown, password?: string): void {
    this.ctx.queue.push(() => {
      this.ctx.require("1.2", "WorksheetProtection");
      const sheet = this.sheet.resolve();
      if (sheet.protected)
        throw new FakeExcelError("InvalidOperation", "The worksheet is already protected.");
      if (password !== undefined && typeof password !== "string") {
        throw new FakeExcelError("InvalidArgument", "The password must be a string.");
      }
      sheet.protectionOptions = checkOptions(options);
      sheet.protected = true;
    }, [options ?? null, password ?? null]);
  }

  unprotect(): void {
    this.ctx.queue.push(() => {
      this.ctx.require("1.2", "WorksheetProtection");
      const sheet = this.sheet.resolve();
      sheet.protected = false;
      sheet.protectionOptions = {};
    });
  }

  /** Fills in loaded properties now (within a running operation). */
  loadNow(names: string[]): void {
    this.ctx.require("1.2", "WorksheetProtection");
    const sheet = this.sheet.resolve();
    for (const name of names) {
      if (name === "protected") this.loaded.set(name, sheet.protected);
      else if (name === "options") this.loaded.set(name, { ...sheet.protectionOptions });
      else throw new FakeExcelError("InvalidArgument", `The fake cannot load WorksheetProtection.${name}.`);
    }
  }

  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => this.loadNow(names));
    return this;
  }
}
