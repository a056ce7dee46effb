import type { Lang } from "../engine/lang";
import type { XlsxErrorKind } from "../xlsx/XlsxError";
import { failureMessages } from "./failureMessages";

/** The command that met an unreadable or unwritable .xlsx: `bloc-rank`, `bloc-rank forms`, `bloc-rank merge`. */
export type CliAction = "rank" | "forms" | "merge";

// A file problem in a few words for one line of stderr (after the file's name), complete in both languages (a
// kind missing in one is a compile error); `{again}` is the command's own retry, `{name}` the sheet involved.
const KINDS: Record<Lang, Record<XlsxErrorKind, string>> = {
  vi: {
    "not-xlsx":
      "không phải sổ làm việc Excel (.xlsx); tệp Excel 97–2003 (.xls) hãy lưu lại thành .xlsx rồi {again}",
    corrupt: "tệp .xlsx bị hỏng, không đọc được; hãy mở bằng Excel, lưu lại rồi {again}",
    encrypted: "sổ làm việc có mật khẩu; hãy bỏ mật khẩu rồi {again}",
    empty: "sổ làm việc không có trang tính nào; hãy xem có đúng tệp không rồi {again}",
    "name-clash": 'đã có trang "{name}" không phải trang kết quả để thay; hãy đổi tên trang đó rồi {again}',
    "too-large":
      'trang "{name}" có hơn 2.000.000 ô có dữ liệu, quá nhiều để đọc; hãy xóa phần dữ liệu thừa hoặc chuyển sang sổ làm việc khác rồi {again}',
    protected:
      'trang "{name}" đang được bảo vệ, không ghi vào được; hãy mở tệp bằng Excel, bỏ bảo vệ trang đó (Xem lại › Bỏ bảo vệ trang tính), lưu lại rồi {again}',
  },
  en: {
    "not-xlsx": "not an Excel workbook (.xlsx); save an Excel 97–2003 (.xls) file as .xlsx, then {again}",
    corrupt: "the .xlsx file is damaged and cannot be read; open it in Excel, save it, then {again}",
    encrypted: "the workbook is password-protected; remove the password, then {again}",
    empty: "the workbook has no worksheet; check that it is the right file, then {again}",
    "name-clash": 'a sheet "{name}" exists and is not an output to replace; rename it, then {again}',
    "too-large":
      'the sheet "{name}" holds more than 2,000,000 non-empty cells, too many to read; delete the surplus data or move it to another workbook, then {again}',
    protected:
      'the sheet "{name}" is protected and cannot be written; open the file in Excel, unprotect that sheet (Review › Unprotect Sheet), save it, then {again}',
  },
};

// Each command's retry, the end of every message above.
const AGAIN: Record<Lang, Record<CliAction, string>> = {
  vi: {
    rank: "chạy lại bloc-rank",
    forms: "chạy lại bloc-rank forms",
    merge: "chạy lại bloc-rank merge",
  },
  en: {
    rank: "run bloc-rank again",
    forms: "run bloc-rank forms again",
    merge: "run bloc-rank merge again",
  },
};

/** The .xlsx failures' words: `words` for the glossary's check, `actions` for the tests. */
export const XLSX_FAILURES = /* @__PURE__ */ failureMessages(KINDS, AGAIN);

/** What a command says when an .xlsx could not be read or written, in a language; `subject` names the sheet. */
export const xlsxErrorMessage = XLSX_FAILURES.message;
