import type { Severity } from "../severity";

/** Issues of the scores stage (DESIGN §5), with their default severity. */
export const SCORES_ISSUES = {} as const satisfies Record<string, Severity>;
