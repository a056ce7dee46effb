import type { Severity } from "../severity";

/** Issues of the ranking stage (DESIGN §5), with their default severity. */
export const RANKING_ISSUES = {} as const satisfies Record<string, Severity>;
