import type { Lang } from "../lang";

/** Where a leaf's score comes from when no final score is filled in (DESIGN §2.4 `Nguồn điểm`). */
export type ScoreSource = "blocIfPresent" | "self" | "bloc";

/** How several scorers' bloc scores for one criterion are combined (`Tổng hợp chấm chéo`). */
export type CrossScoreMethod = "mean" | "trimmed" | "median";

/** What a missing score counts as (`Thiếu điểm`): an error, or zero with a warning. */
export type MissingScorePolicy = "error" | "zero";

/** Xếp loại: Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ. */
export type Classification = "excellent" | "good" | "completed" | "notCompleted";

/** One step of the tie-break chain (`Tiêu chí phụ`), applied in order to units with equal rounded totals. */
export type TieBreak =
  | { kind: "group"; group: string } // a named top-level group's score, higher wins (`nhóm I`)
  | { kind: "penalty" } // fewer deduction points wins (`điểm trừ`)
  | { kind: "bonus" } // more bonus points wins (`điểm thưởng`)
  | { kind: "votes" } // higher vote share wins (`phiếu`)
  | { kind: "women" }; // women ≥ 70 % wins over below (`tỷ lệ nữ`, Decree 152/2025 Art. 4(6))

/** A bloc (khối thi đua) or a cluster (cụm thi đua, DESIGN §2.3): only the wording of outputs differs. */
export type UnitKind = "bloc" | "cluster";

/** The words of `Trưởng khối năm sau`: by rotation, or the top-ranked unit. */
export type NextLeaderWord = "rotation" | "top";

/**
 * Who is proposed as next year's bloc leader (`Trưởng khối năm sau`): a word, or a unit designated by name
 * (`Sở Tư pháp`), with the cell it was read from so that an unknown name is reported there.
 */
export type NextLeaderPolicy = NextLeaderWord | { unit: string; sheet?: string; cell?: string };

/** A title on the signature blocks and the name printed under it (`Trưởng khối: Nguyễn Văn A`). */
export interface Signer {
  title: string;
  name: string;
}

/** A calendar date as typed (`15/12/2024`), month 1–12. */
export interface MeetingDate {
  day: number;
  month: number;
  year: number;
}

/** A row of the award-rules table; null means "no such condition". Percentages are 0–100. */
export interface AwardRule {
  award: string;
  count: number | null;
  maxSharePercent: number | null;
  minScore: number | null;
  minClassification: Classification | null;
  minVoteSharePercent: number | null;
  /** Where the rule was read, for issues; absent for the defaults. */
  sheet?: string;
  row?: number;
}

/** Every setting of DESIGN §2.4, with defaults filled in. */
export interface Settings {
  blocName: string;
  year: number;
  scale: number;
  scoreSource: ScoreSource;
  crossScoreMethod: CrossScoreMethod;
  decimals: number;
  missingScore: MissingScorePolicy;
  reviewGap: number;
  /** Lower bounds, in scale points, of excellent, good and completed (descending). */
  classificationThresholds: [number, number, number];
  tieBreaks: TieBreak[];
  nextLeader: NextLeaderPolicy;
  lang: Lang;
  /** Bloc or cluster: the `Loại` setting, else derived from the bloc name (kindFromName). */
  kind: UnitKind;
  /**
   * Lowest share (percent of its max) every top-level normal group needs for excellent, good and completed
   * (descending); null when none is set (`Ngưỡng từng nhóm`).
   */
  groupFloors: [number, number, number] | null;
  /** The place on the documents' date line (`Địa danh`); "" prints a dotted line. */
  place: string;
  /** The meeting's date (`Ngày họp`); null prints dotted blanks. */
  meetingDate: MeetingDate | null;
  /** Names printed under the signature titles (`Người ký`). */
  signers: Signer[];
  /** The document's number (`Số văn bản`, e.g. `…/TTr-KTĐ`), or "". */
  documentNumber: string;
  /** The `Nơi nhận:` lines of the documents (`Nơi nhận`), without their dash and final punctuation. */
  recipients: string[];
  /** Whom the memo is addressed to (`Kính gửi`). */
  addressee: string;
  /** The documents the memo cites (`Căn cứ`), one per line, without the words `Căn cứ`. */
  legalBasis: string[];
  awardRules: AwardRule[];
}

/** The award rules a workbook without a rules table gets (DESIGN §2.4). */
export const DEFAULT_AWARD_RULES: readonly AwardRule[] = [
  {
    award: "Cờ thi đua của UBND tỉnh",
    count: 1,
    maxSharePercent: null,
    minScore: null,
    minClassification: "excellent",
    minVoteSharePercent: 70,
  },
  {
    award: "Bằng khen của Chủ tịch UBND tỉnh",
    count: 2,
    maxSharePercent: null,
    minScore: null,
    minClassification: "excellent",
    minVoteSharePercent: 70,
  },
];

/**
 * Who gets a copy of a document (`Nơi nhận`): recipients vary from bloc to bloc, so this is only where
 * practice starts. Document text, typed in Vietnamese like the award names.
 */
export const DEFAULT_RECIPIENTS: readonly string[] = ["Như trên", "Các đơn vị thành viên", "Lưu: VT"];

/** Whom the memo goes to: the provincial Chairman, through the Department of Home Affairs (DESIGN §3.5). */
export const DEFAULT_ADDRESSEE = "Chủ tịch Ủy ban nhân dân tỉnh (qua Sở Nội vụ)";

/** The memo's `Căn cứ` lines: the law, its decree and circular, and the bloc's own rules (DESIGN §3.5). */
export const DEFAULT_LEGAL_BASIS: readonly string[] = [
  "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022",
  "Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng",
  "Thông tư số 15/2025/TT-BNV của Bộ trưởng Bộ Nội vụ",
  "Quy chế hoạt động, đánh giá chấm điểm và bình xét thi đua đã được các đơn vị thành viên thống nhất",
];

/** The settings of a workbook that says nothing: DESIGN §2.4's defaults, for the given year. */
export function defaultSettings(year: number): Settings {
  return {
    blocName: "",
    year,
    scale: 100,
    scoreSource: "blocIfPresent",
    crossScoreMethod: "mean",
    decimals: 2,
    missingScore: "error",
    reviewGap: 5,
    classificationThresholds: [90, 80, 70],
    tieBreaks: [{ kind: "group", group: "I" }, { kind: "penalty" }, { kind: "bonus" }, { kind: "votes" }],
    nextLeader: "rotation",
    lang: "vi",
    kind: "bloc",
    groupFloors: null,
    place: "",
    meetingDate: null,
    signers: [],
    documentNumber: "",
    recipients: [...DEFAULT_RECIPIENTS],
    addressee: DEFAULT_ADDRESSEE,
    legalBasis: [...DEFAULT_LEGAL_BASIS],
    awardRules: DEFAULT_AWARD_RULES.map((rule) => ({ ...rule })),
  };
}

/** A key-value setting of the settings sheet: every field of Settings but the award-rules table. */
export type SettingKey = Exclude<keyof Settings, "awardRules">;

/** The columns of the key-value part of the settings sheet. */
export type SettingsColumn = "key" | "value" | "notes";
