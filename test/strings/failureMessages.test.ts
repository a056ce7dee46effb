import { HOST_ERROR_KINDS } from "../../src/excel/hostErrorKinds";
import { failureMessages } from "../../src/strings/failureMessages";
import { HOST_ACTIONS, hostErrorMessage, isHostAction } from "../../src/strings/hostMessages";
import { XLSX_FAILURES, xlsxErrorMessage } from "../../src/strings/xlsxMessages";
import { XLSX_ERROR_KINDS } from "../../src/xlsx/XlsxError";

const LANGS = ["vi", "en"] as const;
const SUBJECT = "Trang ‹x›";

// Both adapters' tables, as one list of (kind, action) pairs and a way to word each.
const TABLES = [
  {
    name: "host",
    kinds: HOST_ERROR_KINDS as readonly string[],
    actions: HOST_ACTIONS as readonly string[],
    word: (kind: string, action: string, lang: "vi" | "en") =>
      hostErrorMessage(kind as never, action as never, lang, SUBJECT),
  },
  {
    name: "xlsx",
    kinds: XLSX_ERROR_KINDS as readonly string[],
    actions: XLSX_FAILURES.actions as readonly string[],
    word: (kind: string, action: string, lang: "vi" | "en") =>
      xlsxErrorMessage(kind as never, action as never, lang, SUBJECT),
  },
];

describe.each(TABLES)("the $name failures' words", ({ kinds, actions, word }) => {
  const pairs = kinds.flatMap((kind) => actions.map((action) => [kind, action] as const));

  it("cover every action the adapter's callers name", () => {
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions).toContain("rank");
  });

  it.each(pairs)("%s while %s: a message in vi and in en, every placeholder filled", (kind, action) => {
    const [vi, en] = LANGS.map((lang) => word(kind, action, lang));
    for (const text of [vi!, en!]) {
      expect(text.trim().length).toBeGreaterThan(20);
      expect(text).not.toMatch(/\{\w+\}/);
    }
    expect(vi).not.toBe(en);
  });

  it.each(kinds)("%s: each action has its own words, none a rank's for another action", (kind) => {
    for (const lang of LANGS) {
      const texts = actions.map((action) => word(kind, action, lang));
      expect(new Set(texts).size).toBe(actions.length);
      const rank = word(kind, "rank", lang);
      for (const [i, action] of actions.entries()) if (action !== "rank") expect(texts[i]).not.toBe(rank);
    }
  });
});

describe("host failures name what they are about", () => {
  it.each(["name-clash", "too-large"] as const)("%s names the sheet in both languages", (kind) => {
    for (const lang of LANGS)
      expect(hostErrorMessage(kind, "settings", lang, "Cấu hình")).toContain('"Cấu hình"');
    for (const lang of LANGS) expect(xlsxErrorMessage(kind, "merge", lang, "Dữ liệu")).toContain('"Dữ liệu"');
  });

  it("reads a dialog query's action only when it is one", () => {
    for (const action of HOST_ACTIONS) expect(isHostAction(action)).toBe(true);
    for (const text of ["", "Rank", "toString", "__proto__", null]) expect(isHostAction(text)).toBe(false);
  });
});

describe("failureMessages", () => {
  it("fills the kind's words with the action's retry and the subject", () => {
    const words = failureMessages(
      { vi: { k: "A {name} B {again}." }, en: { k: "a {name} b {again}." } },
      { vi: { x: "X", y: "Y" }, en: { x: "x", y: "y" } },
    );
    expect(words.actions).toEqual(["x", "y"]);
    expect(words.message("k", "y", "vi", "S")).toBe("A S B Y.");
    expect(words.message("k", "x", "en")).toBe("a  b x.");
    expect(words.words.en.again.y).toBe("y");
  });

  it("makes a kind or an action missing in one language a compile error (checked by npm run typecheck)", () => {
    const again = { vi: { x: "" }, en: { x: "" } };
    const kinds = { vi: { a: "", b: "" }, en: { a: "" } };
    // @ts-expect-error every kind of vi is required in en
    const partial = failureMessages(kinds, again);
    expect(partial).toBeDefined();
  });
});
