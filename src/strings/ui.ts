// Labels of the task pane and ribbon UI. Issue messages live with their codes elsewhere in src/strings;
// these are only the words on screen. Vietnamese is the reference language: every key it has, English
// must have too, and English may not invent keys of its own (both are compile errors, DESIGN §6).

import type { Lang } from "../engine/lang";

export type { Lang };

const vi = {
  productName: "Chấm điểm khối thi đua",
  productTagline: "Bloc Scoring for Excel",
  description:
    "Tiện ích đọc bảng tiêu chí và điểm tự chấm, điểm khối chấm của các đơn vị trong khối thi đua " +
    "ngay trong sổ làm việc, rồi lập bảng xếp hạng, xếp loại, đề nghị khen thưởng và bảng kiểm tra dữ liệu " +
    "thành các trang tính có thể in, ký và gửi cho người không cài tiện ích.",
  rankButton: "Xếp hạng đơn vị",
  rankComingLater: "Chức năng xếp hạng sẽ có trong phiên bản sau.",
  outsideOffice:
    "Trang này cần chạy bên trong Excel. Hãy mở tiện ích từ Excel trên máy tính hoặc Excel trên web.",
  versionLabel: "Phiên bản",
} as const;

export type UiKey = keyof typeof vi;
export type UiStrings = Readonly<Record<UiKey, string>>;

const en = {
  productName: "Bloc Scoring for Excel",
  productTagline: "Chấm điểm khối thi đua",
  description:
    "The add-in reads the criteria table and the self-assessment and bloc-review scores of the member " +
    "units of an emulation bloc (khối thi đua) in the workbook, then writes the ranking, classification, " +
    "award proposals and a data check as sheets that can be printed, signed and mailed to people " +
    "without the add-in.",
  rankButton: "Rank units",
  rankComingLater: "Ranking arrives in a later version.",
  outsideOffice: "This page must run inside Excel. Open the add-in from Excel on the desktop or on the web.",
  versionLabel: "Version",
} satisfies Record<UiKey, string>;

export const uiStrings: Readonly<Record<Lang, UiStrings>> = { vi, en };

/** Office reports e.g. "en-US" or "vi-VN"; the bloc secretary's audience is Vietnamese, so anything not English is vi. */
export function pickLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.trim().toLowerCase().startsWith("en") ? "en" : "vi";
}
