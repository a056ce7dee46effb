// Words of the ribbon's failure dialog (src/dialog). Kept apart from ui.ts so that the dialog page carries only
// these few words, not the whole task pane's. The host failures' own messages are in hostMessages.ts.
// Vietnamese is the reference: English must have the same keys and no others (both are compile errors).

import { dictionary } from "./dictionary";

const vi = {
  pageTitle: "Chấm điểm khối thi đua",
  hostHeading: "Excel không thực hiện được",
  unexpectedHeading: "Đã xảy ra lỗi",
  unexpected:
    "Lỗi không mong đợi: {message}. Hãy thử lại; nếu lỗi lặp lại, gửi sổ làm việc cho người hỗ trợ.",
  generic:
    "Tiện ích không hoàn thành được việc này. Hãy thử lại; nếu lỗi lặp lại, gửi sổ làm việc cho người hỗ trợ.",
  close: "Đóng",
} as const;

/**
 * The dialog's words in both languages, and their lookup: a dialog word with `{name}` placeholders filled in.
 */
export const dialogWord = /* @__PURE__ */ dictionary(vi, {
  pageTitle: "Bloc Scoring for Excel",
  hostHeading: "Excel could not do it",
  unexpectedHeading: "Something went wrong",
  unexpected:
    "Unexpected error: {message}. Try again; if it happens again, send the workbook to your support contact.",
  generic:
    "The add-in could not finish this. Try again; if it happens again, send the workbook to your support contact.",
  close: "Close",
});
