import type { CRITERIA_ISSUES } from "../../engine/criteria/criteriaIssueCodes";
import { d, dv, v, type Messages, type StageMessages } from "./format";

type CriteriaCode = keyof typeof CRITERIA_ISSUES;

const vi: Messages<CriteriaCode> = {
  "criteria-table-missing": () =>
    "Không tìm thấy bảng tiêu chí: cần một dòng tiêu đề có các cột STT, Nội dung và Điểm tối đa (trong khoảng 25 dòng đầu của trang tính). Hãy thêm dòng tiêu đề đó.",
  "criteria-table-several": (i) =>
    `Có nhiều bảng tiêu chí; đã dùng bảng ở trang này, bỏ qua: ${d(i, "others")}. Xóa hoặc đổi tiêu đề các bảng thừa nếu cần.`,
  "criteria-code-missing": () =>
    "Dòng có điểm tối đa nhưng không có STT/mã tiêu chí nên không xếp được vào bảng. Hãy nhập mã (I, 1, 1.1, a…).",
  "criteria-code-unrecognized": (i) =>
    `Mã "${v(i)}" không đúng dạng I, II…; 1, 1.1, 1.2.3; a, b…. Hãy sửa mã để dòng này được tính.`,
  "criteria-code-orphan": (i) =>
    `Mã "${v(i)}" không có tiêu chí cha phía trên (ví dụ 1.2 cần có 1; a cần một tiêu chí đánh số). Hãy kiểm tra lại thứ tự mã.`,
  "criteria-code-duplicate": (i) => `Mã "${v(i)}" bị trùng trong cùng nhóm. Hãy đánh lại số thứ tự.`,
  "criteria-code-numeric": (i) =>
    `Mã ${v(i)} được Excel lưu dạng số; đã hiểu là ${i.criterion ?? ""}. Nên định dạng cột mã là Văn bản (Text).`,
  "criteria-max-missing": () => "Tiêu chí chưa có điểm tối đa. Hãy nhập điểm tối đa.",
  "criteria-max-invalid": (i) =>
    `Điểm tối đa "${v(i)}" không đọc được hoặc bị âm ở dòng không phải điểm trừ. Hãy nhập một số không âm (ví dụ 7,5).`,
  "criteria-max-sum-mismatch": (i) =>
    `Điểm tối đa là ${dv(i, "max")} nhưng tổng điểm tối đa các tiêu chí con là ${dv(i, "sum")}. Hãy kiểm tra lại.`,
  "criteria-subtotal-formula": (i) =>
    i.details?.textCells
      ? `Công thức cộng điểm tối đa cho ${dv(i, "max")}, nhưng điểm tối đa các tiêu chí con cộng lại là ${dv(i, "sum")}: Excel bỏ qua ô ${d(i, "textCells")} vì số ở đó được nhập dạng chữ. Đã dùng tổng các tiêu chí con; hãy nhập lại các ô đó dạng số.`
      : `Công thức cộng điểm tối đa cho ${dv(i, "max")}, khác tổng điểm tối đa các tiêu chí con (${dv(i, "sum")}). Đã dùng tổng các tiêu chí con; hãy kiểm tra vùng ô của công thức.`,
  "criteria-total-not-scale": (i) =>
    `Tổng điểm tối đa là ${dv(i, "total")}, khác thang điểm ${dv(i, "scale")}. Nếu đúng ý, hãy sửa Thang điểm trong trang Cấu hình.`,
  "criteria-kind-unknown": (i) =>
    `Loại điểm "${v(i)}" không rõ; đã coi là điểm thường. Dùng: để trống, Điểm thưởng hoặc Điểm trừ.`,
  "criteria-kind-conflict": (i) =>
    `Tiêu chí "${v(i)}" có loại điểm khác với nhóm chứa nó. Hãy kiểm tra cột Loại.`,
  "criteria-weight-invalid": (i) =>
    `Trọng số "${v(i)}" không đọc được. Hãy nhập một số không âm (ví dụ 30 hoặc 30%).`,
  "criteria-weight-missing": () =>
    "Bảng có trọng số nhưng nhóm tiêu chí này chưa có. Hãy nhập trọng số cho mọi nhóm tiêu chí hoặc xóa hết trọng số.",
  "criteria-weight-ignored": () =>
    "Trọng số chỉ áp dụng cho các nhóm tiêu chí (I, II…, không phải điểm thưởng/điểm trừ) và tiêu chí này không phải một nhóm; giá trị này không được dùng.",
  "criteria-evidence-flag-unknown": (i) =>
    `Giá trị "${v(i)}" ở cột Yêu cầu minh chứng không rõ; đã coi là có yêu cầu. Dùng Có/Không hoặc x.`,
  "criteria-row-after-end": (i) =>
    `Dòng mã "${v(i)}" có điểm nhưng nằm dưới phần kết của bảng (ô ${d(i, "closing")}: ghi chú, ngày tháng hoặc chữ ký) nên không được đọc. Nếu đó là tiêu chí, hãy chuyển phần kết xuống dưới dòng này.`,
  "criteria-too-deep": (i) =>
    `Mã "${v(i)}" đặt tiêu chí ở cấp ${d(i, "depth")}, sâu hơn ${d(i, "limit")} cấp được phép, nên dòng này không được đọc (các dòng con của nó cũng vậy). Hãy gộp bớt cấp của tiêu chí.`,
};

const en: Messages<CriteriaCode> = {
  "criteria-table-missing": () =>
    "No criteria table found: a header row with No., Criterion and Max points columns is needed within the first 25 rows of a sheet. Add that header row.",
  "criteria-table-several": (i) =>
    `Several criteria tables found; the one on this sheet is used, ignored: ${d(i, "others")}. Delete or rename the extra tables' headers if needed.`,
  "criteria-code-missing": () =>
    "This row has max points but no code, so it cannot be placed in the table. Enter a code (I, 1, 1.1, a…).",
  "criteria-code-unrecognized": (i) =>
    `Code "${v(i)}" is not of the form I, II…; 1, 1.1, 1.2.3; a, b…. Fix the code so that the row counts.`,
  "criteria-code-orphan": (i) =>
    `Code "${v(i)}" has no parent above it (1.2 needs a 1; a letter needs a numbered criterion). Check the order of codes.`,
  "criteria-code-duplicate": (i) => `Code "${v(i)}" appears twice in the same group. Renumber the rows.`,
  "criteria-code-numeric": (i) =>
    `Code ${v(i)} is stored by Excel as a number; read as ${i.criterion ?? ""}. Format the code column as Text.`,
  "criteria-max-missing": () => "This criterion has no max points. Enter its max points.",
  "criteria-max-invalid": (i) =>
    `Max points "${v(i)}" cannot be read, or are negative on a row that is not a deduction. Enter a non-negative number (e.g. 7.5).`,
  "criteria-max-sum-mismatch": (i) =>
    `Max points are ${d(i, "max")} but the sub-criteria's max points add up to ${d(i, "sum")}. Check them.`,
  "criteria-subtotal-formula": (i) =>
    i.details?.textCells
      ? `The subtotal formula gives max points of ${d(i, "max")}, but the sub-criteria's max points add up to ${d(i, "sum")}: Excel left out ${d(i, "textCells")}, where the number is stored as text. The sub-criteria's sum is used; re-enter those cells as numbers.`
      : `The subtotal formula gives max points of ${d(i, "max")}, not the sub-criteria's sum (${d(i, "sum")}). The sub-criteria's sum is used; check the formula's range.`,
  "criteria-total-not-scale": (i) =>
    `The max points add up to ${d(i, "total")}, not the scale of ${d(i, "scale")}. If that is intended, change Scale on the Settings sheet.`,
  "criteria-kind-unknown": (i) =>
    `Kind "${v(i)}" is not recognised; treated as normal points. Use blank, Bonus or Deduction.`,
  "criteria-kind-conflict": (i) =>
    `Criterion "${v(i)}" has a different kind from its group. Check the Kind column.`,
  "criteria-weight-invalid": (i) =>
    `Weight "${v(i)}" cannot be read. Enter a non-negative number (e.g. 30 or 30%).`,
  "criteria-weight-missing": () =>
    "The table uses weights but this group has none. Give every top-level group a weight, or remove all weights.",
  "criteria-weight-ignored": () =>
    "Weights apply only to top-level groups (not bonus or deduction groups); this one is not used.",
  "criteria-evidence-flag-unknown": (i) =>
    `"${v(i)}" in the Evidence required column is not recognised; treated as required. Use Yes/No or x.`,
  "criteria-row-after-end": (i) =>
    `The row with code "${v(i)}" carries points but lies below the table's closing lines (cell ${d(i, "closing")}: notes, date or signatures), so it is not read. If it is a criterion, move the closing lines below it.`,
  "criteria-too-deep": (i) =>
    `Code "${v(i)}" puts the criterion at level ${d(i, "depth")}, deeper than the ${d(i, "limit")} levels allowed, so this row is not read (nor are the rows under it). Merge some levels of the criteria.`,
};

export const criteriaMessages: StageMessages<CriteriaCode> = { vi, en };
