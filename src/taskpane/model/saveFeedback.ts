import { type Lang, SETTING_KEY_LABELS, SETTING_KEYS, type SettingChanges } from "../../engine";
import type { SaveSettingsResult } from "../../excel";
import { settingsUi } from "../../strings/settingsUi";

/** What the settings view says after a save: how it went, in words the secretary can act on. */
export interface SaveFeedback {
  intent: "success" | "warning" | "error";
  text: string;
}

/** The message for a save's result; `changes` are what was asked, to name the keys written. */
export function saveFeedback(result: SaveSettingsResult, changes: SettingChanges, lang: Lang): SaveFeedback {
  switch (result.status) {
    case "invalid":
      return { intent: "error", text: settingsUi(lang, "invalid") };
    case "no-room":
      return { intent: "warning", text: settingsUi(lang, "noRoom", { ...result }) };
    case "saved": {
      if (result.created)
        return { intent: "success", text: settingsUi(lang, "created", { sheet: result.sheet }) };
      const keys = SETTING_KEYS.filter((key) => changes[key] !== undefined).map(
        (key) => SETTING_KEY_LABELS[key][lang],
      );
      return {
        intent: "success",
        text: settingsUi(lang, "saved", { sheet: result.sheet, keys: keys.join(", ") }),
      };
    }
  }
}
