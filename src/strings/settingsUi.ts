// Words of the task pane's settings view. The keys' names, notes and choice words come from the engine's
// settings tables (what the sheet itself says); these are only the view's own words. As in ui.ts, Vietnamese
// is the reference: English must have every key it has and no other (both are compile errors).

import { dictionary } from "./dictionary";

const vi = {
  loading: "Đang đọc cấu hình…",
  fieldsLabel: "Các tham số cấu hình",
  fromSheet: "Đọc từ trang {sheet}. Khi lưu, chỉ các ô giá trị đã sửa được ghi lại.",
  noSheet:
    "Sổ làm việc chưa có trang Cấu hình nên đang dùng giá trị mặc định. Có thể sửa các giá trị dưới đây rồi tạo trang để cấu hình đi cùng sổ làm việc.",
  lang_vi: "vi (tiếng Việt)",
  lang_en: "en (tiếng Anh)",
  invalidOption: "{value} (không hợp lệ)",
  changedCount: "{count} thay đổi chưa lưu",
  saveButton: "Lưu cấu hình",
  createButton: "Tạo trang Cấu hình",
  discardButton: "Bỏ thay đổi",
  reloadButton: "Đọc lại cấu hình",
  saving: "Đang lưu…",
  saved: "Đã ghi vào trang {sheet}: {keys}.",
  created: "Đã tạo trang {sheet}. Từ nay tiện ích đọc cấu hình từ trang này.",
  invalid: "Có giá trị chưa hợp lệ nên chưa ghi gì. Hãy sửa các ô được đánh dấu.",
  noRoom:
    "Trang {sheet} chỉ còn {free} dòng trống phía trên bảng quy tắc khen thưởng (ô {cell}), cần {needed} dòng cho các tham số mới. Hãy chèn thêm dòng trống phía trên bảng rồi lưu lại; chưa có gì được ghi.",
  sheetIssues: "Trang cấu hình còn {count} vấn đề khác:",
  rulesHeading: "Quy tắc khen thưởng",
  rulesFromSheet: "Đọc từ bảng ở trang {sheet}; hãy sửa bảng ngay trên trang tính.",
  rulesDefault: "Mặc định: trang cấu hình chưa có bảng quy tắc khen thưởng.",
  rulesNone: "Bảng quy tắc không có dòng nào.",
  goToRules: "Mở bảng quy tắc ở trang {sheet}",
} as const;

/**
 * The settings view's words in both languages, and their lookup: a label with `{name}` placeholders filled
 * in.
 */
export const settingsUi = /* @__PURE__ */ dictionary(vi, {
  loading: "Reading the settings…",
  fieldsLabel: "Settings",
  fromSheet: "Read from sheet {sheet}. Saving writes back only the values you changed.",
  noSheet:
    "The workbook has no Settings sheet, so the defaults apply. Change the values below if needed, then create the sheet so that the settings travel with the workbook.",
  lang_vi: "vi (Vietnamese)",
  lang_en: "en (English)",
  invalidOption: "{value} (not valid)",
  changedCount: "{count} unsaved changes",
  saveButton: "Save settings",
  createButton: "Create the Settings sheet",
  discardButton: "Discard changes",
  reloadButton: "Read the settings again",
  saving: "Saving…",
  saved: "Written to sheet {sheet}: {keys}.",
  created: "Sheet {sheet} created. The add-in reads its settings from it from now on.",
  invalid: "Some values are not valid, so nothing was written. Correct the marked fields.",
  noRoom:
    "Sheet {sheet} has only {free} blank rows above the award-rules table (cell {cell}); the new settings need {needed}. Insert blank rows above the table, then save again; nothing was written.",
  sheetIssues: "{count} other problems on the settings sheet:",
  rulesHeading: "Award rules",
  rulesFromSheet: "Read from the table on sheet {sheet}; edit the table on the sheet itself.",
  rulesDefault: "Defaults: the settings sheet has no award-rules table.",
  rulesNone: "The rules table has no rows.",
  goToRules: "Go to the rules table on sheet {sheet}",
});
