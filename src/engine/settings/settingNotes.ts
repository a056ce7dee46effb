import type { Lang } from "../lang";
import { fillTemplate } from "../../strings/fillTemplate";
import { unitWords } from "../../strings/unitWords";
import type { SettingKey } from "./settingKeys";
import type { UnitKind } from "./settings";

/**
 * The notes column of a written settings sheet: what each key does and which values it takes. A note that
 * names the bloc or its leader says `{blocWord}` / `{leaderWord}`: read it through settingNote.
 */
export const SETTING_NOTES: Readonly<Record<Lang, Readonly<Record<SettingKey, string>>>> = {
  vi: {
    blocName: "Tên {blocWord} thi đua, in trên các trang kết quả.",
    year: "Năm đánh giá thi đua (ví dụ 2024).",
    scale: "Tổng điểm tối đa của một đơn vị đạt mọi tiêu chí (thường là 100).",
    scoreSource: "Điểm dùng để xếp hạng: khối chấm nếu có (nếu không thì tự chấm), tự chấm, hoặc khối chấm.",
    crossScoreMethod:
      "Khi nhiều đơn vị cùng chấm một đơn vị: trung bình, bỏ cao nhất và thấp nhất (từ 3 người chấm), hoặc trung vị.",
    decimals: "Số chữ số thập phân khi làm tròn tổng điểm (0–6); bằng điểm được xét trên điểm đã làm tròn.",
    missingScore: "Ô điểm bị bỏ trống: lỗi (phải bổ sung), hoặc tính 0 (kèm cảnh báo).",
    reviewGap: "Cảnh báo khi tổng điểm tự chấm và điểm cuối cùng chênh nhau quá số điểm này.",
    classificationThresholds:
      "Điểm tối thiểu của Hoàn thành xuất sắc; tốt; Hoàn thành nhiệm vụ, giảm dần, cách nhau bởi dấu chấm phẩy.",
    tieBreaks:
      "Thứ tự xét khi bằng điểm, cách nhau bởi dấu chấm phẩy: nhóm I (điểm nhóm cao hơn), điểm trừ (ít hơn), điểm thưởng (nhiều hơn), phiếu (tỷ lệ phiếu cao hơn); hoặc không.",
    nextLeader:
      "Đề xuất {leaderWord} năm sau: luân phiên (theo thứ tự danh sách đơn vị), hoặc hạng cao nhất.",
    lang: "Ngôn ngữ của các trang kết quả: vi (tiếng Việt) hoặc en (tiếng Anh).",
    kind: "Khối hoặc cụm thi đua, quyết định cách gọi trên các trang kết quả (Trưởng khối hay Cụm trưởng); để trống thì theo tên: tên bắt đầu bằng “Cụm” là cụm.",
  },
  en: {
    blocName: "The emulation {blocWord}'s name, printed on the output sheets.",
    year: "The year being assessed (e.g. 2024).",
    scale: "The total of a perfect score (usually 100).",
    scoreSource: "Scores used for ranking: bloc if present (else self), self, or bloc.",
    crossScoreMethod:
      "When several units score one unit: mean, trimmed (drop the highest and lowest, from 3 scorers), or median.",
    decimals: "Decimal places totals are rounded to (0–6); ties are judged on rounded totals.",
    missingScore: "A blank score cell: error (must be filled in), or zero (with a warning).",
    reviewGap: "Warn when a unit's self total and final total differ by more points than this.",
    classificationThresholds:
      "Lowest totals for Excellent; Good; Completed, descending, separated by semicolons.",
    tieBreaks:
      "What separates equal totals, in order, separated by semicolons: group I (higher group score), deductions (fewer), bonus (more), votes (higher vote share); or none.",
    nextLeader: "Next year's {leaderWord}: rotation (in the units roster's order), or top (best ranked).",
    lang: "Language of the output sheets: vi (Vietnamese) or en (English).",
    kind: "Bloc or cluster (khối or cụm), which decides the outputs' wording (bloc leader or cluster leader); blank: from the name, a name starting with “Cụm” being a cluster.",
  },
};

/** A key's note in `lang`, in the words of a bloc or a cluster. */
export function settingNote(key: SettingKey, lang: Lang, kind: UnitKind = "bloc"): string {
  return fillTemplate(SETTING_NOTES[lang][key], { ...unitWords(kind, lang) });
}
