import { FakeChartCollection } from "./FakeChart";
import { FakeItem, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import { FakeFreezePanes } from "./FakeFreezePanes";
import { FakePageBreaks } from "./FakePageBreaks";
import { FakePageLayout } from "./FakePageLayout";
import { FakeRange } from "./FakeRange";
import { FakeWorksheetProtection } from "./FakeWorksheetProtection";
import type { FakeRequestContext } from "./FakeRequestContext";
import { parseAddress } from "./parseAddress";
import { MAX_COLUMNS, MAX_ROWS, type SheetModel, type SheetVisibility } from "./SheetModel";
import { mapSheetPrefixes } from "./sheetRefs";
import { checkSheetName, sameName, type WorkbookModel } from "./WorkbookModel";

const VISIBILITIES: readonly string[] = ["Visible", "Hidden", "VeryHidden"];

/** Excel keeps one sheet visible at least: hiding or deleting the last one fails. */
function checkNotLastVisible(model: WorkbookModel, sheet: SheetModel, what: string): void {
  if (sheet.visibility !== "Visible") return;
  if (model.sheets.some((other) => other !== sheet && other.visibility === "Visible")) return;
  throw new FakeExcelError(
    "InvalidOperation",
    `A workbook must contain at least one visible worksheet (${what}).`,
  );
}

/** What `Worksheet.load` can fill in. */
const LOADABLE: Record<string, (sheet: SheetModel, ctx: FakeRequestContext) => unknown> = {
  name: (sheet) => sheet.name,
  id: (sheet) => sheet.id,
  position: (sheet, ctx) => ctx.model.sheets.indexOf(sheet),
  tabColor: (sheet) => sheet.tabColor,
  visibility: (sheet) => sheet.visibility,
};

export class FakeWorksheet extends FakeItem<SheetModel> {
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreaks;
  readonly protection: FakeWorksheetProtection;
  declare name: string;
  declare tabColor: string;
  declare readonly id: string;
  declare readonly position: number;
  declare visibility: SheetVisibility;

  static {
    properties(FakeWorksheet, {
      name: (worksheet, value) =>
        worksheet.ctx.queue.push(() => {
          const sheet = worksheet.writable();
          checkSheetName(worksheet.ctx.model, value, sheet);
          // Formulas naming the sheet follow it, as in Excel.
          const renamed = `'${value.replace(/'/g, "''")}'!`;
          for (const other of worksheet.ctx.model.sheets)
            for (const cell of other.cells.values())
              if (cell.formula !== null)
                cell.formula = mapSheetPrefixes(cell.formula, (name) =>
                  sameName(name, sheet.name) ? renamed : null,
                );
          sheet.name = value;
        }, value),
      tabColor: (worksheet, value) =>
        worksheet.ctx.queue.push(() => {
          if (!/^#[0-9A-Fa-f]{6}$/.test(value)) {
            throw new FakeExcelError("InvalidArgument", `Bad colour ${value}`);
          }
          worksheet.writable().tabColor = value;
        }, value),
      id: null,
      position: null,
      visibility: (worksheet, value) =>
        worksheet.ctx.queue.push(() => {
          if (!VISIBILITIES.includes(value))
            throw new FakeExcelError("InvalidArgument", `Bad visibility ${value}`);
          const sheet = worksheet.resolve();
          const model = worksheet.ctx.model;
          if (model.structureProtected)
            throw new FakeExcelError("AccessDenied", "The workbook is protected.");
          if (value !== "Visible") checkNotLastVisible(model, sheet, "hide");
          sheet.visibility = value;
          if (value !== "Visible" && model.active === sheet) {
            model.active = model.sheets.find((other) => other.visibility === "Visible") ?? null;
          }
        }, value),
    });
  }

  constructor(ctx: FakeRequestContext, target: () => SheetModel | null, nullable = false) {
    super(ctx, target, nullable);
    this.freezePanes = new FakeFreezePanes(ctx, this);
    this.charts = new FakeChartCollection(ctx, this);
    this.pageLayout = new FakePageLayout(ctx, this);
    this.horizontalPageBreaks = new FakePageBreaks(ctx, this);
    this.protection = new FakeWorksheetProtection(ctx, this);
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

  /** Fills in loaded properties now (within a running operation). */
  loadNow(names: string[]): void {
    const sheet = this.resolve();
    for (const name of names) {
      if (name.startsWith("protection/")) {
        this.protection.loadNow([name.slice("protection/".length)]);
        continue;
      }
      const loader = LOADABLE[name];
      if (!loader) throw new FakeExcelError("InvalidArgument", `The fake cannot load Worksheet.${name}.`);
      this.loaded.set(name, loader(sheet, this.ctx));
    }
  }

  delete(): void {
    this.ctx.queue.push(() => {
      const sheet = this.resolve();
      const model = this.ctx.model;
      if (model.structureProtected) throw new FakeExcelError("AccessDenied", "The workbook is protected.");
      // Documented for Worksheet.delete: a VeryHidden sheet must be made visible or hidden first.
      if (sheet.visibility === "VeryHidden") {
        throw new FakeExcelError("InvalidOperation", `The sheet "${sheet.name}" is very hidden.`);
      }
      checkNotLastVisible(model, sheet, "delete");
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      sheet.deleted = true;
      for (const name of model.names) if (name.sheet === sheet) name.sheet = null;
      // Formulas elsewhere that named the sheet now name nothing, as Excel writes them: `=#REF!D5`.
      for (const other of model.sheets) {
        for (const cell of other.cells.values()) {
          if (cell.formula === null) continue;
          cell.formula = mapSheetPrefixes(cell.formula, (name) =>
            sameName(name, sheet.name) ? "#REF!" : null,
          );
        }
      }
      if (model.active === sheet) model.active = model.sheets.find((s) => s.visibility === "Visible") ?? null;
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
