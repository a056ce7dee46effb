import { evaluateBloc, type BlocResult } from "../../../src/engine/evaluateBloc";
import type { Lang } from "../../../src/engine/lang";
import { settingsLayout } from "../../../src/engine/layout/settingsLayout";

import { readSettings } from "../../../src/engine/settings/readSettings";
import { SETTINGS_SHEET_NAME, settingsSheetValues } from "../../../src/engine/settings/settingsSheetValues";
import type { CellValue } from "../../../src/engine/workbook";
import { SAMPLES } from "../../../src/samples";
import { partyBloc } from "../../../src/samples/partyBloc";
import { expectWellFormed } from "../../helpers/layoutChecks";
import { overprints } from "../../helpers/overprint";
import { printScale } from "../../../src/engine/layout/printScale";
import { heightForLines } from "../../../src/engine/layout/textFit";

const LANGS: Lang[] = ["vi", "en"];

function provisional(): BlocResult {
  const workbook = partyBloc(2024);
  workbook.sheets.find((s) => s.name === "Tổng hợp")!.values[8]![5] = "abc";
  return evaluateBloc(workbook, { year: 2024 });
}

const results: [string, () => BlocResult][] = [
  ...SAMPLES.map((s): [string, () => BlocResult] => [
    s.id,
    () => evaluateBloc(s.build(2024), { year: 2024 }),
  ]),
  ["a provisional result", provisional],
];

describe("settingsLayout", () => {
  describe.each(LANGS)("in %s", (lang) => {
    it.each(results)("writes the settings of %s as plain values with both tables framed", (_, make) => {
      const result = make();
      const layout = settingsLayout(result, lang, SETTINGS_SHEET_NAME[lang]);
      expectWellFormed(layout);
      expect(layout.kind).toBe("settings");
      expect(layout.name).toBe(SETTINGS_SHEET_NAME[lang]);
      const expected = settingsSheetValues(result.settings, lang);
      expect(layout.values).toEqual(expected.map((row) => row.map((cell) => (cell === "" ? null : cell))));
      expect(layout.values.every((row) => row.length === layout.columnWidths.length)).toBe(true);
      // No banner, even on a provisional result: this sheet is the user's input, not an output.
      expect(layout.values[0]?.[0]).toBe(expected[0]?.[0]);
      expect(layout.merges).toEqual([]);

      const blank = layout.values.findIndex((row, i) => i > 0 && row.every((cell) => cell === null));
      const rulesHeader = blank + 1;
      const last = layout.values.length;
      const formatOf = (range: string) =>
        layout.formats.filter((f) => f.range === range).map((f) => f.format);
      expect(formatOf("A1:C1")).toContainEqual(expect.objectContaining({ bold: true }));
      expect(formatOf(`A1:C${blank}`)).toContainEqual(expect.objectContaining({ border: "thin" }));
      expect(formatOf(`A${rulesHeader + 1}:F${rulesHeader + 1}`)).toContainEqual(
        expect.objectContaining({ bold: true }),
      );
      expect(formatOf(`A${rulesHeader + 1}:F${last}`)).toContainEqual(
        expect.objectContaining({ border: "thin" }),
      );
      for (const width of layout.columnWidths) expect(width).toBeGreaterThanOrEqual(10);
      expect(Math.max(...layout.columnWidths)).toBeLessThanOrEqual(60);
    });

    it("reads back to the same settings", () => {
      const result = evaluateBloc(SAMPLES[1]!.build(2024), { year: 2024 });
      const layout = settingsLayout(result, lang, SETTINGS_SHEET_NAME[lang]);
      const values = layout.values.map((row) =>
        row.map((cell): CellValue => (cell === null ? "" : (cell as CellValue))),
      );
      const read = readSettings({ sheets: [{ name: layout.name, values }] }, { year: 2030 });
      expect(read.issues).toEqual([]);
      const strip = <T extends object>(rules: T[]) =>
        rules.map((r) => ({ ...r, sheet: undefined, row: undefined }));
      expect({ ...read.settings, awardRules: strip(read.settings.awardRules) }).toEqual({
        ...result.settings,
        awardRules: strip(result.settings.awardRules),
      });
    });
  });

  // Issue 15: the notes column printed over itself (wrapped, but rows one line high).
  it.each(LANGS)("wraps the notes in rows as tall as their text, printed at 8 pt or more (%s)", (lang) => {
    const layout = settingsLayout(evaluateBloc(partyBloc(2024), { year: 2024 }), lang, "Cấu hình");
    expect(overprints(layout)).toEqual([]);
    expect(layout.rowHeights.filter((h) => h.height >= heightForLines(2)).length).toBeGreaterThan(3);
    expect(printScale(layout) * 11).toBeGreaterThanOrEqual(8);
  });
});
