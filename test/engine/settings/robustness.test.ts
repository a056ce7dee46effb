import fc from "fast-check";
import { ISSUE_CODES } from "../../../src/engine/issues";
import { AWARD_RULE_COLUMN_LABELS } from "../../../src/engine/settings/awardRuleColumns";
import { CLASSIFICATION_NAMES } from "../../../src/engine/settings/classificationNames";
import { foldLabel, type Labels } from "../../../src/engine/settings/labels";
import { readSettings } from "../../../src/engine/settings/readSettings";
import { SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS } from "../../../src/engine/settings/settingKeys";
import {
  CROSS_SCORE_WORDS,
  LANG_WORDS,
  MISSING_SCORE_WORDS,
  NEXT_LEADER_WORDS,
  SCORE_SOURCE_WORDS,
} from "../../../src/engine/settings/settingWords";
import { TIE_BREAK_WORDS } from "../../../src/engine/settings/tieBreaks";
import type { CellValue } from "../../../src/engine/workbook";
import { sheet, workbook } from "../../helpers/grid";

const folded = (table: Readonly<Record<string, Labels>>): [string, string][] =>
  Object.entries(table).flatMap(([value, labels]) =>
    [labels.vi, labels.en, ...(labels.also ?? [])].map((label): [string, string] => [
      foldLabel(label),
      value,
    ]),
  );

describe("settings label tables", () => {
  it.each([
    ["keys", SETTING_KEY_LABELS],
    ["key-value columns", SETTINGS_COLUMN_LABELS],
    ["rules columns", AWARD_RULE_COLUMN_LABELS],
    ["classifications", CLASSIFICATION_NAMES],
    ["score sources", SCORE_SOURCE_WORDS],
    ["cross-score methods", CROSS_SCORE_WORDS],
    ["missing-score policies", MISSING_SCORE_WORDS],
    ["next-leader policies", NEXT_LEADER_WORDS],
    ["languages", LANG_WORDS],
    ["tie-breaks", TIE_BREAK_WORDS],
  ])("never gives one spelling of the %s two meanings", (_name, table) => {
    const meaning = new Map<string, string>();
    for (const [label, value] of folded(table)) {
      expect(label).not.toBe("");
      expect([label, meaning.get(label) ?? value]).toEqual([label, value]);
      meaning.set(label, value);
    }
  });

  it("does not take a key for the header of the key-value rows", () => {
    const headers = new Set(folded(SETTINGS_COLUMN_LABELS).map(([label]) => label));
    expect(folded(SETTING_KEY_LABELS).filter(([label]) => headers.has(label))).toEqual([]);
  });
});

describe("readSettings: robustness", () => {
  const key = fc.oneof(
    fc.constantFrom(
      ...folded(SETTING_KEY_LABELS).map(([label]) => label),
      "Tham số",
      "Hình thức",
      "Số lượng",
    ),
    fc.string({ maxLength: 10 }),
  );
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constantFrom("", "", "90; 70; 50", "70; 90; 50", "nhóm", "2,5", "70%", "#N/A", "hai", "Xuất sắc", "-"),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 3000 }),
    fc.boolean(),
  );
  const rulesHeader = [
    "Hình thức",
    "Số lượng",
    "Tỷ lệ tối đa (%)",
    "Điểm tối thiểu",
    "Xếp loại tối thiểu",
    "Tỷ lệ phiếu (%)",
  ];

  it("never throws on garbage values, reports known codes at cells, and keeps the settings usable", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, cell), { maxLength: 20 }),
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
        fc.boolean(),
        (pairs, rules, withTable) => {
          const values: CellValue[][] = pairs.map(([k, v]) => [k, v]);
          if (withTable) values.push([], rulesHeader, ...rules);
          const result = readSettings(workbook(sheet("Cấu hình", values)), { year: 2024 });
          for (const issue of result.issues) {
            expect(ISSUE_CODES).toContain(issue.code);
            expect(issue.cell).toMatch(/^[A-Z]+\d+$/);
            expect(issue.sheet).toBe("Cấu hình");
          }
          const { settings } = result;
          const [excellent, good, completed] = settings.classificationThresholds;
          expect(settings.scale).toBeGreaterThan(0);
          expect(excellent).toBeLessThanOrEqual(settings.scale);
          // Not strictly: the default thresholds scaled to a denormal scale underflow to zero.
          expect(excellent).toBeGreaterThanOrEqual(good);
          expect(good).toBeGreaterThanOrEqual(completed);
          expect(completed).toBeGreaterThanOrEqual(0);
          expect(
            Number.isInteger(settings.decimals) && settings.decimals >= 0 && settings.decimals <= 6,
          ).toBe(true);
          for (const rule of settings.awardRules) {
            expect(rule.award).not.toBe("");
            for (const percent of [rule.maxSharePercent, rule.minVoteSharePercent])
              if (percent !== null) expect(percent >= 0 && percent <= 100).toBe(true);
            if (rule.count !== null) expect(Number.isInteger(rule.count) && rule.count >= 0).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
