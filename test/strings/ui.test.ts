import { pickLang, uiStrings, type UiStrings } from "../../src/strings/ui";

describe("uiStrings", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(uiStrings.en).sort()).toEqual(Object.keys(uiStrings.vi).sort());
  });

  it.each(["vi", "en"] as const)("has no empty %s label", (lang) => {
    for (const [key, text] of Object.entries(uiStrings[lang])) {
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
    }
  });

  it("names the rank button as the design does", () => {
    expect(uiStrings.vi.rankButton).toBe("Xếp hạng đơn vị");
    expect(uiStrings.en.rankButton).toBe("Rank units");
  });

  it("makes a missing label a compile error (checked by npm run typecheck)", () => {
    // @ts-expect-error every UiKey is required
    const partial: UiStrings = { productName: "x" };
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
