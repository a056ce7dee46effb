import type { Lang } from "../engine/lang";
import type { ExcelHostErrorKind } from "../excel/ExcelHostError";
import { failureMessages } from "./failureMessages";

/**
 * What the secretary was doing when Excel refused: the pane's and the ribbon's actions. A host failure's
 * message ends with doing that again (`{again}`), so a failed settings save does not tell her to rank.
 * - `rank`, `check`: the ribbon's and the pane's Xếp hạng đơn vị and Kiểm tra dữ liệu;
 * - `read`: reading the workbook (the pane opening, Đọc lại sổ làm việc, the settings tab opening);
 * - `select`: going to an issue's cell or to the award rules;
 * - `settings`: saving the settings or creating their sheet;
 * - `forms`, `import`: making the units' forms (or opening one as a workbook), importing the returned ones;
 * - `sample`: inserting a sample bloc.
 */
export type HostAction = "rank" | "check" | "read" | "select" | "settings" | "forms" | "import" | "sample";

// What happened and what to do, in both languages (a kind without a message in one of them is a compile
// error); `{again}` is the action's own retry, `{name}` the sheet or name involved.
const KINDS: Record<Lang, Record<ExcelHostErrorKind, string>> = {
  vi: {
    protected:
      "Một trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính / Bảo vệ sổ làm việc) rồi {again}.",
    "cell-edit": "Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc để kết thúc, rồi {again}.",
    "name-clash":
      'Tên "{name}" đã được dùng cho một trang tính hoặc tên không do tiện ích tạo. Hãy đổi tên trang đó rồi {again}.',
    payload:
      "Dữ liệu quá lớn để Excel gửi hoặc nhận một lần. Hãy đóng bớt sổ làm việc khác hoặc dùng Excel trên máy tính, rồi {again}.",
    unsupported:
      "Phiên bản Excel này thiếu tính năng tiện ích cần. Hãy cập nhật Office (Excel 2019 trở lên hoặc Excel trên web) rồi {again}.",
    "too-large":
      'Trang "{name}" quá lớn để đọc: hơn 2.000.000 ô có dữ liệu, hoặc dữ liệu nằm rải rác quá xa. Hãy xóa các ô thừa ở xa bảng (Ctrl+End cho thấy ô cuối) rồi {again}.',
    busy: "Excel đang bận nên chưa làm được việc này: có thể một ô đang được sửa hoặc một hộp thoại đang mở. Hãy nhấn Enter hoặc Esc để kết thúc sửa ô, đóng các hộp thoại đang mở, rồi {again}.",
    "excel-failed":
      "Excel gặp lỗi riêng của nó và không hoàn tất được việc này. Hãy lưu sổ làm việc, đóng các sổ làm việc khác rồi {again}; nếu vẫn lỗi, hãy khởi động lại Excel hoặc cập nhật Office.",
    "formula-too-long":
      "Một công thức cần ghi dài quá 8.192 ký tự, giới hạn của Excel. Hãy đặt tên ngắn hơn cho các trang tính và đơn vị, hoặc chia tiêu chí có quá nhiều tiêu chí con, rồi {again}.",
  },
  en: {
    protected:
      "A sheet or the workbook structure is protected. Unprotect it (Review › Unprotect Sheet / Protect Workbook), then {again}.",
    "cell-edit": "Excel is still editing a cell. Press Enter or Esc to finish editing, then {again}.",
    "name-clash":
      'The name "{name}" is already used by a sheet or name the add-in did not create. Rename that sheet, then {again}.',
    payload:
      "The data is too large for Excel to send or receive in one go. Close other workbooks or use Excel on the desktop, then {again}.",
    unsupported:
      "This version of Excel lacks a feature the add-in needs. Update Office (Excel 2019 or newer, or Excel on the web), then {again}.",
    "too-large":
      'The sheet "{name}" is too large to read: more than 2,000,000 cells hold data, or its data is spread too far. Delete the stray cells far from the table (Ctrl+End shows the last one), then {again}.',
    busy: "Excel is busy and cannot do this now: a cell may be being edited or a dialog may be open. Press Enter or Esc to finish editing the cell, close any open dialog, then {again}.",
    "excel-failed":
      "Excel failed for a reason of its own and could not finish. Save the workbook, close other workbooks, then {again}; if it keeps failing, restart Excel or update Office.",
    "formula-too-long":
      "A formula to write is longer than Excel's 8,192 characters. Give the sheets and units shorter names, or split a criterion with very many sub-criteria, then {again}.",
  },
};

// Each action's retry, the end of every message above.
const AGAIN: Record<Lang, Record<HostAction, string>> = {
  vi: {
    rank: "bấm lại Xếp hạng đơn vị",
    check: "bấm lại Kiểm tra dữ liệu",
    read: "bấm Đọc lại sổ làm việc",
    select: "bấm lại vào mục vừa chọn",
    settings: "lưu lại cấu hình",
    forms: "tạo lại phiếu",
    import: "nhập lại phiếu đã gửi về",
    sample: "chèn lại dữ liệu mẫu",
  },
  en: {
    rank: "press Rank units again",
    check: "press Check data again",
    read: "press Read the workbook again",
    select: "click the item again",
    settings: "save the settings again",
    forms: "create the forms again",
    import: "import the returned forms again",
    sample: "insert the sample data again",
  },
};

const HOST = /* @__PURE__ */ failureMessages(KINDS, AGAIN);

/** Every HostAction, for the dialog's query and the tests. */
export const HOST_ACTIONS = HOST.actions;

/** Whether a text (a dialog query's `action`, say) is a HostAction. */
export const isHostAction = (action: string | null): action is HostAction =>
  action !== null && HOST_ACTIONS.indexOf(action as HostAction) >= 0;

/** Every host failure's words in both languages, for the glossary's check. */
export const HOST_MESSAGES = HOST.words;

/**
 * What the secretary reads when Excel refused `action`: what happened, what to do, and to do the action again;
 * `subject` fills in the clashing (or too large) sheet's name.
 */
export const hostErrorMessage = HOST.message;
