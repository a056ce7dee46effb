import { settingsUi } from "../../src/strings/settingsUi";
import type { Table } from "../../src/strings/dictionary";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe("settingsUi", () => {
  it("has the same keys in Vietnamese and English, none empty", () => {
    expect(Object.keys(settingsUi.en).sort()).toEqual(Object.keys(settingsUi.vi).sort());
    for (const lang of ["vi", "en"] as const) {
      const empty = Object.entries(settingsUi[lang]).filter(([, text]) => text.trim() === "");
      expect(empty).toEqual([]);
    }
  });

  it("fills the same placeholders in both languages", () => {
    for (const [key, text] of Object.entries(settingsUi.vi)) {
      const english = settingsUi.en[key as keyof Table<typeof settingsUi>];
      expect({ key, names: placeholders(english) }).toEqual({ key, names: placeholders(text) });
    }
  });

  it("fills a label's placeholders", () => {
    expect(settingsUi("en", "goToRules", { sheet: "Cấu hình" })).toContain("Cấu hình");
    expect(settingsUi("vi", "goToRules", { sheet: "Cấu hình" })).not.toContain("{sheet}");
  });

  it("makes a missing label a compile error (checked by npm run typecheck)", () => {
    // @ts-expect-error every settings-view label is required
    const partial: Table<typeof settingsUi> = { loading: "x" };
    expect(partial).toBeDefined();
  });
});
