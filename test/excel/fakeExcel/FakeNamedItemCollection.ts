import { FakeClientObject, parseLoad, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import { FakeNamedItem } from "./FakeNamedItem";
import type { FakeRange } from "./FakeRange";
import { formatAddress, parseAddress } from "./parseAddress";
import type { SheetModel } from "./SheetModel";
import type { NameModel } from "./WorkbookModel";

const absolute = (address: string): string =>
  address
    .split(":")
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");

const REFERENCE = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/;

export class FakeNamedItemCollection extends FakeClientObject {
  declare readonly items: FakeNamedItem[];

  static {
    properties(FakeNamedItemCollection, { items: null });
  }

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

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const found = this.find(name);
      if (!found) throw new FakeExcelError("ItemNotFound", `No name "${name}".`);
      return found;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.find(name) ?? null, true);
  }

  add(name: string, reference: FakeRange | string): FakeNamedItem {
    let created: NameModel | undefined;
    const payload = typeof reference === "string" ? [name, reference] : [name];
    this.ctx.queue.push(() => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid name.`);
      }
      if (this.find(name)) {
        throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
      }
      // Excel takes a reference without its leading `=` for text: the name holds that string, not a range.
      created =
        typeof reference === "string" && !reference.startsWith("=")
          ? { name, sheet: null, address: "", text: reference }
          : { name, ...this.target(reference) };
      this.ctx.model.names.push(created);
    }, payload);
    return new FakeNamedItem(this.ctx, () => created ?? null);
  }

  private find(name: string): NameModel | undefined {
    return this.ctx.model.names.find((n) => n.name.toUpperCase() === name.toUpperCase());
  }

  private target(reference: FakeRange | string): { sheet: SheetModel; address: string } {
    if (typeof reference !== "string") {
      const { sheet, rect } = reference.resolve();
      return { sheet, address: absolute(formatAddress(rect)) };
    }
    const match = REFERENCE.exec(reference);
    const sheetName = match?.[1]?.replace(/''/g, "'") ?? match?.[2];
    const sheet = sheetName === undefined ? undefined : this.ctx.model.find(sheetName);
    if (!match || !sheet) throw new FakeExcelError("InvalidArgument", `Bad reference ${reference}`);
    parseAddress(match[3]!);
    return { sheet, address: match[3]! };
  }
}
