import type { Severity } from "../severity";
import type { AwardRuleColumn } from "./awardRuleColumns";
import type { SettingKey } from "./settingKeys";

/** Issues of the settings stage (DESIGN §5), with their default severity. */
export const SETTINGS_ISSUES = {
  "settings-key-unknown": "warning",
  "settings-key-duplicate": "warning",
  "settings-value-invalid": "error",
  "settings-thresholds-order": "error",
  "settings-floors-order": "error",
  "settings-rule-invalid": "error",
  "settings-rules-empty": "warning",
} as const satisfies Record<string, Severity>;

/** The figures each of these issues' messages need (a code not listed has none). */
export interface SettingsIssueDetails {
  "settings-key-duplicate": { key: string; first: string };
  // `key` as typed on the sheet (or the pane's name for it), `setting` the key it stands for.
  "settings-value-invalid": { key: string; setting: SettingKey };
  "settings-thresholds-order": { scale: number; key?: string; setting?: SettingKey };
  "settings-floors-order": { key?: string; setting?: SettingKey };
  "settings-rule-invalid": { column: AwardRuleColumn; award?: string };
}
