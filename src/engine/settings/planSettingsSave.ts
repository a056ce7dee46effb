import { a1 } from "../address";
import type { Issue } from "../issues";
import { LANGS, type Lang } from "../lang";
import { sameSheetName } from "../layout/sheetReference";
import type { CellValue, WorkbookInput } from "../workbook";
import { checkSettingChanges, readLocatedSettings } from "./checkSettingChanges";
import { readSettings } from "./readSettings";
import { SETTING_KEY_LABELS, settingKeyLabel, type SettingKey } from "./settingKeys";
import type { Settings } from "./settings";
import { SETTINGS_SHEET_NAME } from "./settingsSheetValues";
import type { SettingChanges } from "./validateSettingInput";

/** One cell to write on the settings sheet. */
export interface SettingsCellWrite {
  cell: string;
  value: CellValue;
}

/** What saving changes to the settings takes, decided before anything is written. */
export type SettingsSavePlan =
  /** Some change cannot be written; nothing is. */
  | { kind: "invalid"; issues: Partial<Record<SettingKey, Issue>> }
  /** Missing keys need more free rows above the rules table (at `cell`) than there are; nothing is written. */
  | { kind: "no-room"; sheet: string; cell: string; needed: number; free: number }
  /** Write these cells of the existing settings sheet, and nothing else. */
  | { kind: "write"; sheet: string; cells: SettingsCellWrite[] }
  /** Add a settings sheet holding `settings` (the changes over the defaults) in `lang`. */
  | { kind: "create"; sheet: string; settings: Settings; lang: Lang }
  /** Both names a settings sheet is recognised by are taken by sheets that are not settings. */
  | { kind: "name-taken"; sheet: string };

export interface SettingsSaveOptions {
  /** The secretary's language: a new sheet's language, and the sheet's when its own labels do not tell. */
  lang: Lang;
  /** The year a workbook without a `Năm` setting is for. */
  year: number;
  /** Every sheet of the workbook, outputs included, so a new sheet's name is free. */
  sheetNames: readonly string[];
}

// Only a name isSettingsSheet recognises will be read back: the language's own, else the other one's.
function newSheetName(taken: readonly string[], lang: Lang): string | null {
  const names = [lang, ...LANGS.filter((other) => other !== lang)].map((l) => SETTINGS_SHEET_NAME[l]);
  return names.find((name) => !taken.some((other) => sameSheetName(other, name))) ?? null;
}

/**
 * Plans saving typed setting changes to a workbook (pure: the adapters carry the plan out). Every change is
 * checked first. With a settings sheet, only the changed keys' value cells are written, in the sheet's own
 * language, and a missing key gets a row in the free rows under the last key; without one, a new sheet holds
 * the changes over the defaults, as readSettings would read them.
 */
export function planSettingsSave(
  workbook: WorkbookInput,
  changes: SettingChanges,
  options: SettingsSaveOptions,
): SettingsSavePlan {
  const read = readLocatedSettings(workbook, options.year);
  const { location } = read;
  const lang = location?.lang ?? options.lang;
  const checked = checkSettingChanges(read, changes, options.lang);
  if (Object.keys(checked.issues).length > 0) return { kind: "invalid", issues: checked.issues };
  const values = Object.entries(checked.values) as [SettingKey, CellValue][];

  if (!location) {
    const sheet = newSheetName(options.sheetNames, options.lang);
    if (sheet === null) return { kind: "name-taken", sheet: SETTINGS_SHEET_NAME[options.lang] };
    const rows = values.map(([key, value]) => [SETTING_KEY_LABELS[key][lang], value]);
    const { settings } = readSettings({ sheets: [{ name: sheet, values: rows }] }, { year: options.year });
    return { kind: "create", sheet, settings, lang: options.lang };
  }

  const cells: SettingsCellWrite[] = [];
  const { append } = location;
  let added = 0;
  for (const [key, value] of values) {
    const found = location.values[key];
    if (found) cells.push({ cell: found.cell, value });
    // A blank value for a key the sheet does not have changes nothing: the default already applies.
    else if (value !== "") {
      const row = append.row + added++;
      cells.push({ cell: a1(row, append.keyCol), value: settingKeyLabel(key, lang, read.settings.kind) });
      cells.push({ cell: a1(row, append.valueCol), value });
    }
  }
  if (append.rows !== null && added > append.rows) {
    const cell = location.rulesCell ?? a1(append.row + append.rows, append.keyCol);
    return { kind: "no-room", sheet: location.sheet, cell, needed: added, free: append.rows };
  }
  return { kind: "write", sheet: location.sheet, cells };
}
