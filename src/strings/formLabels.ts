import { term } from "./glossary";
import { dictionary } from "./dictionary";
import { unitWords } from "./unitWords";

// The words on a unit's self-assessment form. The column headers are ones the criteria and score readers
// recognise (src/engine/read/headerRoles.ts), so a returned form reads back as it was sent.
// Nothing above the header may say khối chấm / thẩm định / điểm chốt / review / final: those words change
// how a plain score column is read (plainRole).
const vi = {
  sheetPrefix: "Phiếu",
  filePrefix: "Phieu tu cham",
  title: "PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM {year}",
  bloc: "{blocTitle}: {bloc}",
  unitLabel: "Đơn vị:",
  instructions: "Hướng dẫn:",
  stepScore: "Nhập điểm tự chấm vào các ô màu vàng (số, không vượt quá điểm tối đa của tiêu chí).",
  stepPenalty: "Với tiêu chí điểm trừ, nhập số điểm bị trừ (ví dụ 2).",
  stepEvidence: "Ghi số, ngày văn bản minh chứng vào cột Minh chứng; giải thích khi cần ở cột Giải trình.",
  stepKeep: "Không sửa, thêm hoặc xóa tiêu chí và điểm tối đa.",
  stepReturn: "Lưu tệp và gửi lại cho thư ký của {blocWord} thi đua.",
  code: "STT",
  criterion: "Nội dung tiêu chí",
  max: term("maxPoints", "vi", true),
  weight: "Trọng số",
  kind: "Loại",
  self: "Điểm tự chấm",
  evidence: "Minh chứng",
  explanation: "Giải trình",
  evidenceRequired: "Yêu cầu minh chứng",
  total: "Tổng cộng",
  dateLine: "…, ngày … tháng … năm …",
  signer: "THỦ TRƯỞNG ĐƠN VỊ",
  signHint: "(Ký tên, đóng dấu)",
  kindNormal: "Bình thường",
  kindBonus: "Điểm thưởng",
  kindPenalty: "Điểm trừ",
  errorTitle: "Điểm không hợp lệ",
  errorRange: "Nhập một số từ {min} đến {max}.",
  promptRange: "Điểm từ {min} đến {max}.",
  promptPenalty: "Số điểm bị trừ, từ 0 đến {max}.",
  cliNoCriteria:
    "Không tạo được phiếu: sổ làm việc chưa có bảng tiêu chí. Thêm một trang có dòng tiêu đề STT | Nội dung tiêu chí | Điểm tối đa và các tiêu chí bên dưới.",
  cliNoUnits:
    "Không tạo được phiếu: chưa có đơn vị nào. Thêm một trang danh sách đơn vị có cột Tên đơn vị, mỗi đơn vị một dòng.",
} as const;

/**
 * The form's labels in both languages, and their lookup: a label with `{name}` placeholders filled in, in the
 * words of a bloc or a cluster.
 */
export const formLabel = /* @__PURE__ */ dictionary(
  vi,
  {
    sheetPrefix: "Form",
    filePrefix: "Self-assessment form",
    title: "EMULATION SELF-ASSESSMENT FORM {year}",
    bloc: "{blocTitle}: {bloc}",
    unitLabel: "Unit:",
    instructions: "How to fill in:",
    stepScore: "Type your self score in the yellow cells (a number, at most the criterion's max points).",
    stepPenalty: "For a deduction criterion, type the points deducted (e.g. 2).",
    stepEvidence: "Give the reference and date of the evidence under Evidence; explain where needed.",
    stepKeep: "Do not change, add or delete criteria or max points.",
    stepReturn: "Save the file and send it back to the {blocWord}'s secretary.",
    code: "No.",
    criterion: "Criterion",
    max: term("maxPoints", "en", true),
    weight: "Weight",
    kind: "Kind",
    self: "Self score",
    evidence: "Evidence",
    explanation: "Explanation",
    evidenceRequired: "Evidence required",
    total: "Total",
    dateLine: "…, date … / … / …",
    signer: "HEAD OF UNIT",
    signHint: "(Signature and seal)",
    kindNormal: "Normal",
    kindBonus: "Bonus",
    kindPenalty: "Deduction",
    errorTitle: "Score not accepted",
    errorRange: "Type a number from {min} to {max}.",
    promptRange: "Points from {min} to {max}.",
    promptPenalty: "Points deducted, from 0 to {max}.",
    cliNoCriteria:
      "No forms made: the workbook has no criteria table. Add a sheet with a header row No. | Criterion | Max points and the criteria below it.",
    cliNoUnits: "No forms made: no units found. Add a units sheet with a Unit name column, one unit per row.",
  },
  unitWords,
);
