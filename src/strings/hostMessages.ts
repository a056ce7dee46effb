import type { Lang } from "../engine/lang";
import type { ExcelHostErrorKind } from "../excel/ExcelHostError";
import { fillTemplate } from "./fillTemplate";

// What the secretary reads when Excel refuses the add-in's work: what happened and what to do, in both
// languages (a kind without a message in one of them is a compile error).
const MESSAGES: Record<Lang, Record<ExcelHostErrorKind, string>> = {
  vi: {
    protected:
      "Một trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính / Bảo vệ sổ làm việc) rồi xếp hạng lại.",
    "cell-edit": "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc, rồi xếp hạng lại.",
    "name-clash":
      'Tên "{name}" đã được dùng cho một trang tính hoặc tên không do tiện ích tạo. Hãy đổi tên trang đó rồi xếp hạng lại.',
    payload:
      "Kết quả quá lớn để Excel ghi một lần. Hãy đóng bớt sổ làm việc khác hoặc dùng Excel trên máy tính, rồi xếp hạng lại.",
    unsupported:
      "Phiên bản Excel này thiếu tính năng tiện ích cần. Hãy cập nhật Office (Excel 2019 trở lên hoặc Excel trên web) rồi xếp hạng lại.",
    "too-large":
      'Trang "{name}" quá lớn để đọc: hơn 2.000.000 ô có dữ liệu, hoặc dữ liệu nằm rải rác quá xa. Hãy xóa các ô thừa ở xa bảng (Ctrl+End cho thấy ô cuối) rồi xếp hạng lại.',
  },
  en: {
    protected:
      "A sheet or the workbook structure is protected. Unprotect it (Review › Unprotect Sheet / Protect Workbook) and run the ranking again.",
    "cell-edit":
      "Excel is still editing a cell. Press Enter or Esc to finish editing, then run the ranking again.",
    "name-clash":
      'The name "{name}" is already used by a sheet or name the add-in did not create. Rename that sheet, then run the ranking again.',
    payload:
      "The results are too large for Excel to write in one go. Close other workbooks or use Excel on the desktop, then run the ranking again.",
    unsupported:
      "This version of Excel lacks a feature the add-in needs. Update Office (Excel 2019 or newer, or Excel on the web) and run the ranking again.",
    "too-large":
      'The sheet "{name}" is too large to read: more than 2,000,000 cells hold data, or its data is spread too far. Delete the stray cells far from the table (Ctrl+End shows the last one), then run the ranking again.',
  },
};

/** The message for a host failure in a language; `name` fills in the clashing (or too large) sheet's name. */
export function hostErrorMessage(
  kind: ExcelHostErrorKind,
  lang: Lang,
  values: { name?: string } = {},
): string {
  return fillTemplate(MESSAGES[lang][kind], { name: values.name ?? "" });
}
