import type { RANKING_ISSUES } from "../../engine/ranking/rankingIssueCodes";
import { d, dv, v, type Messages, type StageMessages } from "./format";

type RankingCode = keyof typeof RANKING_ISSUES;

const vi: Messages<RankingCode> = {
  "score-missing": (i) =>
    `Thiếu điểm tiêu chí ${i.criterion ?? ""} của ${i.unit ?? "đơn vị"}. Hãy nhập điểm; nếu muốn tính 0, đặt "Thiếu điểm = tính 0" trong trang Cấu hình.`,
  "score-group-clamped": (i) =>
    `Tổng điểm nhóm ${i.criterion ?? ""} của ${i.unit ?? "đơn vị"} là ${dv(i, "score")}, vượt điểm tối đa ${dv(i, "max")}; đã tính ${dv(i, "max")}. Hãy kiểm tra điểm các tiêu chí con.`,
  "score-bonus-over-cap": (i) =>
    `Điểm thưởng ${i.criterion ?? ""} của ${i.unit ?? "đơn vị"} là ${dv(i, "score")}, vượt mức tối đa ${dv(i, "max")}; đã tính ${dv(i, "max")}.`,
  "score-penalty-over-cap": (i) =>
    `Điểm trừ ${i.criterion ?? ""} của ${i.unit ?? "đơn vị"} là ${dv(i, "score")}, vượt mức trừ tối đa ${dv(i, "max")}; đã trừ ${dv(i, "max")}.`,
  "score-review-gap": (i) =>
    `${i.unit ?? "Đơn vị"}: tổng tự chấm ${dv(i, "self")} chênh ${dv(i, "gap")} điểm so với tổng điểm cuối ${dv(i, "final")} (ngưỡng ${dv(i, "threshold")}). Hãy rà soát hoặc ghi giải trình.`,
  "ranking-tiebreak-group-unknown": (i) =>
    `Tiêu chí phụ nêu nhóm "${v(i)}" nhưng bảng tiêu chí không có nhóm này; bước đó bị bỏ qua. Hãy sửa Tiêu chí phụ trong trang Cấu hình.`,
  "award-ballot-needed": (i) =>
    `${d(i, "award")}: ${d(i, "units")} bằng điểm ở ranh giới ${d(i, "seats")} suất; cần bỏ phiếu để chọn.`,
  "award-no-current-leader": (_, w) =>
    `Không xác định được ${w.leaderWord} hiện tại (cần cột Vai trò có “${w.LeaderWord}” trong danh sách đơn vị) nên ${w.leaderWord} năm sau được đề xuất theo thứ hạng.`,
  "award-leader-unknown": (i, w) =>
    `${w.LeaderWord} năm sau "${v(i)}" không có trong danh sách đơn vị nên ${w.leaderWord} được đề xuất theo luân phiên. Hãy nhập đúng tên (hoặc tên viết tắt) của một đơn vị.`,
};

const en: Messages<RankingCode> = {
  "score-missing": (i) =>
    `No score for criterion ${i.criterion ?? ""} of ${i.unit ?? "the unit"}. Enter it; to count missing scores as 0, set "Missing score = zero" on the Settings sheet.`,
  "score-group-clamped": (i) =>
    `Group ${i.criterion ?? ""} of ${i.unit ?? "the unit"} adds up to ${d(i, "score")}, above its max of ${d(i, "max")}; ${d(i, "max")} is counted. Check its sub-criteria.`,
  "score-bonus-over-cap": (i) =>
    `Bonus ${i.criterion ?? ""} of ${i.unit ?? "the unit"} is ${d(i, "score")}, above its cap of ${d(i, "max")}; ${d(i, "max")} is counted.`,
  "score-penalty-over-cap": (i) =>
    `Deductions ${i.criterion ?? ""} of ${i.unit ?? "the unit"} are ${d(i, "score")}, above the most that can be deducted (${d(i, "max")}); ${d(i, "max")} is deducted.`,
  "score-review-gap": (i) =>
    `${i.unit ?? "Unit"}: the self-assessed total ${d(i, "self")} differs by ${d(i, "gap")} points from the final total ${d(i, "final")} (threshold ${d(i, "threshold")}). Review it or record an explanation.`,
  "ranking-tiebreak-group-unknown": (i) =>
    `A tie-break names group "${v(i)}", which the criteria table does not have; that step is skipped. Fix Tie-breaks on the Settings sheet.`,
  "award-ballot-needed": (i) =>
    `${d(i, "award")}: ${d(i, "units")} are tied across the quota of ${d(i, "seats")}; a ballot must decide.`,
  "award-no-current-leader": (_, w) =>
    `The current ${w.leaderWord} is not known (the units roster needs a Role column with “Leader”), so next year's leader is proposed by rank.`,
  "award-leader-unknown": (i) =>
    `Next leader "${v(i)}" is not a unit on the roster, so the leader is proposed by rotation. Enter a unit's name (or short name) exactly.`,
};

export const rankingMessages: StageMessages<RankingCode> = { vi, en };
