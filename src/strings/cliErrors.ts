import { dictionary, type KeyOf } from "./dictionary";

/** A command-line error: its key is the `code` of the --json failure object. */
export type CliErrorCode = KeyOf<typeof cliError>;

// The command line's usage and file errors (DESIGN §8: every message follows --lang), complete in both
// languages. The keys double as the stable `error.code` of the --json failure object. What is wrong inside an
// .xlsx (not-xlsx, corrupt…) is worded by command in xlsxMessages.ts, its XlsxError kind the code.
const vi = {
  usage: "cách dùng:",
  "usage-needs-value": "{option} cần một tên tệp hoặc thư mục theo sau, không phải {value}",
  "usage-lang": "--lang nhận vi hoặc en, không phải {value}",
  "usage-unknown-option": "không có tùy chọn {option}",
  "usage-check-rank-only": "--check chỉ dùng khi xếp hạng, không dùng với {command}",
  "usage-replace-merge-only": "--replace chỉ dùng với merge",
  "usage-no-master": "chưa nêu sổ làm việc chính",
  "usage-no-returned": "chưa nêu tệp phiếu gửi về nào",
  "usage-no-workbook": "chưa nêu sổ làm việc",
  "usage-one-workbook": "mỗi lần chỉ một sổ làm việc",
  "usage-check-no-output": "--check không ghi tệp nào; hãy bỏ -o",
  "usage-help-topic":
    "không có lệnh {command} để hướng dẫn; hãy dùng bloc-rank help, help forms hoặc help merge",
  "file-not-found": "không tìm thấy tệp",
  "is-folder": "là một thư mục, không phải sổ làm việc",
  "not-regular-file": "không phải tệp thông thường (ống dẫn, thiết bị…); chỉ đọc tệp .xlsx thông thường",
  "permission-denied": "không có quyền truy cập",
  "file-error": "lỗi tệp: {detail}",
  "same-as-input":
    "đây là tệp đầu vào {input} (cùng tên, hoặc một tên khác của chính tệp đó: liên kết cứng, liên kết tượng trưng); không ghi đè tệp đầu vào — hãy chọn -o khác",
  "forms-exist":
    "thư mục đã có {n} trùng tên phiếu (có thể là phiếu đơn vị đã gửi về), không ghi đè: {files}. Chưa ghi tệp nào; hãy chọn thư mục khác bằng -o hoặc chuyển các tệp đó đi.",
  internal: "lỗi nội bộ: {detail}",
} as const;

/**
 * The command line's error messages in both languages, and their lookup: a message with `{name}` placeholders
 * filled in.
 */
export const cliError = /* @__PURE__ */ dictionary(vi, {
  usage: "usage:",
  "usage-needs-value": "{option} needs a file or folder name after it, not {value}",
  "usage-lang": "--lang takes vi or en, not {value}",
  "usage-unknown-option": "unknown option {option}",
  "usage-check-rank-only": "--check is for ranking only, not {command}",
  "usage-replace-merge-only": "--replace is for merge only",
  "usage-no-master": "no master workbook given",
  "usage-no-returned": "no returned workbook given",
  "usage-no-workbook": "no workbook given",
  "usage-one-workbook": "give one workbook at a time",
  "usage-check-no-output": "--check writes nothing; drop -o",
  "usage-help-topic": "no command {command} to describe; use bloc-rank help, help forms or help merge",
  "file-not-found": "file not found",
  "is-folder": "is a folder, not a workbook",
  "not-regular-file": "not a regular file (a pipe, a device…); only plain .xlsx files are read",
  "permission-denied": "permission denied",
  "file-error": "file error: {detail}",
  "same-as-input":
    "this is the input {input} (the same name, or another name of that very file: a hard link, a symlink); the input is never written over — choose another -o",
  "forms-exist":
    "the folder already holds {n} with the forms' names (perhaps forms the units sent back), not overwritten: {files}. Nothing written; choose another folder with -o or move those files away.",
  internal: "internal error: {detail}",
});
