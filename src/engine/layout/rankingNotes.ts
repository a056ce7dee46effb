import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { toNumber } from "../decimal";
import { WOMEN_PREFERRED_SHARE, type RankedUnit } from "../ranking/rankUnits";
import { CLASSIFICATION_NAMES } from "../settings/classificationNames";
import type { TieBreak } from "../settings/settings";
import { formatNumber } from "../formatNumber";

function ruleText(rule: TieBreak, lang: Lang): string {
  switch (rule.kind) {
    case "group":
      return label(lang, "tieRuleGroup", { group: rule.group });
    case "penalty":
      return label(lang, "tieRulePenalty");
    case "bonus":
      return label(lang, "tieRuleBonus");
    case "votes":
      return label(lang, "tieRuleVotes");
    case "women":
      return label(lang, "tieRuleWomen", { share: WOMEN_PREFERRED_SHARE * 100 });
  }
}

/**
 * The Ghi chú of a ranking row: which group floor kept the unit from a class its total reached, which
 * tie-break placed it below the one it tied with (or that nothing separated them), and a self-versus-final
 * gap over the Review gap setting.
 */
export function rankingNotes(unit: RankedUnit, result: BlocResult, lang: Lang): string {
  const notes: string[] = [];
  for (const miss of unit.floorMisses) {
    notes.push(
      label(lang, "floorMiss", {
        classification: CLASSIFICATION_NAMES[miss.classification][lang],
        group: miss.group,
        percent: formatNumber(miss.percent, lang),
        floor: formatNumber(miss.floor, lang),
      }),
    );
  }
  if (unit.tiedWith) {
    const { unit: above, decidedBy } = unit.tiedWith;
    notes.push(
      decidedBy
        ? label(lang, "tieDecided", { unit: above, rule: ruleText(decidedBy, lang) })
        : label(lang, "tieShared", { unit: above }),
    );
  }
  const { selfTotal, total } = unit.result;
  if (selfTotal !== null) {
    const gap = selfTotal.minus(total).abs();
    if (gap.gt(result.settings.reviewGap))
      notes.push(label(lang, "reviewGap", { gap: formatNumber(toNumber(gap), lang) }));
  }
  return notes.join("; ");
}
