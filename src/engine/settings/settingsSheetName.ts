import type { Lang } from "../lang";

// Apart from settingsSheetValues so that reading the settings (which needs only the name) does not bring the
// writer's notes and value formats into the task pane's first bundle.
/** The sheet's name in each language. */
export const SETTINGS_SHEET_NAME: Readonly<Record<Lang, string>> = { vi: "Cấu hình", en: "Settings" };
