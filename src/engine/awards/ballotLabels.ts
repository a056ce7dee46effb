import { labelMatcher, type Labels } from "../settings/labels";
import { AWARD_RULE_COLUMN_LABELS } from "../settings/awardRuleColumns";

/** A column of the `Kết quả bỏ phiếu` table: the award, the unit, and its votes as a count or a share. */
export type BallotColumn = "award" | "unit" | "count" | "share" | "notes";

/** The title that marks a ballot-results table (a cell above its header row), in both languages. */
export const BALLOT_RESULTS_TITLE: Readonly<Labels> = {
  vi: "Kết quả bỏ phiếu",
  en: "Ballot results",
  also: ["Kết quả bỏ phiếu kín", "Kết quả bầu", "Kết quả phiếu bầu", "Kết quả kiểm phiếu", "Ballot result"],
};

/** Header labels of the ballot-results table, with the synonyms accepted when reading. */
export const BALLOT_COLUMN_LABELS: Readonly<Record<BallotColumn, Labels>> = {
  award: AWARD_RULE_COLUMN_LABELS.award,
  unit: {
    vi: "Đơn vị",
    en: "Unit",
    also: ["Tên đơn vị", "Cơ quan, đơn vị", "Tên cơ quan, đơn vị", "Unit name"],
  },
  count: {
    vi: "Số phiếu",
    en: "Votes",
    also: ["Số phiếu bầu", "Số phiếu đồng ý", "Số phiếu tán thành", "Phiếu", "Vote count", "Number of votes"],
  },
  share: {
    vi: "Tỷ lệ phiếu (%)",
    en: "Vote share (%)",
    also: [
      "Tỷ lệ phiếu",
      "Tỉ lệ phiếu",
      "Tỷ lệ phiếu bầu",
      "Tỉ lệ phiếu bầu",
      "Tỷ lệ phiếu đồng ý",
      "Vote share",
    ],
  },
  notes: { vi: "Ghi chú", en: "Notes", also: ["Note", "Remarks"] },
};

const matchTitle = labelMatcher({ title: BALLOT_RESULTS_TITLE });

/** Recognises the ballot-results title (every cell of every sheet is asked: the short ones only are folded). */
export const isBallotResultsTitle = (text: string): boolean =>
  text.length >= 10 && text.length <= 40 && matchTitle(text) !== null;

/** Recognises a ballot-results header cell; null for any other text. */
export const matchBallotColumn = labelMatcher(BALLOT_COLUMN_LABELS);
