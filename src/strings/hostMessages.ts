import type { Lang } from "../engine/lang";
import type { ExcelHostErrorKind } from "../excel/ExcelHostError";
import { fillTemplate } from "./fillTemplate";

// What the secretary reads when Excel refuses the add-in's work: what happened and what to do, in both
// languages (a kind without a message in one of them is a compile error).
const MESSAGES: Record<Lang, Record<ExcelHostErrorKind, string>> = {
  vi: {
    protected:
      "Một trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính / Bảo vệ sổ làm việc) rồi thử lại.",
    "cell-edit": "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc, rồi thử lại.",
    "name-clash":
      'Tên "{name}" đã được dùng cho một trang tính hoặc tên không do tiện ích tạo. Hãy đổi tên trang đó rồi thử lại.',
    payload:
      "Dữ liệu quá lớn để Excel gửi hoặc nhận một lần. Hãy đóng bớt sổ làm việc khác hoặc dùng Excel trên máy tính, rồi thử lại.",
    unsupported:
      "Phiên bản Excel này thiếu tính năng tiện ích cần. Hãy cập nhật Office (Excel 2019 trở lên hoặc Excel trên web) rồi thử lại.",
    "too-large":
      'Trang "{name}" quá lớn để đọc: hơn 2.000.000 ô có dữ liệu, hoặc dữ liệu nằm rải rác quá xa. Hãy xóa các ô thừa ở xa bảng (Ctrl+End cho thấy ô cuối) rồi thử lại.',
    busy: "Excel đang bận nên chưa làm được việc này: có thể một ô đang được sửa hoặc một hộp thoại đang mở. Hãy nhấn Enter hoặc Esc để kết thúc sửa ô, đóng các hộp thoại đang mở, rồi thử lại.",
    "excel-failed":
      "Excel gặp lỗi riêng của nó và không hoàn tất được việc này. Hãy lưu sổ làm việc, đóng các sổ làm việc khác rồi thử lại; nếu vẫn lỗi, hãy khởi động lại Excel hoặc cập nhật Office.",
    "formula-too-long":
      "Một công thức cần ghi dài quá 8.192 ký tự, giới hạn của Excel. Hãy đặt tên ngắn hơn cho các trang tính và đơn vị, hoặc chia tiêu chí có quá nhiều tiêu chí con, rồi thử lại.",
  },
  en: {
    protected:
      "A sheet or the workbook structure is protected. Unprotect it (Review › Unprotect Sheet / Protect Workbook) and try again.",
    "cell-edit": "Excel is still editing a cell. Press Enter or Esc to finish editing, then try again.",
    "name-clash":
      'The name "{name}" is already used by a sheet or name the add-in did not create. Rename that sheet, then try again.',
    payload:
      "The data is too large for Excel to send or receive in one go. Close other workbooks or use Excel on the desktop, then try again.",
    unsupported:
      "This version of Excel lacks a feature the add-in needs. Update Office (Excel 2019 or newer, or Excel on the web) and try again.",
    "too-large":
      'The sheet "{name}" is too large to read: more than 2,000,000 cells hold data, or its data is spread too far. Delete the stray cells far from the table (Ctrl+End shows the last one), then try again.',
    busy: "Excel is busy and cannot do this now: a cell may be being edited or a dialog may be open. Press Enter or Esc to finish editing the cell, close any open dialog, then try again.",
    "excel-failed":
      "Excel failed for a reason of its own and could not finish. Save the workbook, close other workbooks and try again; if it keeps failing, restart Excel or update Office.",
    "formula-too-long":
      "A formula to write is longer than Excel's 8,192 characters. Give the sheets and units shorter names, or split a criterion with very many sub-criteria, then try again.",
  },
};

/** Every host failure's message in both languages, for the glossary's check. */
export const HOST_MESSAGES: Readonly<Record<Lang, Readonly<Record<ExcelHostErrorKind, string>>>> = MESSAGES;

/** The message for a host failure in a language; `name` fills in the clashing (or too large) sheet's name. */
export function hostErrorMessage(
  kind: ExcelHostErrorKind,
  lang: Lang,
  values: { name?: string } = {},
): string {
  return fillTemplate(MESSAGES[lang][kind], { name: values.name ?? "" });
}
