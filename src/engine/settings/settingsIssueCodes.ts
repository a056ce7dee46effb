import type { Severity } from "../severity";

/** Issues of the settings stage (DESIGN §5), with their default severity. */
export const SETTINGS_ISSUES = {} as const satisfies Record<string, Severity>;
