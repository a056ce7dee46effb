// The production ribbon bundle (ES5) run where the built-ins IE11 lacks are gone: a Node `vm` realm with
// Promise, Symbol, Proxy, Reflect, the ES2015+ methods and String.prototype.normalize deleted, over the fake
// workbook. Syntax is checked apart (scripts/check-bundles.js parses the bundle as ES5); this shows that the
// polyfills the bundle carries (core-js by usage, src/polyfills) are enough for a whole rank of Vietnamese text,
// and that it writes what the modern code writes.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import vm from "node:vm";
import { dialogText } from "../../src/dialog/dialogText";
import { rankInExcel } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";

const DIST = resolve(__dirname, "../../dist");

// What IE11's JavaScript does not have (it has ES5 and a Map and Set without iterators, removed too). Its
// WeakMap is kept (the bundle does not polyfill it) as IE11 has it: built empty, its set returning undefined.
const IE11_MISSING = `
  const entries = Object.entries;
  const NativeWeakMap = WeakMap;
  for (const name of ["Promise", "Symbol", "Proxy", "Reflect", "Map", "Set", "WeakMap", "WeakSet", "WeakRef",
      "globalThis", "TextEncoder", "queueMicrotask", "structuredClone", "URL", "URLSearchParams"])
    delete this[name];
  this.WeakMap = function WeakMap() {
    if (arguments.length > 0) throw new TypeError("IE11's WeakMap takes no entries");
    this.map = new NativeWeakMap();
  };
  this.WeakMap.prototype.get = function (key) { return this.map.get(key); };
  this.WeakMap.prototype.has = function (key) { return this.map.has(key); };
  this.WeakMap.prototype.delete = function (key) { return this.map.delete(key); };
  this.WeakMap.prototype.set = function (key, value) { this.map.set(key, value); };
  const methods = {
    Object: ["assign", "entries", "values", "fromEntries", "is", "getOwnPropertySymbols", "hasOwn",
      "getOwnPropertyDescriptors"],
    Array: ["from", "of"],
    Number: ["isFinite", "isInteger", "isNaN", "isSafeInteger", "EPSILON", "MAX_SAFE_INTEGER", "parseFloat",
      "parseInt"],
    Math: ["trunc", "sign", "log10", "log2", "hypot", "cbrt", "expm1", "log1p", "fround", "clz32", "imul"],
    String: ["fromCodePoint", "raw"],
  };
  for (const [owner, names] of entries(methods)) for (const name of names) delete this[owner][name];
  const prototypes = {
    Array: ["find", "findIndex", "findLast", "findLastIndex", "fill", "includes", "flat", "flatMap", "at",
      "copyWithin", "entries", "keys", "values", "toSorted", "toReversed", "with"],
    String: ["includes", "startsWith", "endsWith", "repeat", "padStart", "padEnd", "normalize", "at",
      "trimStart", "trimEnd", "codePointAt", "replaceAll", "matchAll"],
  };
  for (const [owner, names] of entries(prototypes))
    for (const name of names) delete this[owner].prototype[name];
`;

interface Ribbon {
  handlers: Map<string, (event: { completed: () => void }) => unknown>;
  completed: Promise<void>;
  realm: vm.Context;
  /** The chunks the page loaded on demand, by file name, in order. */
  loaded: string[];
}

interface ScriptElement {
  src: string;
  onload?: ((event: object) => void) | null;
  onerror?: ((event: object) => void) | null;
  parentNode?: { removeChild: (node: ScriptElement) => void } | null;
  setAttribute: (name: string, value: string) => void;
  getAttribute: (name: string) => string | null;
}

/**
 * The little of IE11's document webpack's chunk loading uses: no `currentScript` (IE11 has none), the page's
 * script tags, and a `<script>` that, once in the head, runs its file from dist/ in the realm and fires its
 * load event as the browser would.
 */
function legacyDocument(realm: vm.Context, pageScript: string, loaded: string[]) {
  const attributes = new Map<ScriptElement, Map<string, string>>();
  const script = (src = ""): ScriptElement => {
    const element: ScriptElement = {
      src,
      setAttribute: (name, value) => void attributes.get(element)!.set(name, value),
      getAttribute: (name) => (name === "src" ? element.src : (attributes.get(element)!.get(name) ?? null)),
    };
    attributes.set(element, new Map());
    return element;
  };
  const scripts = [script(`https://localhost:3000/${pageScript}`)];
  const head = {
    appendChild: (element: ScriptElement) => {
      element.parentNode = { removeChild: () => undefined };
      scripts.push(element);
      const file = element.src.replace(/^https:\/\/localhost:3000\//, "");
      setTimeout(() => {
        loaded.push(file);
        vm.runInContext(readFileSync(join(DIST, file), "utf8"), realm, { filename: file });
        element.onload?.({ type: "load", target: element });
      }, 0);
      return element;
    },
  };
  return {
    head,
    createElement: (tag: string) => {
      if (tag !== "script") throw new Error(`createElement(${tag}) in the ribbon`);
      return script();
    },
    getElementsByTagName: (tag: string) => (tag === "script" ? scripts : tag === "head" ? [head] : []),
  };
}

// In IE11 every array the ribbon sees is the webview's own; here the fake's come from the test's realm, which
// the bundle's core-js does not know as iterable (it keys Symbol.iterator by its own polyfilled symbol, a
// string), so `new Map(pairs)` over them would fail only here. The realm's array iterator is lent to them.
const lent: string[] = [];
function lendArrayIterator(realm: vm.Context): void {
  // core-js's Symbol comes with the code that uses it: with the rank chunk, not with the page.
  if (vm.runInContext("typeof Symbol", realm) === "undefined") return;
  // This realm's getOwnPropertyNames still lists the string keys core-js hides from the realm's own.
  const proto = vm.runInContext("Array.prototype", realm) as Record<string, unknown>;
  const iterator = vm.runInContext("Array.prototype[Symbol.iterator]", realm) as unknown;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === "values" || proto[key] !== iterator) continue;
    Object.defineProperty(Array.prototype, key, { value: iterator, configurable: true, writable: true });
    lent.push(key);
  }
}
afterAll(() => {
  for (const key of lent) delete (Array.prototype as unknown as Record<string, unknown>)[key];
});

function loadRibbon(fake: FakeExcel): Ribbon {
  const report = JSON.parse(readFileSync(join(DIST, "bundle-report.json"), "utf8")) as {
    commands: { files: string[] };
  };
  const realm = vm.createContext({});
  vm.runInContext(IE11_MISSING, realm);
  const handlers: Ribbon["handlers"] = new Map();
  const loaded: string[] = [];
  Object.assign(realm, {
    window: realm,
    self: realm,
    document: legacyDocument(realm, report.commands.files.at(-1)!, loaded),
    location: { href: "https://localhost:3000/commands.html" },
    console,
    setTimeout,
    clearTimeout,
    Office: {
      EventType: {
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      onReady: (callback: (info: object) => void) => setTimeout(() => callback({ host: "Excel" }), 0),
      actions: { associate: (name: string, handler: never) => handlers.set(name, handler) },
      context: { displayLanguage: "vi-VN", requirements: { isSetSupported: fake.isSetSupported }, ui: {} },
    },
    // By the first batch the rank chunk has run, and with it core-js's Symbol, which the fake's arrays borrow.
    Excel: {
      run: (batch: never) => {
        lendArrayIterator(realm);
        return fake.run(batch);
      },
    },
  });
  for (const file of report.commands.files)
    vm.runInContext(readFileSync(join(DIST, file), "utf8"), realm, { filename: file });
  lendArrayIterator(realm);
  return { handlers, completed: Promise.resolve(), realm, loaded };
}

const sample = () => SAMPLES[0]!.build(2024);

describe("the ES5 ribbon bundle without ES2015+ built-ins", () => {
  test("polyfills what IE11 lacks and ranks the sample as the modern code does", async () => {
    const legacy = new FakeExcel(sample());
    const ribbon = loadRibbon(legacy);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([...ribbon.handlers.keys()].sort()).toEqual(["checkData", "rankAndWrite"]);
    const installed = () =>
      vm.runInContext(
        `[typeof Promise, typeof Symbol, typeof Map, typeof "".normalize, typeof TextEncoder, typeof [].flatMap]`,
        ribbon.realm,
      ) as string[];
    // The page brings what loading a chunk needs (Promise) and src/polyfills; the rest comes with the rank.
    expect(installed().map((type, i) => (i === 0 || i === 3 || i === 4 ? type : "later"))).toEqual([
      "function",
      "later",
      "later",
      "function",
      "function",
      "later",
    ]);
    let completions = 0;
    const done = new Promise<void>((resolve) => {
      void ribbon.handlers.get("rankAndWrite")!({
        completed: () => {
          completions++;
          resolve();
        },
      });
    });
    await done;
    expect(completions).toBe(1);
    // The page itself carries no engine: the rank run came as a chunk, loaded when the button was pressed.
    expect(ribbon.loaded.length).toBeGreaterThan(0);
    expect(ribbon.loaded.some((file) => file.startsWith("ribbonRank."))).toBe(true);
    expect(installed()).toEqual(["function", "function", "function", "function", "function", "function"]);

    const modern = new FakeExcel(sample());
    await modern.run((context) => rankInExcel(context, { supports: modern.isSetSupported }));
    expect(legacy.sheetNames()).toEqual(modern.sheetNames());
    const cells = (fake: FakeExcel, name: string) =>
      JSON.stringify([...fake.sheet(name).cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const name of modern.sheetNames())
      expect([name, cells(legacy, name)]).toEqual([name, cells(modern, name)]);
    expect(legacy.model.active?.name).toBe("Xếp hạng");
  });

  test("the normalize fallback folds decomposed Vietnamese in the bundle as Node does", () => {
    const ribbon = loadRibbon(new FakeExcel(sample()));
    const text = "Điểm tự chấm, tối đa 2 điểm".normalize("NFD");
    const folded = vm.runInContext(
      `[${JSON.stringify(text)}.normalize("NFC"), "ệ".normalize("NFD")]`,
      ribbon.realm,
    );
    expect(folded).toEqual([text.normalize("NFC"), "ệ".normalize("NFD")]);
  });

  test("the failure dialog renders its words and asks to close, without Promise or URLSearchParams", () => {
    const report = JSON.parse(readFileSync(join(DIST, "bundle-report.json"), "utf8")) as {
      dialog: { files: string[] };
    };
    const realm = vm.createContext({});
    vm.runInContext(IE11_MISSING, realm);
    const clicks: (() => void)[] = [];
    const element = () => ({
      textContent: "",
      focus: () => undefined,
      addEventListener: (type: string, listener: () => void) => {
        if (type === "click") clicks.push(listener);
      },
    });
    const elements: Record<string, ReturnType<typeof element>> = {
      heading: element(),
      message: element(),
      close: element(),
    };
    const sent: string[] = [];
    Object.assign(realm, {
      window: realm,
      self: realm,
      location: { search: "?kind=name-clash&lang=en&name=X%E1%BA%BFp+h%E1%BA%A1ng" },
      document: {
        readyState: "complete",
        documentElement: { lang: "vi" },
        title: "",
        getElementById: (id: string) => elements[id] ?? null,
        addEventListener: () => undefined,
      },
      Office: {
        onReady: (callback: () => void) => callback(),
        context: { ui: { messageParent: (message: string) => sent.push(message) } },
      },
    });
    for (const file of report.dialog.files)
      vm.runInContext(readFileSync(join(DIST, file), "utf8"), realm, { filename: file });
    const expected = dialogText({ kind: "name-clash", lang: "en", name: "Xếp hạng" });
    expect([
      elements.heading!.textContent,
      elements.message!.textContent,
      elements.close!.textContent,
    ]).toEqual([expected.heading, expected.message, expected.close]);
    clicks.forEach((click) => click());
    expect(sent).toEqual(["close"]);
  });
});
