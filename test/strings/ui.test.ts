import { pickLang, ui } from "../../src/strings/ui";
import type { Table } from "../../src/strings/dictionary";

describe("ui", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.vi).sort());
  });

  it.each(["vi", "en"] as const)("has no empty %s label", (lang) => {
    for (const [key, text] of Object.entries(ui[lang])) {
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
    }
  });

  it("names the rank button as the design does", () => {
    expect(ui.vi.rankButton).toBe("Xếp hạng đơn vị");
    expect(ui.en.rankButton).toBe("Rank units");
  });

  it("makes a missing label a compile error (checked by npm run typecheck)", () => {
    // @ts-expect-error every UiKey is required
    const partial: Table<typeof ui> = { productName: "x" };
    expect(partial).toBeDefined();
  });
});

describe("pickLang", () => {
  it.each([
    ["en-US", "en"],
    ["en", "en"],
    ["EN-gb", "en"],
    ["vi-VN", "vi"],
    ["fr-FR", "vi"],
    ["", "vi"],
    [undefined, "vi"],
  ] as const)("%s → %s", (displayLanguage, lang) => {
    expect(pickLang(displayLanguage)).toBe(lang);
  });
});
