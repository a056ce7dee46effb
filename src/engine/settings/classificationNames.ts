import { CLASSIFICATION_NAMES } from "../../strings/classificationNames";
import { labelMatcher } from "./labels";

// The names are in src/strings with every other word; here they are matched as the sheet is read.
export { CLASSIFICATION_NAMES } from "../../strings/classificationNames";

/** Reads a classification name in Vietnamese or English, long or short (`HTXSNV`); null when it is none. */
export const matchClassification = labelMatcher(CLASSIFICATION_NAMES);
