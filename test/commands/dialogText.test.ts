import { dialogText } from "../../src/dialog/dialogText";
import { dialogWord } from "../../src/strings/dialogStrings";
import { hostErrorMessage } from "../../src/strings/hostMessages";
import { HOST_KINDS } from "../helpers/hostKinds";
import type { Table } from "../../src/strings/dictionary";

const KINDS = HOST_KINDS;

describe("dialogText", () => {
  it.each(KINDS.flatMap((kind) => (["vi", "en"] as const).map((lang) => [kind, lang] as const)))(
    "%s in %s shows the host failure's own message",
    (kind, lang) => {
      const text = dialogText({ kind, lang, name: "Xếp hạng" });
      expect(text.message).toBe(hostErrorMessage(kind, "rank", lang, "Xếp hạng"));
      expect(text.heading).toBe(dialogWord[lang].hostHeading);
      expect(text.close).toBe(dialogWord[lang].close);
      expect(text.lang).toBe(lang);
    },
  );

  it("names the clashing sheet", () => {
    expect(dialogText({ kind: "name-clash", lang: "vi", name: "Xếp hạng 2" }).message).toContain(
      '"Xếp hạng 2"',
    );
  });

  it("puts an unexpected error's text into the unexpected message, as it is", () => {
    const text = dialogText({ kind: "unexpected", lang: "en", text: "x {name} <b>" });
    expect(text.heading).toBe(dialogWord.en.unexpectedHeading);
    expect(text.message).toBe(dialogWord.en.unexpected.replace("{message}", "x {name} <b>"));
  });

  it("falls back to the generic message without a text", () => {
    expect(dialogText({ kind: "unexpected", lang: "vi" }).message).toBe(dialogWord.vi.generic);
  });
});

describe("dialogWord", () => {
  it("has the same keys in Vietnamese and English, none empty, and different words", () => {
    expect(Object.keys(dialogWord.en).sort()).toEqual(Object.keys(dialogWord.vi).sort());
    for (const lang of ["vi", "en"] as const) {
      for (const text of Object.values(dialogWord[lang])) expect(text.trim()).not.toBe("");
    }
    expect(dialogWord.vi.close).not.toBe(dialogWord.en.close);
  });

  it("makes a missing word a compile error (checked by npm run typecheck)", () => {
    // @ts-expect-error every dialog word is required
    const partial: Table<typeof dialogWord> = { close: "x" };
    expect(partial).toBeDefined();
  });
});
