import { issue, type Issue } from "../issues";
import type { Lang } from "../lang";
import type { CellValue } from "../workbook";
import { parseSettingValue } from "./parseSettingValue";
import { SETTING_KEYS, SETTING_KEY_LABELS, type SettingKey } from "./settingKeys";
import { defaultSettings, type Settings } from "./settings";
import type { SETTINGS_ISSUES } from "./settingsIssueCodes";
import { settingCellValue } from "./settingsSheetValues";
import { thresholdsInOrder } from "./thresholds";

/** An issue code of the settings stage. */
export type SettingsIssueCode = keyof typeof SETTINGS_ISSUES;

/** What a typed setting becomes: the value cell to write, or why it cannot be written. */
export type SettingInput = { ok: true; value: CellValue } | { ok: false; code: SettingsIssueCode };

/** Setting changes as typed, by key; a key left out is not changed. */
export type SettingChanges = Partial<Record<SettingKey, string>>;

/**
 * Checks a value typed for a setting as the reader will read it, and gives the value cell that says the
 * same in the sheet's language `lang`: a number for numeric keys (`9,5` → 9.5), the canonical word for a
 * choice (`self` → `tự chấm` in Vietnamese), thresholds and tie-breaks rewritten in `lang`'s words. Blank
 * text clears the cell, so that the default applies. With `scale`, thresholds must also lie within it.
 */
export function validateSettingInput(
  key: SettingKey,
  text: string,
  lang: Lang,
  scale = Infinity,
): SettingInput {
  const typed = text.trim();
  if (typed === "") return { ok: true, value: "" };
  const parsed = parseSettingValue(key, typed);
  if (!parsed.ok) return { ok: false, code: "settings-value-invalid" };
  // Only `key` is read from this: the defaults fill the rest of the record the writer takes.
  const settings: Settings = { ...defaultSettings(0), ...parsed.patch };
  if (key === "classificationThresholds" && !thresholdsInOrder(settings.classificationThresholds, scale))
    return { ok: false, code: "settings-thresholds-order" };
  if (key === "groupFloors" && settings.groupFloors && !thresholdsInOrder(settings.groupFloors, 100))
    return { ok: false, code: "settings-floors-order" };
  return { ok: true, value: settingCellValue(settings, key, lang) };
}

/** Every change checked: the value cells to write, or an issue per key that cannot be written. */
export interface CheckedChanges {
  values: Partial<Record<SettingKey, CellValue>>;
  /** Issues without a place (sheet and cell are ""): the caller knows where each key is. */
  issues: Partial<Record<SettingKey, Issue>>;
}

/**
 * Checks a set of changes against the settings in force: thresholds are checked against the scale the
 * save leaves (a changed scale, else the current one), and a scale change that puts the thresholds already on
 * the sheet (`thresholdsOnSheet`) out of range is reported on the thresholds.
 */
export function validateSettingChanges(
  changes: SettingChanges,
  current: Settings,
  options: { lang: Lang; thresholdsOnSheet: boolean },
): CheckedChanges {
  const { lang } = options;
  const checked: CheckedChanges = { values: {}, issues: {} };
  const scaleInput = changes.scale === undefined ? null : validateSettingInput("scale", changes.scale, lang);
  const scale = !scaleInput?.ok
    ? current.scale
    : scaleInput.value === ""
      ? defaultSettings(0).scale
      : Number(scaleInput.value);
  const report = (key: SettingKey, code: SettingsIssueCode, value: string): void => {
    const details = { key: SETTING_KEY_LABELS[key][lang], setting: key };
    const where = { sheet: "", cell: "", value };
    checked.issues[key] =
      code === "settings-thresholds-order"
        ? issue({ code, ...where, details: { ...details, scale } })
        : issue({ code, ...where, details });
  };

  for (const key of SETTING_KEYS) {
    const text = changes[key];
    if (text === undefined) continue;
    const input = validateSettingInput(
      key,
      text,
      lang,
      key === "classificationThresholds" ? scale : undefined,
    );
    if (input.ok) checked.values[key] = input.value;
    else report(key, input.code, text.trim());
  }
  const keptThresholds = changes.classificationThresholds === undefined && options.thresholdsOnSheet;
  if (keptThresholds && !thresholdsInOrder(current.classificationThresholds, scale)) {
    const kept = settingCellValue(current, "classificationThresholds", lang);
    report("classificationThresholds", "settings-thresholds-order", String(kept));
  }
  return checked;
}
