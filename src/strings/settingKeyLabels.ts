import type { Lang } from "../engine/lang";
import type { Labels } from "../engine/settings/labels";
import type { SettingKey, SettingsColumn } from "../engine/settings/settings";
import type { UnitKind } from "../engine/settings/settings";

// The settings sheet's key names and column headers: what it writes and, with their other spellings, what
// its reader accepts (engine/settings/settingKeys.ts matches them).

/** The keys' names in each language, and other spellings accepted when reading. */
export const SETTING_KEY_LABELS: Readonly<Record<SettingKey, Labels>> = {
  blocName: {
    vi: "Tên khối",
    en: "Bloc name",
    also: ["Khối", "Khối thi đua", "Tên khối thi đua", "Tên cụm", "Tên cụm thi đua", "Bloc", "Cluster name"],
  },
  year: { vi: "Năm", en: "Year", also: ["Năm thi đua", "Năm đánh giá"] },
  scale: { vi: "Thang điểm", en: "Scale", also: ["Tổng điểm chuẩn", "Điểm tối đa", "Max score"] },
  scoreSource: { vi: "Nguồn điểm", en: "Score source", also: ["Nguồn điểm tính", "Điểm dùng để xếp hạng"] },
  crossScoreMethod: {
    vi: "Tổng hợp chấm chéo",
    en: "Cross-score method",
    also: ["Cách tổng hợp chấm chéo", "Chấm chéo", "Cross scoring", "Cross-scoring method"],
  },
  decimals: {
    vi: "Số chữ số thập phân",
    en: "Decimals",
    also: ["Chữ số thập phân", "Số thập phân", "Làm tròn", "Decimal places", "Rounding"],
  },
  missingScore: { vi: "Thiếu điểm", en: "Missing score", also: ["Điểm thiếu", "Ô trống", "Missing scores"] },
  reviewGap: {
    vi: "Ngưỡng chênh lệch",
    en: "Review gap",
    also: ["Chênh lệch", "Chênh lệch tự chấm", "Ngưỡng chênh lệch điểm", "Gap"],
  },
  classificationThresholds: {
    vi: "Xếp loại",
    en: "Classification",
    also: ["Ngưỡng xếp loại", "Mức xếp loại", "Classification thresholds", "Thresholds"],
  },
  tieBreaks: {
    vi: "Tiêu chí phụ",
    en: "Tie-breaks",
    also: ["Tiêu chí phụ xếp hạng", "Tiêu chí xét bằng điểm", "Tie breaks", "Tiebreaks", "Tie-break"],
  },
  nextLeader: {
    vi: "Trưởng khối năm sau",
    en: "Next leader",
    also: [
      "Trưởng khối",
      "Trưởng khối kế nhiệm",
      "Cụm trưởng năm sau",
      "Cụm trưởng",
      "Cụm trưởng kế nhiệm",
      "Next year's leader",
      "Next bloc leader",
      "Next cluster leader",
    ],
  },
  lang: { vi: "Ngôn ngữ", en: "Language", also: ["Ngôn ngữ kết quả", "Lang"] },
  kind: {
    vi: "Loại",
    en: "Kind",
    also: ["Khối hay cụm", "Khối/cụm", "Loại khối", "Loại khối thi đua", "Bloc or cluster", "Bloc kind"],
  },
  groupFloors: {
    vi: "Ngưỡng từng nhóm",
    en: "Group floors",
    also: ["Ngưỡng nhóm", "Ngưỡng tối thiểu từng nhóm", "Tỷ lệ tối thiểu từng nhóm", "Group floor"],
  },
  place: { vi: "Địa danh", en: "Place", also: ["Địa điểm", "Nơi ban hành", "Place name"] },
  meetingDate: {
    vi: "Ngày họp",
    en: "Meeting date",
    also: ["Ngày họp khối", "Ngày họp xét", "Ngày ban hành", "Ngày", "Date"],
  },
  signers: { vi: "Người ký", en: "Signers", also: ["Người ký tên", "Chữ ký", "Signer", "Signatories"] },
  documentNumber: {
    vi: "Số văn bản",
    en: "Document number",
    also: ["Số hiệu văn bản", "Số công văn", "Số tờ trình", "Document no."],
  },
  recipients: { vi: "Nơi nhận", en: "Recipients", also: ["Nơi gửi", "Recipient", "Copies to"] },
  addressee: { vi: "Kính gửi", en: "Addressee", also: ["Nơi trình", "Gửi đến", "Memo to"] },
  legalBasis: {
    vi: "Căn cứ",
    en: "Legal basis",
    also: ["Căn cứ pháp lý", "Văn bản căn cứ", "Các căn cứ", "Basis", "Pursuant to"],
  },
};

// A cluster's own names for the keys that name the bloc (DESIGN §2.3); the reader accepts them (`also` above).
const CLUSTER_KEY_LABELS: Partial<Record<SettingKey, Readonly<Record<Lang, string>>>> = {
  blocName: { vi: "Tên cụm", en: "Cluster name" },
  nextLeader: { vi: "Cụm trưởng năm sau", en: "Next leader" },
};

/** A key's name in `lang` as a bloc or, for the few keys that differ, a cluster calls it. */
export function settingKeyLabel(key: SettingKey, lang: Lang, kind: UnitKind = "bloc"): string {
  return (kind === "cluster" ? CLUSTER_KEY_LABELS[key]?.[lang] : undefined) ?? SETTING_KEY_LABELS[key][lang];
}

/** The headers of the key-value part of the sheet, in each language and as also typed. */
export const SETTINGS_COLUMN_LABELS: Readonly<Record<SettingsColumn, Labels>> = {
  key: { vi: "Tham số", en: "Key", also: ["Thông số", "Tên tham số", "Cài đặt", "Setting", "Settings"] },
  value: { vi: "Giá trị", en: "Value" },
  notes: { vi: "Ghi chú", en: "Notes", also: ["Note", "Giải thích", "Mô tả", "Description"] },
};
