import {
  checkSettingChanges,
  CROSS_SCORE_WORDS,
  formatNumber,
  isBlank,
  type Issue,
  KIND_WORDS,
  type Labels,
  type Lang,
  LANG_WORDS,
  type LocatedSettings,
  MISSING_SCORE_WORDS,
  parseSettingValue,
  SCORE_SOURCE_WORDS,
  SETTING_KEYS,
  settingCellValue,
  type SettingChanges,
  type SettingKey,
  settingKeyLabel,
  settingNote,
} from "../../engine";
import { settingsUi } from "../../strings/settingsUi";

/** How a setting is edited: free text, a number typed as text (`2,5` is fine), or one of a few words. */
export type SettingFieldKind = "text" | "number" | "choice";

export interface SettingOption {
  value: string;
  label: string;
}

/** One field of the settings view: what it is called, what it starts with, and its choices. */
export interface SettingField {
  key: SettingKey;
  kind: SettingFieldKind;
  label: string;
  hint: string;
  /** What the field shows before any edit: the sheet's value as typed, else the value in force. */
  initial: string;
  /** The choices of a choice field, in the pane's language; empty for the others. */
  options: SettingOption[];
}

/** The text of every field, by key. */
export type SettingValues = Record<SettingKey, string>;

const CHOICES: Partial<Record<SettingKey, Readonly<Record<string, Labels>>>> = {
  scoreSource: SCORE_SOURCE_WORDS,
  crossScoreMethod: CROSS_SCORE_WORDS,
  missingScore: MISSING_SCORE_WORDS,
  // Not a choice: besides its two words (listed in its hint), Trưởng khối năm sau takes a unit's name.
  lang: LANG_WORDS,
  kind: KIND_WORDS,
};
const NUMBERS: ReadonlySet<SettingKey> = new Set(["year", "scale", "decimals", "reviewGap"]);

const asText = (value: string | number | boolean, lang: Lang): string =>
  typeof value === "number" ? formatNumber(value, lang) : String(value).trim();

function choiceOptions(
  key: SettingKey,
  table: Readonly<Record<string, Labels>>,
  lang: Lang,
): SettingOption[] {
  return Object.entries(table).map(([value, labels]) => ({
    value: labels[lang],
    label: key === "lang" ? settingsUi(lang, value === "en" ? "lang_en" : "lang_vi") : labels[lang],
  }));
}

function field(read: LocatedSettings, key: SettingKey, lang: Lang): SettingField {
  const at = read.location?.values[key];
  const raw = at && !isBlank(at.value) ? at.value : null;
  const table = CHOICES[key];
  const { kind } = read.settings;
  const base = { key, label: settingKeyLabel(key, lang, kind), hint: settingNote(key, lang, kind) };
  if (!table) {
    const initial = asText(raw ?? settingCellValue(read.settings, key, lang), lang);
    return { ...base, kind: NUMBERS.has(key) ? "number" : "text", initial, options: [] };
  }
  const options = choiceOptions(key, table, lang);
  // A word the reader could not use stays visible, as an extra choice, so that picking a valid one is a change.
  if (raw !== null && !parseSettingValue(key, raw).ok) {
    const typed = asText(raw, lang);
    const invalid = { value: typed, label: settingsUi(lang, "invalidOption", { value: typed }) };
    return { ...base, kind: "choice", initial: typed, options: [invalid, ...options] };
  }
  return { ...base, kind: "choice", initial: String(settingCellValue(read.settings, key, lang)), options };
}

/** The view's fields, in the sheet's order of keys, labelled in `lang`. */
export function settingFields(read: LocatedSettings, lang: Lang): SettingField[] {
  return SETTING_KEYS.map((key) => field(read, key, lang));
}

export function initialValues(fields: readonly SettingField[]): SettingValues {
  return Object.fromEntries(fields.map((f) => [f.key, f.initial])) as SettingValues;
}

/** The fields whose text differs from what they started with (surrounding spaces do not count). */
export function settingChanges(fields: readonly SettingField[], values: SettingValues): SettingChanges {
  const changed = fields.filter((f) => values[f.key].trim() !== f.initial.trim());
  return Object.fromEntries(changed.map((f) => [f.key, values[f.key]]));
}

/**
 * The issue each field shows. A changed field shows what saving it would report once it is revealed (left,
 * or a save tried: `"all"`); an unchanged one shows what the reader found in its cell, unless a change
 * elsewhere makes it invalid (thresholds under a smaller scale).
 */
export function fieldIssues(
  read: LocatedSettings,
  changes: SettingChanges,
  lang: Lang,
  reveal: ReadonlySet<SettingKey> | "all",
): Partial<Record<SettingKey, Issue>> {
  const live = checkSettingChanges(read, changes, lang).issues;
  const shown: Partial<Record<SettingKey, Issue>> = {};
  for (const key of SETTING_KEYS) {
    const found = live[key];
    if (found && (reveal === "all" || reveal.has(key))) shown[key] = found;
    else if (changes[key] === undefined) {
      const cell = read.location?.values[key]?.cell;
      const onSheet = cell ? read.issues.find((i) => i.cell === cell) : undefined;
      if (onSheet) shown[key] = onSheet;
    }
  }
  return shown;
}

/** The reader's issues that belong to no field: unknown or repeated keys, the award-rules table. */
export function otherSheetIssues(read: LocatedSettings): Issue[] {
  const cells = new Set(SETTING_KEYS.map((key) => read.location?.values[key]?.cell).filter(Boolean));
  return read.issues.filter((i) => !cells.has(i.cell));
}
