// The base of every proxy object of the fake Office.js: loaded values, what `load` accepts, and the
// null-object pattern of `getItemOrNullObject` / `getUsedRangeOrNullObject`.
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRequestContext } from "./FakeRequestContext";

export function notLoaded(what: string): never {
  throw new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** The property names a `load` call asks for: "a, b", ["a", "b"] or { select: … }. */
export function parseLoad(props: unknown): string[] {
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

const utf8 = new TextEncoder();

// A loaded value as the response carries it: a collection's items are counted by their own loads, not here.
const responseSize = (prop: string, value: unknown): number =>
  utf8.encode(
    JSON.stringify({ [prop]: value }, (_, v: unknown) => (v instanceof FakeClientObject ? {} : v)) ?? "",
  ).length;

/** The loaded values of a proxy; each one filled in during a sync counts towards that sync's response. */
class LoadedValues extends Map<string, unknown> {
  constructor(private readonly ctx: FakeRequestContext) {
    super();
  }

  override set(prop: string, value: unknown): this {
    this.ctx.responded(responseSize(prop, value), () => this.delete(prop));
    return super.set(prop, value);
  }
}

/** Base of every proxy: loaded values live here until read. */
export abstract class FakeClientObject {
  readonly loaded: Map<string, unknown>;
  constructor(readonly ctx: FakeRequestContext) {
    this.loaded = new LoadedValues(ctx);
  }

  /** A loaded value; PropertyNotLoaded until `load` and `sync` filled it in. */
  read<T>(prop: string): T {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.loaded.get(prop) as T;
  }
}

type Writer<T, V> = (proxy: T, value: V) => void;

/**
 * Defines a proxy class's loadable properties, instead of a getter and setter written out for each. Reading
 * one throws PropertyNotLoaded until it is loaded and synced; assigning calls its writer (which queues the
 * change), or throws a TypeError when the writer is null (read-only, as an Office.js getter without setter).
 * The class `declare`s the properties for their types; call this from its static block so writers can reach
 * private members.
 */
export function properties<T extends FakeClientObject>(
  proxyClass: { prototype: T },
  writers: { [K in keyof T]?: Writer<T, T[K]> | null },
): void {
  for (const [prop, write] of Object.entries(writers) as [string, Writer<T, unknown> | null][]) {
    Object.defineProperty(proxyClass.prototype, prop, {
      configurable: true,
      get(this: T) {
        return this.read(prop);
      },
      set: write
        ? function (this: T, value: unknown) {
            write(this, value);
          }
        : undefined,
    });
  }
}

/**
 * A proxy for something found at sync time (a sheet, a range, a name). Made by a `…OrNullObject` method it
 * reports `isNullObject` after the next sync instead of failing.
 */
export abstract class FakeItem<T> extends FakeClientObject {
  private resolved: T | null | undefined;
  private nullState: boolean | undefined;

  constructor(
    ctx: FakeRequestContext,
    private readonly target: () => T | null,
    nullable: boolean,
  ) {
    super(ctx);
    if (nullable) ctx.queue.push(() => (this.nullState = this.resolveOrNull() === null));
  }

  /** What the proxy stands for, looked up once (at the first operation that needs it). */
  resolveOrNull(): T | null {
    if (this.resolved === undefined) this.resolved = this.target();
    return this.resolved;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) notLoaded("isNullObject");
    return this.nullState;
  }

  /** Fills in loaded properties now (within a running operation); the target exists. */
  abstract loadNow(names: string[]): void;

  /** Queued: the properties become readable after the next sync; a null object loads nothing. */
  load(props: unknown): this {
    const names = parseLoad(props);
    this.ctx.queue.push(() => {
      if (this.resolveOrNull()) this.loadNow(names);
    });
    return this;
  }
}
