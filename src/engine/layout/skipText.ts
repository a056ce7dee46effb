import type { KeyOf } from "../../strings/dictionary";
import { label } from "../../strings/outputLabels";
import type { SkipReason } from "../awards/proposeAwards";
import type { Lang } from "../lang";

const SKIP_LABELS: Record<SkipReason, KeyOf<typeof label>> = {
  ineligible: "skippedIneligible",
  underReview: "skippedUnderReview",
  minScore: "skippedMinScore",
  minClassification: "skippedMinClassification",
  minVoteShare: "skippedMinVoteShare",
};

/**
 * How a unit passed over for an award is named, the same on the proposals sheet, in the pane and in the CLI:
 * `Không xét: đang bị xem xét — Sở Y tế (thanh tra)`.
 */
export function skipText(skip: { unit: string; reason: SkipReason; note: string }, lang: Lang): string {
  const values = { reason: label(lang, SKIP_LABELS[skip.reason]), unit: skip.unit, note: skip.note };
  return label(lang, skip.note ? "skippedUnitWithNote" : "skippedUnit", values);
}

/** Why a unit is passed over, without its name: `Không xét: không đủ điều kiện`. */
export function skipReason(reason: SkipReason, lang: Lang): string {
  return label(lang, SKIP_LABELS[reason]);
}
