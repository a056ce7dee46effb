import type { Lang } from "../engine/lang";
import type { GlossaryKey } from "./glossary";

/**
 * A word or phrase that must not stand for a glossary term: a plain string matches case-insensitively
 * anywhere in a label; a regular expression says where (e.g. only as a whole label, or after `{infos}`).
 */
export type Avoided = string | RegExp;

/** How a glossary term is used: what it means, and the synonyms it replaces. */
export interface TermUsage {
  /** What the term means, for whoever writes the next label. */
  means: string;
  /** Synonyms that read as another thing, or oddly; test/strings/glossary.test.ts rejects them in src/strings. */
  avoid: Readonly<Record<Lang, readonly Avoided[]>>;
}

/**
 * Each term of glossary.ts explained, with the words labels must not use for it. Only the glossary's test reads
 * this file, so none of it reaches a bundle; a term missing here is a compile error.
 */
export const GLOSSARY_USAGE: Readonly<Record<GlossaryKey, TermUsage>> = {
  error: {
    means: "an issue of severity error: the result is provisional until it is fixed",
    avoid: { vi: [], en: [] },
  },
  warning: {
    means: "an issue of severity warning: the result stands, but the secretary should look",
    avoid: { vi: [], en: [] },
  },
  info: {
    means: "an issue of severity info: something the add-in did or assumed, nothing to fix",
    avoid: {
      vi: [/^\s*thông tin\s*$/iu, /\{infos\}\s*thông tin/iu, /\d\s*thông tin\b/iu],
      en: [/^\s*info\s*$/iu, /\{infos\}\s*infos?\b/iu],
    },
  },
  maxPoints: {
    means: "the most a criterion can score (the criteria table's column, the forms' column)",
    avoid: { vi: ["điểm chuẩn"], en: [/\bmax(imum)? score\b/iu, /^\s*max\s*$/iu, "standard points"] },
  },
  group: {
    means: "a top-level criterion (I, II, …) whose sub-criteria add up to it; also `nhóm I`",
    avoid: { vi: ["tiêu chí lớn", "nhóm lớn"], en: ["main criteri", "major criteri"] },
  },
  subCriterion: {
    means: "a criterion under another one",
    avoid: { vi: [], en: [] },
  },
  totalRow: {
    means: "the row of a criterion that has sub-criteria, whose points are their sum",
    avoid: { vi: [], en: ["parent row"] },
  },
  byHand: {
    means: "done by the secretary in the cell, not by the add-in (sửa thủ công, nhập thủ công)",
    avoid: { vi: ["sửa tay", "gõ tay", "nhập tay"], en: [] },
  },
  replaced: {
    means: "a value in the workbook written over by the one in a returned form",
    // "bị thay đổi" (was changed) is a different word.
    avoid: { vi: [/bị thay(?! đổi)/iu], en: [] },
  },
  openInNewWorkbook: {
    means: "the forms tab's action: Excel opens a unit's form as a new workbook, to be saved and mailed",
    avoid: { vi: ["mở thành tệp"], en: ["open as file"] },
  },
  workbook: {
    means: "an Excel file (.xlsx), as Excel's own Vietnamese menus call it",
    avoid: { vi: [/sổ[ _]tính/iu], en: [] },
  },
  sheet: {
    means: "one worksheet of a workbook (trang, in a label that names it: trang Xếp hạng)",
    avoid: { vi: [], en: [] },
  },
  unit: {
    means: "a member of the bloc or cluster",
    avoid: { vi: [], en: [] },
  },
  roster: {
    means: "the sheet listing the units with their roles, votes and eligibility",
    avoid: { vi: [], en: [] },
  },
  selfScore: {
    means: "the points a unit gives itself on its form",
    avoid: { vi: [], en: [] },
  },
  bonus: {
    means: "points added on top of the groups",
    avoid: { vi: [], en: [] },
  },
  deduction: {
    means: "points taken off",
    avoid: { vi: [], en: [/\bpenalt(y|ies)\b/iu] },
  },
  classification: {
    means: "the class a total reaches (the names come from the settings' classification names)",
    avoid: { vi: [], en: [] },
  },
  provisional: {
    means: "a result computed while data errors remain: ranked, but no award is proposed",
    avoid: { vi: [], en: [] },
  },
  proposal: {
    means: "the units the bloc proposes for each award of the settings' award rules",
    avoid: { vi: [], en: [] },
  },
  passedOver: {
    means: "a unit within reach of an award left out for a reason (ineligible, under review, a minimum)",
    avoid: { vi: [], en: [] },
  },
  ballot: {
    means: "the vote that settles units tied across an award's quota",
    avoid: { vi: [], en: [] },
  },
  conflict: {
    means: "a returned form's value for a cell that already holds a different one (kept, not written)",
    avoid: { vi: [], en: [] },
  },
  kept: {
    means: "a cell of the workbook an import did not write (a formula, merged cells, a conflict)",
    avoid: { vi: [], en: [] },
  },
  leader: {
    means: "the bloc's leader unit: Trưởng khối or Cụm trưởng, from unitWords.ts",
    avoid: {
      vi: ["trưởng khối", "cụm trưởng", "phó khối", "cụm phó"],
      en: ["bloc leader", "cluster leader"],
    },
  },
};
