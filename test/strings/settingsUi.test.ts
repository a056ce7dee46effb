import { settingsUi, settingsUiStrings, type SettingsUiStrings } from "../../src/strings/settingsUi";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe("settingsUiStrings", () => {
  it("has the same keys in Vietnamese and English, none empty", () => {
    expect(Object.keys(settingsUiStrings.en).sort()).toEqual(Object.keys(settingsUiStrings.vi).sort());
    for (const lang of ["vi", "en"] as const) {
      const empty = Object.entries(settingsUiStrings[lang]).filter(([, text]) => text.trim() === "");
      expect(empty).toEqual([]);
    }
  });

  it("fills the same placeholders in both languages", () => {
    for (const [key, text] of Object.entries(settingsUiStrings.vi)) {
      const english = settingsUiStrings.en[key as keyof SettingsUiStrings];
      expect({ key, names: placeholders(english) }).toEqual({ key, names: placeholders(text) });
    }
  });

  it("fills a label's placeholders", () => {
    expect(settingsUi("en", "goToRules", { sheet: "Cấu hình" })).toContain("Cấu hình");
    expect(settingsUi("vi", "goToRules", { sheet: "Cấu hình" })).not.toContain("{sheet}");
  });

  it("makes a missing label a compile error (checked by npm run typecheck)", () => {
    // @ts-expect-error every SettingsUiKey is required
    const partial: SettingsUiStrings = { loading: "x" };
    expect(partial).toBeDefined();
  });
});
