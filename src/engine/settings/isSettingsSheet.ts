import { normalizeLabel } from "../read/normalizeLabel";
import { SETTINGS_SHEET_NAME } from "./settingsSheetName";

const NAMES = new Set(Object.values(SETTINGS_SHEET_NAME).map(normalizeLabel));

/** The settings sheet is the one sheet recognised by its name (DESIGN §2.4): `Cấu hình` or `Settings`. */
export function isSettingsSheet(name: string): boolean {
  return NAMES.has(normalizeLabel(name));
}
