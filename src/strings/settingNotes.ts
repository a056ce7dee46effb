import type { Lang } from "../engine/lang";
import type { SettingKey } from "../engine/settings/settings";
import type { UnitKind } from "../engine/settings/settings";
import { dictionary } from "./dictionary";
import { unitWords } from "./unitWords";

/**
 * The notes column of a written settings sheet: what each key does and which values it takes. A note that
 * names the bloc or its leader says `{blocWord}` / `{leaderWord}`: read it through settingNote.
 */
const vi = {
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
    "Thứ tự xét khi bằng điểm, cách nhau bởi dấu chấm phẩy: nhóm I (điểm nhóm cao hơn), điểm trừ (ít hơn), điểm thưởng (nhiều hơn), phiếu (tỷ lệ phiếu cao hơn), tỷ lệ nữ (từ 70 % được ưu tiên, Nghị định 152/2025 Điều 4 khoản 6); hoặc không.",
  nextLeader:
    "Đề xuất {leaderWord} năm sau: luân phiên (theo thứ tự danh sách đơn vị), hạng cao nhất, hoặc tên một đơn vị trong danh sách (được chỉ định).",
  lang: "Ngôn ngữ của các trang kết quả: vi (tiếng Việt) hoặc en (tiếng Anh).",
  groupFloors:
    "Không bắt buộc. Tỷ lệ tối thiểu (% điểm tối đa của nhóm) mỗi nhóm tiêu chí phải đạt để được xếp Hoàn thành xuất sắc; tốt; Hoàn thành nhiệm vụ, ví dụ 85; 80; 70. Để trống nếu không áp dụng.",
  place: "Địa danh ghi trên dòng ngày tháng của văn bản (ví dụ Quảng Trị); để trống thì in dấu chấm.",
  meetingDate: "Ngày họp xét thi đua, in trên văn bản (ví dụ 15/12/2024); để trống thì in dấu chấm.",
  signers:
    "Tên người ký in dưới chức danh, ví dụ {LeaderWord}: Nguyễn Văn A; Thư ký: Trần Thị B. Để trống để ký tay.",
  documentNumber: "Số văn bản (ví dụ 01/TTr-KTĐ); để trống nếu chưa có.",
  recipients:
    "Các dòng Nơi nhận của văn bản, cách nhau bởi dấu chấm phẩy (hoặc xuống dòng trong ô), ví dụ Như trên; Sở Nội vụ; Lưu: VT.",
  addressee:
    "Nơi Tờ trình được gửi đến (dòng Kính gửi), ví dụ Chủ tịch Ủy ban nhân dân tỉnh (qua Sở Nội vụ).",
  legalBasis:
    "Các văn bản làm căn cứ của Tờ trình, mỗi văn bản một dòng Căn cứ, cách nhau bởi dấu chấm phẩy (hoặc xuống dòng trong ô).",
  kind: "Khối hoặc cụm thi đua, quyết định cách gọi trên các trang kết quả (Trưởng khối hay Cụm trưởng); để trống thì theo tên: tên bắt đầu bằng “Cụm” là cụm.",
} satisfies Record<SettingKey, string>;

/** The settings sheet's notes in both languages, worded by unit kind (settingNote reads them). */
export const SETTING_NOTES = /* @__PURE__ */ dictionary(
  vi,
  {
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
      "What separates equal totals, in order, separated by semicolons: group I (higher group score), deductions (fewer), bonus (more), votes (higher vote share), women's share (70 % or more preferred, Decree 152/2025 Art. 4(6)); or none.",
    nextLeader:
      "Next year's {leaderWord}: rotation (in the units roster's order), top (best ranked), or the name of a unit on the roster (designated).",
    lang: "Language of the output sheets: vi (Vietnamese) or en (English).",
    groupFloors:
      "Optional. The lowest share (% of its max) every criteria group needs for Excellent; Good; Completed, e.g. 85; 80; 70. Leave blank for none.",
    place: "The place on the documents' date line (e.g. Quang Tri); blank prints dots.",
    meetingDate:
      "The date of the review meeting, printed on the documents (e.g. 15/12/2024); blank prints dots.",
    signers:
      "Names printed under the signature titles, e.g. Leader: Nguyen Van A; Secretary: Tran Thi B. Blank to sign by hand.",
    documentNumber: "The document's number (e.g. 01/TTr-KTĐ); blank if none yet.",
    recipients:
      "The documents' Recipients lines, separated by semicolons (or line breaks in the cell), e.g. Như trên; Sở Nội vụ; Lưu: VT.",
    addressee: "Whom the memo is sent to (its To line), e.g. Chủ tịch Ủy ban nhân dân tỉnh (qua Sở Nội vụ).",
    legalBasis:
      "The documents the memo cites, one legal-basis line each, separated by semicolons (or line breaks in the cell).",
    kind: "Bloc or cluster (khối or cụm), which decides the outputs' wording (bloc leader or cluster leader); blank: from the name, a name starting with “Cụm” being a cluster.",
  },
  unitWords,
);

/** A key's note in `lang`, in the words of a bloc or a cluster. */
export function settingNote(key: SettingKey, lang: Lang, kind: UnitKind = "bloc"): string {
  return SETTING_NOTES(lang, key, {}, kind);
}
