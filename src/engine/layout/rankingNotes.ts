import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { toNumber } from "../ranking/decimal";
import type { RankedUnit } from "../ranking/rankUnits";
import type { TieBreak } from "../settings/settings";
import { formatDecimal } from "../settings/thresholds";

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
  }
}

/**
 * The Ghi chú of a ranking row: which tie-break placed the unit below the one it tied with (or that nothing
 * separated them), and a self-versus-final gap over the Review gap setting.
 */
export function rankingNotes(unit: RankedUnit, result: BlocResult, lang: Lang): string {
  const notes: string[] = [];
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
      notes.push(label(lang, "reviewGap", { gap: formatDecimal(toNumber(gap), lang) }));
  }
  return notes.join("; ");
}
