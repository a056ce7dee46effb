import { normalizeLabel } from "../read/normalizeLabel";

const NAMES = new Set(["cau hinh", "settings"]);

/** The settings sheet is the one sheet recognised by its name (DESIGN §2.4): `Cấu hình` or `Settings`. */
export function isSettingsSheet(name: string): boolean {
  return NAMES.has(normalizeLabel(name));
}
