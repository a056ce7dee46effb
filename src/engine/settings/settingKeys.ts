import { SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS } from "../../strings/settingKeyLabels";
import { labelMatcher } from "./labels";
import type { Settings } from "./settings";

// The keys' names are in src/strings with every other word; here they are matched as the sheet is read.
export { SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS, settingKeyLabel } from "../../strings/settingKeyLabels";

/** A key-value setting of the settings sheet: every field of Settings but the award-rules table. */
export type SettingKey = Exclude<keyof Settings, "awardRules">;

/** The keys of DESIGN §2.4 in the order the settings sheet lists them. */
export const SETTING_KEYS: readonly SettingKey[] = [
  "blocName",
  "year",
  "scale",
  "scoreSource",
  "crossScoreMethod",
  "decimals",
  "missingScore",
  "reviewGap",
  "classificationThresholds",
  "tieBreaks",
  "nextLeader",
  "lang",
  "kind",
  "groupFloors",
  "place",
  "meetingDate",
  "signers",
  "documentNumber",
  "recipients",
  "addressee",
  "legalBasis",
];

/** Recognises a key as typed, in either language; null for an unknown key. */
export const matchSettingKey = labelMatcher(SETTING_KEY_LABELS);

/** The columns of the key-value part of the sheet. */
export type SettingsColumn = "key" | "value" | "notes";

export const matchSettingsColumn = labelMatcher(SETTINGS_COLUMN_LABELS);
