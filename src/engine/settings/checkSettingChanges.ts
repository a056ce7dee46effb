import { isBlank, type WorkbookInput } from "../workbook";
import type { Lang } from "../lang";
import { locateSettings, type SettingsLocation } from "./locateSettings";
import { readSettings, type SettingsResult } from "./readSettings";
import type { SettingKey } from "./settingKeys";
import { validateSettingChanges, type CheckedChanges, type SettingChanges } from "./validateSettingInput";

/** The settings as read, and where they are on the settings sheet (null when there is none). */
export interface LocatedSettings extends SettingsResult {
  location: SettingsLocation | null;
}

/** Reads a workbook's settings together with their places on the sheet. */
export function readLocatedSettings(workbook: WorkbookInput, year: number): LocatedSettings {
  return { ...readSettings(workbook, { year }), location: locateSettings(workbook) };
}

/**
 * Checks typed changes against what was read, as a save will: values in the sheet's language (`lang` when the
 * sheet does not tell, or there is none), each issue placed at its key's value cell when it has one.
 */
export function checkSettingChanges(
  read: LocatedSettings,
  changes: SettingChanges,
  lang: Lang,
): CheckedChanges {
  const { location } = read;
  const thresholds = location?.values.classificationThresholds;
  // Thresholds the reader rejected are not in force, so a new scale cannot put them out of range.
  const thresholdsOnSheet =
    !!thresholds && !isBlank(thresholds.value) && !read.issues.some((i) => i.cell === thresholds.cell);
  const checked = validateSettingChanges(changes, read.settings, {
    lang: location?.lang ?? lang,
    thresholdsOnSheet,
  });
  const issues = Object.entries(checked.issues).map(([key, found]) => {
    const at = { sheet: location?.sheet ?? "", cell: location?.values[key as SettingKey]?.cell ?? "" };
    return [key, { ...found, ...at }];
  });
  return { values: checked.values, issues: Object.fromEntries(issues) as CheckedChanges["issues"] };
}
