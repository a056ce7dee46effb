import type { Classification, Settings } from "../settings/settings";
import type { Decimal } from "./decimal";

const ORDER: readonly Classification[] = ["excellent", "good", "completed", "notCompleted"];

/** Xếp loại from a rounded total and the thresholds (scale points, descending). */
export function classify(total: Decimal, settings: Settings): Classification {
  const [excellent, good, completed] = settings.classificationThresholds;
  if (total.gte(excellent)) return "excellent";
  if (total.gte(good)) return "good";
  return total.gte(completed) ? "completed" : "notCompleted";
}

/** True when `actual` is at least as good as `required`. */
export function atLeast(actual: Classification, required: Classification): boolean {
  return ORDER.indexOf(actual) <= ORDER.indexOf(required);
}
