import type { Severity } from "../severity";

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
