import type { Lang } from "../engine/lang";

/** One term of the glossary: the word every label uses for it in each language. */
export interface GlossaryTerm {
  vi: string;
  en: string;
}

/**
 * The terms of the pane, the sheets, the forms and the CLI, each once (issue 15: one word for one thing, so
 * that what the pane calls a note is a note on the Kiểm tra dữ liệu sheet too). Labels write the word of the
 * term they mean; where a label's word is a whole label, the dictionaries import it from here. Award names are
 * not terms: they come from the settings' award rules. What differs between a bloc and a cluster (khối/cụm,
 * Trưởng khối/Cụm trưởng) is in unitWords.ts and reaches labels through `{blocWord}`-style placeholders.
 * What each term means and the synonyms it replaces are in glossaryUsage.ts, apart: the pane's first bundle
 * carries every dictionary, and so the words only.
 */
export const GLOSSARY = {
  error: { vi: "lỗi", en: "error" },
  warning: { vi: "cảnh báo", en: "warning" },
  // Not thông tin: "3 thông tin" reads as three pieces of news; a note is what the pane has always said.
  info: { vi: "ghi chú", en: "note" },
  // The criteria table's column: Điểm tối đa is what the forms have always said, and the reader takes it.
  maxPoints: { vi: "điểm tối đa", en: "max points" },
  group: { vi: "nhóm tiêu chí", en: "group" },
  subCriterion: { vi: "tiêu chí con", en: "sub-criterion" },
  totalRow: { vi: "dòng tổng", en: "total row" },
  // Thủ công, not tay: "sửa tay" is workshop talk in an official document.
  byHand: { vi: "thủ công", en: "by hand" },
  replaced: { vi: "được thay bằng", en: "replaced by" },
  openInNewWorkbook: { vi: "Mở trong sổ làm việc mới", en: "Open in a new workbook" },
  workbook: { vi: "sổ làm việc", en: "workbook" },
  sheet: { vi: "trang tính", en: "sheet" },
  unit: { vi: "đơn vị", en: "unit" },
  roster: { vi: "danh sách đơn vị", en: "roster" },
  selfScore: { vi: "điểm tự chấm", en: "self score" },
  bonus: { vi: "điểm thưởng", en: "bonus" },
  deduction: { vi: "điểm trừ", en: "deduction" },
  classification: { vi: "xếp loại", en: "classification" },
  provisional: { vi: "tạm tính", en: "provisional" },
  proposal: { vi: "đề nghị khen thưởng", en: "award proposal" },
  passedOver: { vi: "không xét", en: "not considered" },
  ballot: { vi: "bỏ phiếu", en: "ballot" },
  conflict: { vi: "khác giá trị đã có", en: "conflict" },
  kept: { vi: "giữ nguyên", en: "kept" },
  // The leader's and deputy's titles differ between a bloc and a cluster: labels use the placeholders.
  leader: { vi: "{leaderWord}", en: "{leaderWord}" },
} as const satisfies Record<string, GlossaryTerm>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** A term's word in a language, with its first letter capitalised when it opens a label. */
export function term(key: GlossaryKey, lang: Lang, capital = false): string {
  const word: string = GLOSSARY[key][lang];
  return capital ? word.charAt(0).toLocaleUpperCase(lang) + word.slice(1) : word;
}
