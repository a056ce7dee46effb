import { FakeItem, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import { FakeRange } from "./FakeRange";
import type { FakeRequestContext } from "./FakeRequestContext";
import { parseAddress } from "./parseAddress";
import { nameFormula, type NameModel } from "./WorkbookModel";

/** What `NamedItem.load` can fill in. */
const LOADABLE: Record<string, (name: NameModel, ctx: FakeRequestContext) => unknown> = {
  name: (name) => name.name,
  type: (name) => (name.text !== undefined ? "String" : name.sheet ? "Range" : "Error"),
  formula: (name, ctx) => {
    ctx.require("1.7", "NamedItem.formula");
    return nameFormula(name);
  },
  value: (name) => (name.text !== undefined ? name.text : nameFormula(name).slice(1)),
  visible: () => true,
};

export class FakeNamedItem extends FakeItem<NameModel> {
  declare readonly name: string;
  declare readonly type: string;
  declare readonly formula: string;
  declare readonly value: string;
  declare readonly visible: boolean;

  static {
    properties(FakeNamedItem, { name: null, type: null, formula: null, value: null, visible: null });
  }

  constructor(ctx: FakeRequestContext, target: () => NameModel | null, nullable = false) {
    super(ctx, target, nullable);
  }

  resolve(): NameModel {
    const name = this.resolveOrNull();
    if (!name || !this.ctx.model.names.includes(name))
      throw new FakeExcelError("ItemNotFound", "No such name.");
    return name;
  }

  /** Fills in loaded properties now (within a running operation). */
  loadNow(names: string[]): void {
    const name = this.resolve();
    for (const prop of names) {
      const loader = LOADABLE[prop];
      if (!loader) throw new FakeExcelError("InvalidArgument", `The fake cannot load NamedItem.${prop}.`);
      this.loaded.set(prop, loader(name, this.ctx));
    }
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
