import { labelMatcher, type Labels } from "./labels";
import type { AwardRule } from "./settings";

/** A column of the award-rules table: the fields of AwardRule that the sheet holds. */
export type AwardRuleColumn = Exclude<keyof AwardRule, "sheet" | "row">;

/** The rules table's columns in the order the settings sheet writes them. */
export const AWARD_RULE_COLUMNS: readonly AwardRuleColumn[] = [
  "award",
  "count",
  "maxSharePercent",
  "minScore",
  "minClassification",
  "minVoteSharePercent",
];

/** Header labels of the rules table (DESIGN §2.4), with the synonyms accepted when reading. */
export const AWARD_RULE_COLUMN_LABELS: Readonly<Record<AwardRuleColumn, Labels>> = {
  award: {
    vi: "Hình thức",
    en: "Award",
    also: [
      "Hình thức khen thưởng",
      "Hình thức đề nghị",
      "Danh hiệu",
      "Danh hiệu thi đua",
      "Danh hiệu, hình thức khen thưởng",
      "Khen thưởng",
      "Awards",
      "Award type",
    ],
  },
  count: {
    vi: "Số lượng",
    en: "Count",
    also: ["Số lượng tối đa", "Số lượng đề nghị", "Chỉ tiêu", "Số đơn vị", "Max count", "Quota", "Number"],
  },
  maxSharePercent: {
    vi: "Tỷ lệ tối đa (%)",
    en: "Max share (%)",
    also: ["Tỷ lệ tối đa", "Tỉ lệ tối đa", "Tỷ lệ", "Tỉ lệ", "Max share", "Share", "Max percent"],
  },
  minScore: {
    vi: "Điểm tối thiểu",
    en: "Min score",
    also: ["Điểm sàn", "Tổng điểm tối thiểu", "Minimum score", "Min total"],
  },
  minClassification: {
    vi: "Xếp loại tối thiểu",
    en: "Min classification",
    also: ["Xếp loại", "Mức xếp loại tối thiểu", "Minimum classification", "Classification"],
  },
  minVoteSharePercent: {
    vi: "Tỷ lệ phiếu tối thiểu (%)",
    en: "Min vote share (%)",
    also: [
      "Tỷ lệ phiếu",
      "Tỉ lệ phiếu",
      "Tỉ lệ phiếu tối thiểu",
      "Tỷ lệ phiếu bầu",
      "Tỷ lệ phiếu bầu tối thiểu",
      "Phiếu",
      "Min vote share",
      "Minimum vote share",
      "Vote share",
      "Votes",
    ],
  },
};

/** Recognises a rules-table header cell; null for any other text. */
export const matchAwardRuleColumn = labelMatcher(AWARD_RULE_COLUMN_LABELS);
