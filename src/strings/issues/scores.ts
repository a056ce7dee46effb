import type { Issue } from "../../engine/issues";
import type { SCORES_ISSUES } from "../../engine/scores/scoresIssueCodes";
import { d, dv, v, vv, type Messages, type StageMessages } from "./format";

type ScoresCode = keyof typeof SCORES_ISSUES;

const unit = (issue: Issue): string => issue.unit ?? "";
const criterion = (issue: Issue): string => issue.criterion ?? "";

const vi: Messages<ScoresCode> = {
  "roster-several": (i) =>
    `Có nhiều danh sách đơn vị; đã dùng danh sách ở trang này, bỏ qua: ${d(i, "others")}. Hãy giữ một danh sách.`,
  "roster-role-unknown": (i, w) =>
    `Vai trò "${v(i)}" không rõ; đã coi là Thành viên. Dùng: ${w.LeaderWord}, ${w.DeputyWord} hoặc Thành viên.`,
  "roster-leader-several": (i, w) =>
    `Danh sách có hai ${w.LeaderWord} (đã có ${d(i, "other")}). Hãy để một đơn vị làm ${w.LeaderWord}.`,
  "roster-vote-invalid": (i) =>
    `Tỷ lệ phiếu "${v(i)}" không đọc được hoặc nằm ngoài 0–100%. Hãy nhập ví dụ 85% hoặc 0,85.`,
  "roster-women-invalid": (i) =>
    `Tỷ lệ nữ "${v(i)}" không đọc được hoặc nằm ngoài 0–100%. Hãy nhập ví dụ 72% hoặc 0,72, hoặc để trống.`,
  "score-sheets-missing": () =>
    "Không tìm thấy bảng điểm nào: cần một trang có cột STT và cột điểm (Tự chấm, Khối chấm hoặc tên đơn vị). Hãy thêm điểm của các đơn vị.",
  "score-criterion-unknown": (i) =>
    `Dòng có mã "${v(i)}" (vị trí ${criterion(i)}) có điểm nhưng không khớp tiêu chí nào trong bảng tiêu chí. Hãy sửa mã cho giống bảng tiêu chí.`,
  "score-not-number": (i) =>
    `Điểm "${v(i)}" của ${unit(i)} không phải là số nên không được tính. Hãy nhập một số (ví dụ 7,5) hoặc để trống.`,
  "score-negative": (i) =>
    `Điểm âm (${vv(i)}) của ${unit(i)} ở tiêu chí không phải điểm trừ. Hãy nhập số không âm.`,
  "score-above-max": (i) =>
    `Điểm ${vv(i)} của ${unit(i)} vượt điểm tối đa ${dv(i, "max")} của tiêu chí. Hãy sửa lại điểm.`,
  "score-parent-mismatch": (i) =>
    `Điểm ${vv(i)} ghi ở dòng tổng khác tổng điểm các tiêu chí con (${dv(i, "sum")}). Điểm được tính theo các tiêu chí con; hãy sửa cho khớp.`,
  "score-rate-multiple": (i) =>
    `Điểm ${vv(i)} của ${unit(i)} không phải bội số của mức ${dv(i, "rate")} điểm/lần. Hãy kiểm tra số lần và ghi điểm bằng số lần × ${dv(i, "rate")}.`,
  "score-rate-count-mismatch": (i) =>
    `Điểm ${vv(i)} của ${unit(i)} khác số lần × mức điểm (${dv(i, "count")} × ${dv(i, "rate")} = ${dv(i, "points")}, ô ${d(i, "countCell")}); đã tính ${dv(i, "points")} điểm theo số lần. Hãy sửa cho khớp.`,
  "score-count-invalid": (i) =>
    `Số lần "${vv(i)}" của ${unit(i)} không phải số nguyên không âm nên tiêu chí không được tính. Hãy nhập số lần (0, 1, 2…).`,
  "score-subtotal-formula": (i) =>
    i.details?.textCells
      ? `Công thức cộng ở dòng tổng cho ${vv(i)}, nhưng các tiêu chí con cộng lại là ${dv(i, "sum")}: Excel bỏ qua ô ${d(i, "textCells")} vì số ở đó được nhập dạng chữ. Điểm được tính theo các tiêu chí con; hãy nhập lại các ô đó dạng số để bảng khớp.`
      : `Công thức cộng ở dòng tổng cho ${vv(i)}, khác tổng các tiêu chí con (${dv(i, "sum")}). Điểm được tính theo các tiêu chí con; hãy kiểm tra vùng ô của công thức.`,
  "score-evidence-missing": (i) =>
    `Tiêu chí ${criterion(i)} yêu cầu minh chứng nhưng ${unit(i)} tự chấm điểm mà chưa ghi minh chứng. Hãy bổ sung minh chứng.`,
  "unit-duplicate": (i) =>
    `Đơn vị "${v(i)}" xuất hiện hai lần trên cùng trang (lần đầu ở ô ${d(i, "otherCell")}); lần này không được tính. Hãy xóa bản trùng.`,
  "unit-conflict": (i) =>
    `Điểm của ${unit(i)} ở đây (${vv(i)}) khác điểm cùng tiêu chí ở trang ${d(i, "otherSheet")}, ô ${d(i, "otherCell")} (${dv(i, "otherValue")}). Hãy thống nhất một số điểm.`,
  "unit-no-scores": (i) =>
    `Đơn vị ${unit(i)} có trong danh sách nhưng không tìm thấy điểm ở trang nào. Hãy thêm phiếu chấm hoặc cột điểm của đơn vị.`,
  "unit-not-in-roster": (i) =>
    `Có điểm của "${v(i)}" nhưng đơn vị này không có trong danh sách đơn vị. Hãy sửa tên cho giống danh sách hoặc thêm đơn vị vào danh sách.`,
};

const en: Messages<ScoresCode> = {
  "roster-several": (i) =>
    `Several units rosters found; the one on this sheet is used, ignored: ${d(i, "others")}. Keep one roster.`,
  "roster-role-unknown": (i) =>
    `Role "${v(i)}" is not recognised; treated as Member. Use Leader, Deputy or Member.`,
  "roster-leader-several": (i, w) =>
    `The roster has two ${w.leaderWord}s (${d(i, "other")} already is one). Leave one unit as leader.`,
  "roster-vote-invalid": (i) =>
    `Vote share "${v(i)}" cannot be read or is outside 0–100%. Enter e.g. 85% or 0.85.`,
  "roster-women-invalid": (i) =>
    `Women's share "${v(i)}" cannot be read or is outside 0–100%. Enter e.g. 72% or 0.72, or leave it blank.`,
  "score-sheets-missing": () =>
    "No scores found: a sheet needs a No. column and score columns (Self, Review or unit names). Add the units' scores.",
  "score-criterion-unknown": (i) =>
    `The row coded "${v(i)}" (position ${criterion(i)}) has scores but matches no criterion of the criteria table. Fix its code to match the criteria table.`,
  "score-not-number": (i) =>
    `Score "${v(i)}" of ${unit(i)} is not a number, so it is not counted. Enter a number (e.g. 7.5) or leave it blank.`,
  "score-negative": (i) =>
    `Negative score (${v(i)}) of ${unit(i)} on a criterion that is not a deduction. Enter a non-negative number.`,
  "score-above-max": (i) =>
    `Score ${v(i)} of ${unit(i)} is above the criterion's max of ${d(i, "max")}. Correct the score.`,
  "score-parent-mismatch": (i) =>
    `Score ${v(i)} typed on a total row differs from its sub-criteria's sum (${d(i, "sum")}). The sub-criteria count; make them agree.`,
  "score-rate-multiple": (i) =>
    `Score ${v(i)} of ${unit(i)} is not a multiple of the rate of ${d(i, "rate")} points per occurrence. Check the count and enter count × ${d(i, "rate")}.`,
  "score-rate-count-mismatch": (i) =>
    `Score ${v(i)} of ${unit(i)} differs from count × rate (${d(i, "count")} × ${d(i, "rate")} = ${d(i, "points")}, cell ${d(i, "countCell")}); ${d(i, "points")} points counted from the count. Make them agree.`,
  "score-count-invalid": (i) =>
    `Count "${v(i)}" of ${unit(i)} is not a whole number of times, so the criterion is not counted. Enter the count (0, 1, 2…).`,
  "score-subtotal-formula": (i) =>
    i.details?.textCells
      ? `The subtotal formula on this total row gives ${v(i)}, but the sub-criteria add up to ${d(i, "sum")}: Excel left out ${d(i, "textCells")}, where the number is stored as text. The sub-criteria count; re-enter those cells as numbers so the sheet agrees.`
      : `The subtotal formula on this total row gives ${v(i)}, not its sub-criteria's sum (${d(i, "sum")}). The sub-criteria count; check the formula's range.`,
  "score-evidence-missing": (i) =>
    `Criterion ${criterion(i)} requires evidence, but ${unit(i)} claims points without any. Add the evidence.`,
  "unit-duplicate": (i) =>
    `Unit "${v(i)}" appears twice on the same sheet (first at ${d(i, "otherCell")}); this one is not counted. Remove the duplicate.`,
  "unit-conflict": (i) =>
    `${unit(i)}'s score here (${v(i)}) differs from the same criterion's score on sheet ${d(i, "otherSheet")}, cell ${d(i, "otherCell")} (${d(i, "otherValue")}). Settle on one score.`,
  "unit-no-scores": (i) =>
    `Unit ${unit(i)} is on the roster but has no scores on any sheet. Add its scoring form or score column.`,
  "unit-not-in-roster": (i) =>
    `There are scores for "${v(i)}", which is not on the units roster. Spell it as on the roster or add it to the roster.`,
};

export const scoresMessages: StageMessages<ScoresCode> = { vi, en };
