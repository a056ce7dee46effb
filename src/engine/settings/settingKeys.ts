import { SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS } from "../../strings/settingKeyLabels";
import { labelMatcher } from "./labels";
import type { SettingKey, SettingsColumn } from "./settings";

// The keys' names are in src/strings with every other word; here they are matched as the sheet is read.
export { SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS, settingKeyLabel } from "../../strings/settingKeyLabels";

// The key and column types live with Settings: src/strings names them, and this module imports src/strings.
export type { SettingKey, SettingsColumn };

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

export const matchSettingsColumn = labelMatcher(SETTINGS_COLUMN_LABELS);
