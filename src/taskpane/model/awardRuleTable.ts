import {
  AWARD_RULE_COLUMN_LABELS,
  AWARD_RULE_COLUMNS,
  type AwardRule,
  type AwardRuleColumn,
  CLASSIFICATION_NAMES,
  formatNumber,
  type Lang,
} from "../../engine";

/** The award-rules table as the pane shows it: the sheet's column headers, and each rule's cells as text. */
export interface AwardRuleTable {
  headers: string[];
  /** One row per rule, in table order; a condition the rule does not set is "". */
  rows: string[][];
}

// Percentages as numbers: the headers already say (%).
function cellText(rule: AwardRule, column: AwardRuleColumn, lang: Lang): string {
  if (column === "minClassification")
    return rule.minClassification ? CLASSIFICATION_NAMES[rule.minClassification][lang] : "";
  const value = rule[column];
  if (value === null) return "";
  return typeof value === "number" ? formatNumber(value, lang) : value;
}

/** The rules in force as a read-only table, in the words the settings sheet uses in `lang`. */
export function awardRuleTable(rules: readonly AwardRule[], lang: Lang): AwardRuleTable {
  return {
    headers: AWARD_RULE_COLUMNS.map((column) => AWARD_RULE_COLUMN_LABELS[column][lang]),
    rows: rules.map((rule) => AWARD_RULE_COLUMNS.map((column) => cellText(rule, column, lang))),
  };
}
