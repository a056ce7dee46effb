import type { IssueOf } from "../../engine/issues";
import type { Lang } from "../../engine/lang";
import type { AwardRuleColumn } from "../../engine/settings/awardRuleColumns";
import { CLASSIFICATION_NAMES } from "../../engine/settings/classificationNames";
import type { Labels } from "../../engine/settings/labels";
import type { SettingKey } from "../../engine/settings/settings";
import type { SETTINGS_ISSUES } from "../../engine/settings/settingsIssueCodes";
import {
  CROSS_SCORE_WORDS,
  KIND_WORDS,
  MISSING_SCORE_WORDS,
  NEXT_LEADER_WORDS,
  SCORE_SOURCE_WORDS,
} from "../../engine/settings/settingWords";
import { fillTemplate } from "../fillTemplate";
import type { UnitWords } from "../unitWords";
import { d, dv, v, type Messages, type StageMessages } from "./format";

type SettingsCode = keyof typeof SETTINGS_ISSUES;

// The allowed words are listed from the tables the reader matches against, so the advice cannot drift.
function words(table: Readonly<Record<string, Labels>>, lang: Lang): string {
  const all = Object.values(table).map((labels) => labels[lang]);
  return `${all.slice(0, -1).join(", ")} ${lang === "vi" ? "hoặc" : "or"} ${all.at(-1) ?? ""}`;
}

const VALUE_HINTS: Record<Lang, Record<SettingKey, string>> = {
  vi: {
    blocName: "Hãy nhập tên {blocWord}.",
    year: "Hãy nhập một năm (số nguyên từ 1900 đến 2200).",
    scale: "Hãy nhập một số lớn hơn 0 (thường là 100).",
    scoreSource: `Hãy dùng ${words(SCORE_SOURCE_WORDS, "vi")}.`,
    crossScoreMethod: `Hãy dùng ${words(CROSS_SCORE_WORDS, "vi")}.`,
    decimals: "Hãy nhập một số nguyên từ 0 đến 6.",
    missingScore: `Hãy dùng ${words(MISSING_SCORE_WORDS, "vi")}.`,
    reviewGap: "Hãy nhập một số không âm (số điểm).",
    classificationThresholds: "Hãy nhập ba số cách nhau bởi dấu chấm phẩy, ví dụ 90; 80; 70.",
    tieBreaks:
      "Hãy liệt kê, cách nhau bởi dấu chấm phẩy: nhóm I (tên nhóm), điểm trừ, điểm thưởng, phiếu, tỷ lệ nữ.",
    nextLeader: `Hãy dùng ${words(NEXT_LEADER_WORDS, "vi")}, hoặc tên một đơn vị trong danh sách.`,
    lang: "Hãy dùng vi hoặc en.",
    kind: `Hãy dùng ${words(KIND_WORDS, "vi")}, hoặc để trống để theo tên.`,
    groupFloors: "Hãy nhập ba tỷ lệ (%) cách nhau bởi dấu chấm phẩy, ví dụ 85; 80; 70, hoặc để trống.",
    place: "Hãy nhập địa danh.",
    meetingDate: "Hãy nhập một ngày có thật dạng ngày/tháng/năm, ví dụ 15/12/2024, hoặc để trống.",
    signers:
      "Hãy nhập dạng chức danh: họ tên, cách nhau bởi dấu chấm phẩy, ví dụ {LeaderWord}: Nguyễn Văn A; Thư ký: Trần Thị B.",
    documentNumber: "Hãy nhập số văn bản, ví dụ 01/TTr-KTĐ.",
    recipients: "Hãy nhập các nơi nhận, cách nhau bởi dấu chấm phẩy, ví dụ Như trên; Lưu: VT.",
    addressee: "Hãy nhập nơi Tờ trình được gửi đến.",
    legalBasis: "Hãy nhập các văn bản căn cứ, cách nhau bởi dấu chấm phẩy.",
  },
  en: {
    blocName: "Enter the {blocWord}'s name.",
    year: "Enter a year (a whole number from 1900 to 2200).",
    scale: "Enter a number greater than 0 (usually 100).",
    scoreSource: `Use ${words(SCORE_SOURCE_WORDS, "en")}.`,
    crossScoreMethod: `Use ${words(CROSS_SCORE_WORDS, "en")}.`,
    decimals: "Enter a whole number from 0 to 6.",
    missingScore: `Use ${words(MISSING_SCORE_WORDS, "en")}.`,
    reviewGap: "Enter a non-negative number of points.",
    classificationThresholds: "Enter three numbers separated by semicolons, e.g. 90; 80; 70.",
    tieBreaks:
      "List, separated by semicolons: group I (a group's code), deductions, bonus, votes, women's share.",
    nextLeader: `Use ${words(NEXT_LEADER_WORDS, "en")}, or the name of a unit on the roster.`,
    lang: "Use vi or en.",
    kind: `Use ${words(KIND_WORDS, "en")}, or leave it blank to go by the name.`,
    groupFloors: "Enter three percentages separated by semicolons, e.g. 85; 80; 70, or leave it blank.",
    place: "Enter a place name.",
    meetingDate: "Enter a real date as day/month/year, e.g. 15/12/2024, or leave it blank.",
    signers:
      "Enter title: name pairs separated by semicolons, e.g. Leader: Nguyen Van A; Secretary: Tran Thi B.",
    documentNumber: "Enter the document number, e.g. 01/TTr-KTĐ.",
    recipients: "Enter the recipients separated by semicolons, e.g. Như trên; Lưu: VT.",
    addressee: "Enter whom the memo is sent to.",
    legalBasis: "Enter the documents cited, separated by semicolons.",
  },
};

const RULE_HINTS: Record<Lang, Record<AwardRuleColumn, string>> = {
  vi: {
    award: "Hãy nhập tên hình thức khen thưởng, hoặc xóa cả dòng.",
    count: "Hãy nhập một số nguyên không âm (ví dụ 2), hoặc để trống nếu không giới hạn.",
    maxSharePercent: "Hãy nhập một tỷ lệ từ 0 đến 100 (ví dụ 20 hoặc 20%), hoặc để trống.",
    minScore: "Hãy nhập một số điểm không âm, hoặc để trống.",
    minClassification: `Hãy dùng ${words(CLASSIFICATION_NAMES, "vi")}, hoặc để trống.`,
    minVoteSharePercent: "Hãy nhập một tỷ lệ từ 0 đến 100 (ví dụ 70 hoặc 70%), hoặc để trống.",
  },
  en: {
    award: "Enter the award's name, or delete the whole row.",
    count: "Enter a whole number of units (e.g. 2), or leave it blank for no limit.",
    maxSharePercent: "Enter a percentage from 0 to 100 (e.g. 20 or 20%), or leave it blank.",
    minScore: "Enter a non-negative number of points, or leave it blank.",
    minClassification: `Use ${words(CLASSIFICATION_NAMES, "en")}, or leave it blank.`,
    minVoteSharePercent: "Enter a percentage from 0 to 100 (e.g. 70 or 70%), or leave it blank.",
  },
};

// The setting and the rules column are typed in the codes' details; `?? ""` still guards an issue built
// elsewhere (a test's, a JSON report's) whose name is none of them.
const valueHint = (i: IssueOf<"settings-value-invalid">, lang: Lang, w: UnitWords): string => {
  const setting = i.details?.setting;
  return setting === undefined ? "" : fillTemplate(VALUE_HINTS[lang][setting] ?? "", {}, w);
};
const ruleHint = (i: IssueOf<"settings-rule-invalid">, lang: Lang): string => {
  const column = i.details?.column;
  return column === undefined ? "" : (RULE_HINTS[lang][column] ?? "");
};

const vi: Messages<SettingsCode> = {
  "settings-key-unknown": (i) =>
    `Tham số "${v(i)}" không có trong danh sách nên không được dùng. Hãy sửa lại tên (ví dụ Thang điểm, Xếp loại) hoặc xóa dòng.`,
  "settings-key-duplicate": (i) =>
    `Tham số "${v(i)}" được nhập nhiều lần (lần đầu ở ô ${d(i, "first")}); dòng dưới cùng được dùng. Hãy xóa dòng thừa.`,
  "settings-value-invalid": (i, w) =>
    `Giá trị "${v(i)}" của tham số "${d(i, "key")}" không hợp lệ; đã dùng giá trị mặc định. ${valueHint(i, "vi", w)}`.trim(),
  "settings-thresholds-order": (i) =>
    `Ngưỡng xếp loại "${v(i)}" phải là ba số giảm dần trong khoảng 0–${dv(i, "scale") || "thang điểm"} (xuất sắc; tốt; hoàn thành); đã dùng mặc định. Hãy sửa lại, ví dụ 90; 80; 70.`,
  "settings-floors-order": (i) =>
    `Ngưỡng từng nhóm "${v(i)}" phải là ba tỷ lệ giảm dần trong khoảng 0–100 (xuất sắc; tốt; hoàn thành); chưa áp dụng ngưỡng nhóm. Hãy sửa lại, ví dụ 85; 80; 70.`,
  "settings-rule-invalid": (i) =>
    `Ô "${v(i)}" trong bảng quy tắc khen thưởng không đọc được; điều kiện này chưa được áp dụng. ${ruleHint(i, "vi")}`.trim(),
  "settings-rules-empty": () =>
    "Bảng quy tắc khen thưởng không có dòng nào nên sẽ không đề nghị khen thưởng. Hãy thêm các hình thức, hoặc xóa cả bảng để dùng quy tắc mặc định.",
};

const en: Messages<SettingsCode> = {
  "settings-key-unknown": (i) =>
    `Setting "${v(i)}" is not a known key, so it is not used. Correct its name (e.g. Scale, Classification) or delete the row.`,
  "settings-key-duplicate": (i) =>
    `Setting "${v(i)}" is given more than once (first in cell ${d(i, "first")}); the lowest row is used. Delete the extra rows.`,
  "settings-value-invalid": (i, w) =>
    `Value "${v(i)}" of setting "${d(i, "key")}" cannot be used; the default applies. ${valueHint(i, "en", w)}`.trim(),
  "settings-thresholds-order": (i) =>
    `Classification thresholds "${v(i)}" must be three descending numbers within 0–${d(i, "scale") || "the scale"} (excellent; good; completed); the defaults apply. Correct them, e.g. 90; 80; 70.`,
  "settings-floors-order": (i) =>
    `Group floors "${v(i)}" must be three descending percentages within 0–100 (excellent; good; completed); no group floor is applied. Correct them, e.g. 85; 80; 70.`,
  "settings-rule-invalid": (i) =>
    `Cell "${v(i)}" of the award-rules table cannot be read; this condition is not applied. ${ruleHint(i, "en")}`.trim(),
  "settings-rules-empty": () =>
    "The award-rules table has no rows, so no award will be proposed. Add the awards, or delete the whole table to use the default rules.",
};

export const settingsMessages: StageMessages<SettingsCode> = { vi, en };
