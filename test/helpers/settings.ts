import { defaultSettings, type Settings } from "../../src/engine/settings/settings";

/** The default settings for 2024 with some changed, for tests of the stages that take settings. */
export const settingsWith = (changes: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(2024),
  ...changes,
});
