import { FakeClientObject, parseLoad, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import { FakeWorksheet } from "./FakeWorksheet";
import { SheetModel } from "./SheetModel";
import { checkSheetName } from "./WorkbookModel";

export class FakeWorksheetCollection extends FakeClientObject {
  declare readonly items: FakeWorksheet[];

  static {
    properties(FakeWorksheetCollection, { items: null });
  }

  load(props: unknown): this {
    const names = parseLoad(props)
      .map((p) => p.replace(/^items\//, ""))
      .filter((p) => p !== "items");
    this.ctx.queue.push(() => {
      const items = this.ctx.model.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.ctx, () => sheet);
        if (names.length > 0) proxy.loadNow(names);
        return proxy;
      });
      this.loaded.set("items", items);
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const sheet = this.ctx.model.find(name);
      if (!sheet) throw new FakeExcelError("ItemNotFound", `No sheet named "${name}".`);
      return sheet;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const active = this.ctx.model.active;
      if (!active) throw new FakeExcelError("ItemNotFound", "No sheet is active.");
      return active;
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
