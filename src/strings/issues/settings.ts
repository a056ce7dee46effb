import type { SETTINGS_ISSUES } from "../../engine/settings/settingsIssueCodes";
import type { StageMessages } from "./format";

type SettingsCode = keyof typeof SETTINGS_ISSUES;

export const settingsMessages: StageMessages<SettingsCode> = { vi: {}, en: {} };
