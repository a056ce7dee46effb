import type { Lang } from "../engine/lang";

/**
 * A word or phrase that must not stand for a glossary term: a plain string matches case-insensitively
 * anywhere in a label; a regular expression says where (e.g. only as a whole label, or after `{infos}`).
 */
export type Avoided = string | RegExp;

/** One term of the glossary: the word every label uses for it in each language, and the words it replaces. */
export interface GlossaryTerm {
  vi: string;
  en: string;
  /** What the term means, for whoever writes the next label. */
  means: string;
  /** Synonyms that read as another thing, or oddly; test/strings/glossary.test.ts rejects them in src/strings. */
  avoid: Readonly<Record<Lang, readonly Avoided[]>>;
}

/**
 * The terms of the pane, the sheets, the forms and the CLI, each once (issue 15: one word for one thing, so
 * that what the pane calls a note is a note on the Kiểm tra dữ liệu sheet too). Labels write the word of the
 * term they mean; where a label's word is a whole label, the dictionaries import it from here. Award names are
 * not terms: they come from the settings' award rules. What differs between a bloc and a cluster (khối/cụm,
 * Trưởng khối/Cụm trưởng) is in unitWords.ts and reaches labels through `{blocWord}`-style placeholders.
 */
export const GLOSSARY = {
  error: {
    vi: "lỗi",
    en: "error",
    means: "an issue of severity error: the result is provisional until it is fixed",
    avoid: { vi: [], en: [] },
  },
  warning: {
    vi: "cảnh báo",
    en: "warning",
    means: "an issue of severity warning: the result stands, but the secretary should look",
    avoid: { vi: [], en: [] },
  },
  // Not thông tin: "3 thông tin" reads as three pieces of news; a note is what the pane has always said.
  info: {
    vi: "ghi chú",
    en: "note",
    means: "an issue of severity info: something the add-in did or assumed, nothing to fix",
    avoid: {
      vi: [/^\s*thông tin\s*$/iu, /\{infos\}\s*thông tin/iu, /\d\s*thông tin\b/iu],
      en: [/^\s*info\s*$/iu, /\{infos\}\s*infos?\b/iu],
    },
  },
  // The criteria table's column: Điểm tối đa is what the forms have always said, and the reader takes it.
  maxPoints: {
    vi: "điểm tối đa",
    en: "max points",
    means: "the most a criterion can score (the criteria table's column, the forms' column)",
    avoid: { vi: ["điểm chuẩn"], en: [/\bmax(imum)? score\b/iu, /^\s*max\s*$/iu, "standard points"] },
  },
  group: {
    vi: "nhóm tiêu chí",
    en: "group",
    means: "a top-level criterion (I, II, …) whose sub-criteria add up to it; also `nhóm I`",
    avoid: { vi: ["tiêu chí lớn", "nhóm lớn"], en: ["main criteri", "major criteri"] },
  },
  subCriterion: {
    vi: "tiêu chí con",
    en: "sub-criterion",
    means: "a criterion under another one",
    avoid: { vi: [], en: [] },
  },
  totalRow: {
    vi: "dòng tổng",
    en: "total row",
    means: "the row of a criterion that has sub-criteria, whose points are their sum",
    avoid: { vi: [], en: ["parent row"] },
  },
  // Thủ công, not tay: "sửa tay" is workshop talk in an official document.
  byHand: {
    vi: "thủ công",
    en: "by hand",
    means: "done by the secretary in the cell, not by the add-in (sửa thủ công, nhập thủ công)",
    avoid: { vi: ["sửa tay", "gõ tay", "nhập tay"], en: [] },
  },
  replaced: {
    vi: "được thay bằng",
    en: "replaced by",
    means: "a value in the workbook written over by the one in a returned form",
    // "bị thay đổi" (was changed) is a different word.
    avoid: { vi: [/bị thay(?! đổi)/iu], en: [] },
  },
  openInNewWorkbook: {
    vi: "Mở trong sổ làm việc mới",
    en: "Open in a new workbook",
    means: "the forms tab's action: Excel opens a unit's form as a new workbook, to be saved and mailed",
    avoid: { vi: ["mở thành tệp"], en: ["open as file"] },
  },
  workbook: {
    vi: "sổ làm việc",
    en: "workbook",
    means: "an Excel file (.xlsx), as Excel's own Vietnamese menus call it",
    avoid: { vi: [/sổ[ _]tính/iu], en: [] },
  },
  sheet: {
    vi: "trang tính",
    en: "sheet",
    means: "one worksheet of a workbook (trang, in a label that names it: trang Xếp hạng)",
    avoid: { vi: [], en: [] },
  },
  unit: {
    vi: "đơn vị",
    en: "unit",
    means: "a member of the bloc or cluster",
    avoid: { vi: [], en: [] },
  },
  roster: {
    vi: "danh sách đơn vị",
    en: "roster",
    means: "the sheet listing the units with their roles, votes and eligibility",
    avoid: { vi: [], en: [] },
  },
  selfScore: {
    vi: "điểm tự chấm",
    en: "self score",
    means: "the points a unit gives itself on its form",
    avoid: { vi: [], en: [] },
  },
  bonus: {
    vi: "điểm thưởng",
    en: "bonus",
    means: "points added on top of the groups",
    avoid: { vi: [], en: [] },
  },
  deduction: {
    vi: "điểm trừ",
    en: "deduction",
    means: "points taken off",
    avoid: { vi: [], en: [/\bpenalt(y|ies)\b/iu] },
  },
  classification: {
    vi: "xếp loại",
    en: "classification",
    means: "the class a total reaches (the names come from the settings' classification names)",
    avoid: { vi: [], en: [] },
  },
  provisional: {
    vi: "tạm tính",
    en: "provisional",
    means: "a result computed while data errors remain: ranked, but no award is proposed",
    avoid: { vi: [], en: [] },
  },
  proposal: {
    vi: "đề nghị khen thưởng",
    en: "award proposal",
    means: "the units the bloc proposes for each award of the settings' award rules",
    avoid: { vi: [], en: [] },
  },
  passedOver: {
    vi: "không xét",
    en: "not considered",
    means: "a unit within reach of an award left out for a reason (ineligible, under review, a minimum)",
    avoid: { vi: [], en: [] },
  },
  ballot: {
    vi: "bỏ phiếu",
    en: "ballot",
    means: "the vote that settles units tied across an award's quota",
    avoid: { vi: [], en: [] },
  },
  conflict: {
    vi: "khác giá trị đã có",
    en: "conflict",
    means: "a returned form's value for a cell that already holds a different one (kept, not written)",
    avoid: { vi: [], en: [] },
  },
  kept: {
    vi: "giữ nguyên",
    en: "kept",
    means: "a cell of the workbook an import did not write (a formula, merged cells, a conflict)",
    avoid: { vi: [], en: [] },
  },
  // The leader's and deputy's titles differ between a bloc and a cluster: labels use the placeholders.
  leader: {
    vi: "{leaderWord}",
    en: "{leaderWord}",
    means: "the bloc's leader unit: Trưởng khối or Cụm trưởng, from unitWords.ts",
    avoid: {
      vi: ["trưởng khối", "cụm trưởng", "phó khối", "cụm phó"],
      en: ["bloc leader", "cluster leader"],
    },
  },
} as const satisfies Record<string, GlossaryTerm>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** A term's word in a language, with its first letter capitalised when it opens a label. */
export function term(key: GlossaryKey, lang: Lang, capital = false): string {
  const word: string = GLOSSARY[key][lang];
  return capital ? word.charAt(0).toLocaleUpperCase(lang) + word.slice(1) : word;
}
