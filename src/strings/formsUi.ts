// Words of the task pane's forms tab (make the units' self-assessment forms, import the returned ones). Issue
// messages come from issueMessages; these are only the tab's own words. As in ui.ts, Vietnamese is the
// reference: English must have every key it has and no other (both are compile errors).

import type { Lang } from "../engine/lang";
import { dictionary, type KeyOf } from "./dictionary";
import { term } from "./glossary";

export type FormsUiKey = KeyOf<typeof formsUi>;

const vi = {
  heading: "Phiếu tự chấm",
  createIntro:
    "Tạo cho mỗi đơn vị trong danh sách một trang phiếu tự chấm: các tiêu chí, cột điểm tự chấm (chỉ nhận số từ 0 đến điểm tối đa), minh chứng, giải trình; các ô còn lại được khóa.",
  createButton: "Tạo phiếu cho các đơn vị",
  creating: "Đang tạo phiếu…",
  created: "Đã tạo {count} phiếu.",
  createdNone: "Không tạo phiếu mới: đơn vị nào cũng đã có phiếu.",
  createdHeading: "Phiếu đã tạo",
  skippedHeading: "Đã có phiếu, giữ nguyên",
  openSheet: "{unit}: trang {sheet}",
  sendHint:
    "Gửi phiếu cho đơn vị: nhấp chuột phải vào thẻ trang phiếu → Di chuyển hoặc Sao chép → chọn (sổ làm việc mới), đánh dấu Tạo bản sao → lưu tệp và đính kèm vào thư. Lệnh bloc-rank forms tạo sẵn mỗi đơn vị một tệp .xlsx.",
  sendHintFile:
    "Gửi phiếu cho đơn vị: bấm Mở trong sổ làm việc mới cạnh tên đơn vị, Excel mở phiếu (trống) thành một sổ làm việc riêng; lưu tệp với tên được gợi ý rồi đính kèm vào thư. Lệnh bloc-rank forms tạo sẵn mỗi đơn vị một tệp .xlsx.",
  openFile: term("openInNewWorkbook", "vi", true),
  openFileLabel: "Mở trong sổ làm việc mới: phiếu của {unit}",
  opening: "Đang tạo tệp phiếu của {unit}…",
  opened: "Đã mở phiếu của {unit} trong một sổ làm việc mới. Hãy lưu với tên {file} rồi đính kèm vào thư.",
  noUnit:
    "Không còn đơn vị {unit} trong danh sách đơn vị; hãy bấm Tạo phiếu cho các đơn vị để xem danh sách mới.",
  noCriteria: "Chưa tạo được phiếu: sổ làm việc chưa có bảng tiêu chí (cần cột STT, Nội dung, Điểm tối đa).",
  noUnits: "Chưa tạo được phiếu: chưa có đơn vị nào. Hãy thêm trang danh sách đơn vị (cột Tên đơn vị).",
  importHeading: "Phiếu các đơn vị gửi về",
  importIntro:
    "Chọn một hay nhiều tệp .xlsx các đơn vị gửi về. Điểm được ghi vào các ô còn trống của đơn vị; ô đã có giá trị khác được báo, không bị ghi đè (trừ khi bạn chọn Dùng phiếu này cho tệp đó). Nhập lại cùng tệp không thay đổi gì.",
  importButton: "Nhập phiếu đã gửi về",
  fileLabel: "Tệp phiếu đã gửi về (.xlsx)",
  reading: "Đang đọc {count} tệp…",
  importing: "Đang ghi điểm vào sổ làm việc…",
  imported: "Đã đọc {count} tệp",
  resultsHeading: "Kết quả nhập",
  status_imported: "Đã nhập",
  status_partial: "Nhập một phần",
  status_unchanged: "Không có gì mới",
  status_skipped: "Chưa nhập",
  unitUnknown: "chưa xác định đơn vị",
  rowTarget: "{unit} · ghi {count} ô vào trang {sheet}",
  rowNoTarget: "{unit}",
  issuesHeading: "Vấn đề khi nhập ({count})",
  "reason_not-xlsx": "không phải sổ làm việc Excel (.xlsx)",
  reason_corrupt: "tệp bị hỏng",
  reason_encrypted: "tệp có mật khẩu",
  reason_empty: "sổ làm việc không có trang nào",
  "reason_too-large": "có trang quá lớn để đọc (hơn 2.000.000 ô có dữ liệu)",
  reason_other: "không đọc được tệp",
  chooseForm: "Dùng phiếu này",
  chooseFormLabel: "Dùng phiếu này: {file}",
  confirmTitle: "Dùng phiếu trong tệp {file}?",
  confirmBody:
    "Điểm, minh chứng và giải trình của {unit} trong tệp này sẽ được nhập, kể cả vào những ô đang có giá trị khác; các giá trị đó được thay bằng giá trị trong tệp và được liệt kê kèm giá trị cũ trong kết quả. Ô có công thức được giữ nguyên. Các tệp khác không bị ảnh hưởng.",
  confirmButton: "Thay và nhập",
  cancel: "Hủy",
  replacing: "Đang nhập phiếu trong tệp {file}…",
  replaced: "Tệp {file}",
  imported_one: "Đã đọc 1 tệp",
  rowTarget_one: "{unit} · ghi 1 ô vào trang {sheet}",
  rowNothing: "{unit} · trang {sheet}: chưa ghi ô nào",
  noForm: "không có phiếu tự chấm trong tệp",
  sum_written: "đã ghi {count} ô",
  sum_written_one: "đã ghi 1 ô",
  sum_noneWritten: "chưa ghi ô nào",
  sum_replaced: "{count} ô được thay bằng giá trị trong tệp",
  sum_replaced_one: "1 ô được thay bằng giá trị trong tệp",
  sum_kept: "giữ nguyên {count} ô (có công thức, nằm trong ô gộp hoặc vừa thay đổi)",
  sum_kept_one: "giữ nguyên 1 ô (có công thức, nằm trong ô gộp hoặc vừa thay đổi)",
  sum_conflicts: "{count} ô khác giá trị đã có, giữ giá trị cũ",
  sum_conflicts_one: "1 ô khác giá trị đã có, giữ giá trị cũ",
  sum_unreadable: "{count} tệp không đọc được",
  sum_unreadable_one: "1 tệp không đọc được",
  conflicts: "{count} ô khác giá trị đã có trong tệp {file}",
  conflicts_one: "1 ô khác giá trị đã có trong tệp {file}",
  conflictItem: "Tiêu chí {criterion}: tệp ghi {value}, sổ làm việc có {masterValue}",
  replacements: "{count} ô được thay bằng giá trị trong tệp {file}",
  replacements_one: "1 ô được thay bằng giá trị trong tệp {file}",
  replacedItem: "Tiêu chí {criterion}: {masterValue} được thay bằng {value}",
} as const;

/**
 * The forms tab's words in both languages, and their lookup: a label with `{name}` placeholders filled in.
 */
export const formsUi = /* @__PURE__ */ dictionary(vi, {
  heading: "Self-assessment forms",
  createIntro:
    "Makes one self-assessment form sheet per unit on the roster: the criteria, a self-score column (numbers from 0 to the criterion's max only), evidence and explanation; every other cell is locked.",
  createButton: "Create forms for the units",
  creating: "Creating the forms…",
  created: "{count} forms created.",
  createdNone: "No new form: every unit already has one.",
  createdHeading: "Forms created",
  skippedHeading: "Already have a form, left as they are",
  openSheet: "{unit}: sheet {sheet}",
  sendHint:
    "To send a form: right-click its sheet tab → Move or Copy → (new book), tick Create a copy → save the file and attach it to the email. The bloc-rank forms command makes one .xlsx file per unit in one go.",
  sendHintFile:
    "To send a form: press Open in a new workbook beside the unit, and Excel opens the (blank) form on its own; save it under the suggested name and attach it to the email. The bloc-rank forms command makes one .xlsx file per unit in one go.",
  openFile: term("openInNewWorkbook", "en", true),
  openFileLabel: "Open in a new workbook: the form of {unit}",
  opening: "Making the form file of {unit}…",
  opened: "The form of {unit} is open as a new workbook. Save it as {file} and attach it to the email.",
  noUnit: "{unit} is no longer on the roster; press Create forms for the units to see the current list.",
  noCriteria:
    "No forms yet: the workbook has no criteria table (it needs No., Content and Max points columns).",
  noUnits: "No forms yet: there are no units. Add a roster sheet (a Unit name column).",
  importHeading: "Returned forms",
  importIntro:
    "Choose one or more .xlsx files the units sent back. Scores go into the unit's empty cells; a cell that already holds a different value is reported, not overwritten (unless you choose Use this form for that file). Importing the same files again changes nothing.",
  importButton: "Import returned forms",
  fileLabel: "Returned form files (.xlsx)",
  reading: "Reading {count} files…",
  importing: "Writing the scores into the workbook…",
  imported: "{count} files read",
  resultsHeading: "Import results",
  status_imported: "Imported",
  status_partial: "Partly imported",
  status_unchanged: "Nothing new",
  status_skipped: "Not imported",
  unitUnknown: "unit not identified",
  rowTarget: "{unit} · {count} cells written into sheet {sheet}",
  rowNoTarget: "{unit}",
  issuesHeading: "Import problems ({count})",
  "reason_not-xlsx": "not an Excel workbook (.xlsx)",
  reason_corrupt: "the file is damaged",
  reason_encrypted: "the file has a password",
  reason_empty: "the workbook has no sheets",
  "reason_too-large": "a sheet is too large to read (more than 2,000,000 cells hold data)",
  reason_other: "the file could not be read",
  chooseForm: "Use this form",
  chooseFormLabel: "Use this form: {file}",
  confirmTitle: "Use the form in {file}?",
  confirmBody:
    "The scores, evidence and explanations of {unit} in this file are imported, also into cells that hold a different value now; those values are replaced and listed with their old value in the results. Cells with a formula are kept. Other files are not affected.",
  confirmButton: "Replace and import",
  cancel: "Cancel",
  replacing: "Importing the form in {file}…",
  replaced: "{file}",
  imported_one: "1 file read",
  rowTarget_one: "{unit} · 1 cell written into sheet {sheet}",
  rowNothing: "{unit} · sheet {sheet}: no cell written",
  noForm: "no self-assessment form in the file",
  sum_written: "{count} cells written",
  sum_written_one: "1 cell written",
  sum_noneWritten: "no cell written",
  sum_replaced: "{count} of them replacing the workbook's value",
  sum_replaced_one: "1 of them replacing the workbook's value",
  sum_kept: "{count} cells kept as they were (a formula, merged cells or a change meanwhile)",
  sum_kept_one: "1 cell kept as it was (a formula, merged cells or a change meanwhile)",
  sum_conflicts: "{count} conflicts with the workbook's values, which are kept",
  sum_conflicts_one: "1 conflict with the workbook's value, which is kept",
  sum_unreadable: "{count} files could not be read",
  sum_unreadable_one: "1 file could not be read",
  conflicts: "{count} conflicts in {file}",
  conflicts_one: "1 conflict in {file}",
  conflictItem: "Criterion {criterion}: {value} in the file, {masterValue} in the workbook",
  replacements: "{count} workbook values replaced by those in {file}",
  replacements_one: "1 workbook value replaced by the one in {file}",
  replacedItem: "Criterion {criterion}: {masterValue} replaced by {value}",
});

/** The keys that count something: each has a `_one` form beside it (English: 1 cell, 2 cells). */
export type FormsUiCountKey = {
  [K in FormsUiKey]: `${K}_one` extends FormsUiKey ? K : never;
}[FormsUiKey];

/** A forms-tab label about `count` things, `{count}` filled in, in the singular for one. */
export function formsUiCount(
  lang: Lang,
  key: FormsUiCountKey,
  count: number,
  values: Record<string, string | number> = {},
): string {
  return formsUi(lang, count === 1 ? `${key}_one` : key, { ...values, count });
}
