import type { Issue } from "../../engine/issues";
import type { FORM_ISSUES } from "../../engine/merge/mergeIssueCodes";
import type { KeptReason } from "../../engine/merge/keepBack";
import type { Lang } from "../../engine/lang";
import { d, dv, v, vv, type Messages, type StageMessages } from "./format";

type FormCode = keyof typeof FORM_ISSUES;

const file = (issue: Issue): string => issue.file ?? "";
const unit = (issue: Issue): string => issue.unit ?? "";
const criterion = (issue: Issue): string => issue.criterion ?? "";

const reason = (issue: Issue): KeptReason => {
  const why = d(issue, "reason");
  return why === "formula" || why === "merged" ? why : "changed";
};
// Why a host kept a planned write back, and what the secretary can do about it.
const KEPT_WHY: Record<Lang, Record<KeptReason, string>> = {
  vi: {
    formula: "Ô này có công thức",
    merged: "Ô này nằm trong một vùng ô đã gộp",
    changed: "Ô này đã thay đổi trong lúc nhập",
  },
  en: {
    formula: "This cell holds a formula",
    merged: "This cell is inside merged cells",
    changed: "This cell changed during the import",
  },
};
const KEPT_DO: Record<Lang, Record<KeptReason, string>> = {
  vi: {
    formula: "công thức được giữ nguyên. Hãy kiểm tra ô mà công thức lấy số liệu.",
    merged: "hãy bỏ gộp ô rồi nhập lại tệp, hoặc nhập thủ công giá trị này vào ô.",
    changed: "hãy nhập lại tệp.",
  },
  en: {
    formula: "the formula is kept. Check the cell the formula takes its figure from.",
    merged: "unmerge the cells and import the file again, or type the value by hand.",
    changed: "import the file again.",
  },
};

const vi: Messages<FormCode> = {
  "form-unreadable": (i) =>
    `Không mở được tệp "${file(i)}": ${d(i, "reason")}. Hãy đề nghị đơn vị gửi lại tệp .xlsx.`,
  "form-not-found": (i) =>
    `Tệp "${file(i)}" không có phiếu tự chấm điểm (cần dòng tiêu đề có STT, Nội dung tiêu chí, Điểm tối đa, Điểm tự chấm). Hãy đề nghị đơn vị gửi lại phiếu.`,
  "form-unit-missing": (i) =>
    `Phiếu trong tệp "${file(i)}" không ghi tên đơn vị (ô "Đơn vị:") và tên trang không khớp đơn vị nào; chưa nhập điểm. Hãy ghi tên đơn vị vào phiếu.`,
  "form-unit-unknown": (i) =>
    `Phiếu trong tệp "${file(i)}" của đơn vị "${v(i)}" không có trong danh sách đơn vị; chưa nhập điểm. Hãy sửa tên cho giống danh sách hoặc thêm đơn vị vào danh sách.`,
  "form-unit-duplicate": (i) =>
    `Có hai phiếu của ${unit(i)} với điểm khác nhau (tệp "${file(i)}" và "${d(i, "otherFile")}"); chưa nhập phiếu nào. Hãy xác nhận với đơn vị phiếu nào đúng rồi nhập lại.`,
  "form-score-conflict": (i) =>
    `Giá trị "${vv(i)}" của ${unit(i)} ở tiêu chí ${criterion(i)} trong tệp "${file(i)}" khác giá trị đã có ở ô này ("${dv(i, "masterValue")}"); đã giữ giá trị cũ. Hãy kiểm tra và sửa thủ công nếu cần.`,
  "form-criterion-added": (i) =>
    `Phiếu trong tệp "${file(i)}" có tiêu chí ${criterion(i)} ("${v(i)}") không có trong bảng tiêu chí; điểm của nó không được nhập. Hãy kiểm tra phiếu với bảng tiêu chí.`,
  "form-criterion-removed": (i) =>
    `Phiếu trong tệp "${file(i)}" thiếu tiêu chí ${criterion(i)} của bảng tiêu chí. Hãy đề nghị đơn vị chấm tiêu chí này.`,
  "form-criterion-renumbered": (i) =>
    `Tiêu chí mã ${d(i, "formKey")} trong tệp "${file(i)}" trùng nội dung với tiêu chí ${criterion(i)} của bảng tiêu chí; điểm đã được nhập vào ${criterion(i)}. Hãy kiểm tra lại.`,
  "form-max-changed": (i) =>
    `Phiếu trong tệp "${file(i)}" ghi điểm tối đa ${dv(i, "formMax")} cho tiêu chí ${criterion(i)}, bảng tiêu chí ghi ${dv(i, "max")}; giữ điểm tối đa của bảng tiêu chí, điểm tự chấm vẫn được nhập.`,
  "form-parent-score": (i, w) =>
    `Phiếu trong tệp "${file(i)}" ghi ${vv(i)} điểm ở dòng tổng ${criterion(i)}, khác tổng các tiêu chí con trong phiếu (${dv(i, "sum")}); điểm dòng tổng không được nhập vì ${w.blocWord} cộng điểm từ các tiêu chí con. Hãy đề nghị đơn vị chấm từng tiêu chí con.`,
  "form-value-replaced": (i) =>
    `Theo yêu cầu dùng phiếu trong tệp "${file(i)}", giá trị "${dv(i, "masterValue")}" của ${unit(i)} ở tiêu chí ${criterion(i)} đã được thay bằng "${vv(i)}". Nếu nhầm, hãy gõ lại giá trị cũ vào ô này.`,
  "form-cell-kept": (i) =>
    `${KEPT_WHY.vi[reason(i)]}, nên "${vv(i)}" của ${unit(i)} ở tiêu chí ${criterion(i)} trong tệp "${file(i)}" không được ghi vào; ${KEPT_DO.vi[reason(i)]}`,
  "form-score-out-of-range": (i) =>
    `Điểm "${v(i)}" của ${unit(i)} ở tiêu chí ${criterion(i)} trong tệp "${file(i)}" quá lớn (vượt 10^15) hoặc không phải là một số hữu hạn, nên không được nhập. Hãy đề nghị đơn vị sửa ô này trong phiếu rồi nhập lại.`,
};

const en: Messages<FormCode> = {
  "form-unreadable": (i) =>
    `"${file(i)}" could not be opened: ${d(i, "reason")}. Ask the unit to send it again as .xlsx.`,
  "form-not-found": (i) =>
    `"${file(i)}" holds no self-assessment form (a header with No., Criterion, Max points and Self score). Ask the unit to send its form again.`,
  "form-unit-missing": (i) =>
    `The form in "${file(i)}" names no unit (no "Unit:" cell) and its sheet name matches no unit; nothing imported. Write the unit's name on the form.`,
  "form-unit-unknown": (i) =>
    `The form in "${file(i)}" is for "${v(i)}", which is not on the units roster; nothing imported. Spell it as on the roster or add it to the roster.`,
  "form-unit-duplicate": (i) =>
    `Two forms for ${unit(i)} with different scores ("${file(i)}" and "${d(i, "otherFile")}"); neither imported. Check with the unit which one is right and import it again.`,
  "form-score-conflict": (i) =>
    `${unit(i)}'s value "${v(i)}" for criterion ${criterion(i)} in "${file(i)}" differs from the one already in this cell ("${d(i, "masterValue")}"); the existing one is kept. Check it and correct it by hand if needed.`,
  "form-criterion-added": (i) =>
    `The form in "${file(i)}" has criterion ${criterion(i)} ("${v(i)}"), which is not in the criteria table; its score is not imported. Compare the form with the criteria table.`,
  "form-criterion-removed": (i) =>
    `The form in "${file(i)}" lacks criterion ${criterion(i)} of the criteria table. Ask the unit to score it.`,
  "form-criterion-renumbered": (i) =>
    `Criterion ${d(i, "formKey")} in "${file(i)}" has the same text as the criteria table's ${criterion(i)}; its score was imported into ${criterion(i)}. Check it.`,
  "form-max-changed": (i) =>
    `The form in "${file(i)}" gives criterion ${criterion(i)} a max of ${d(i, "formMax")}, the criteria table ${d(i, "max")}; the table's max stays and the self score is imported.`,
  "form-parent-score": (i, w) =>
    `The form in "${file(i)}" gives ${v(i)} points on the total row ${criterion(i)}, not the sum of its sub-criteria in the form (${d(i, "sum")}); the total is not imported, since the ${w.blocWord} adds up the sub-criteria. Ask the unit to score each sub-criterion.`,
  "form-value-replaced": (i) =>
    `As asked, the form in "${file(i)}" was taken: ${unit(i)}'s value "${d(i, "masterValue")}" for criterion ${criterion(i)} was replaced by "${v(i)}". If that was a mistake, type the old value back into this cell.`,
  "form-cell-kept": (i) =>
    `${KEPT_WHY.en[reason(i)]}, so ${unit(i)}'s "${v(i)}" for criterion ${criterion(i)} in "${file(i)}" was not written; ${KEPT_DO.en[reason(i)]}`,
  "form-score-out-of-range": (i) =>
    `Score "${v(i)}" of ${unit(i)} on criterion ${criterion(i)} in "${file(i)}" is too large (beyond 10^15) or not a finite number, so it was not imported. Ask the unit to correct this cell in its form and import it again.`,
};

export const formMessages: StageMessages<FormCode> = { vi, en };
