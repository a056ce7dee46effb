import type { Lang } from "../lang";
import { foldLabel, labelMatcher, type Labels } from "./labels";
import type { TieBreak } from "./settings";

type SimpleTieBreak = Exclude<TieBreak, { kind: "group" }>["kind"];

/** The words of the tie-break steps; a group step is written with GROUP_WORD and the group's code. */
export const TIE_BREAK_WORDS: Readonly<Record<SimpleTieBreak, Labels>> = {
  penalty: {
    vi: "điểm trừ",
    en: "deductions",
    also: ["ít điểm trừ hơn", "trừ điểm", "deduction", "penalty", "penalties", "fewer deductions"],
  },
  bonus: { vi: "điểm thưởng", en: "bonus", also: ["điểm cộng", "nhiều điểm thưởng hơn", "more bonus"] },
  votes: {
    vi: "phiếu",
    en: "votes",
    also: ["tỷ lệ phiếu", "tỉ lệ phiếu", "phiếu bầu", "tỷ lệ phiếu bầu", "vote share", "vote", "votes share"],
  },
  women: {
    vi: "tỷ lệ nữ",
    en: "women's share",
    also: ["tỉ lệ nữ", "tỷ lệ cán bộ nữ", "nữ", "women", "women share", "share of women", "female share"],
  },
};

export const GROUP_WORD: Readonly<Labels> = { vi: "nhóm", en: "group" };

/** What an empty chain is written as: `không` / `none`. */
export const NO_TIE_BREAKS: Readonly<Labels> = { vi: "không", en: "none", also: ["không có", "no"] };

const matchSimple = labelMatcher(TIE_BREAK_WORDS);
const matchNone = labelMatcher({ none: NO_TIE_BREAKS });

// "nhóm I", "group iii", "điểm nhóm II", "nhóm 1" (a table without groups ranks its top criteria).
const GROUP = /^(?:diem )?(?:nhom|group) ([ivxlcdm]+|[a-z]|\d{1,2})(?: score)?$/;

/** Reads `nhóm I; điểm trừ; điểm thưởng; phiếu` (or English); null when any step is not recognised. */
export function parseTieBreaks(text: string): TieBreak[] | null {
  if (matchNone(text)) return [];
  const steps: TieBreak[] = [];
  for (const part of text.split(/[;,|/\n]+/)) {
    if (part.trim() === "") continue;
    const simple = matchSimple(part);
    const group = GROUP.exec(foldLabel(part));
    if (simple) steps.push({ kind: simple });
    else if (group?.[1]) steps.push({ kind: "group", group: group[1].toUpperCase() });
    else return null;
  }
  return steps.length > 0 ? steps : null;
}

/** Writes a tie-break chain in the words parseTieBreaks reads. */
export function formatTieBreaks(steps: readonly TieBreak[], lang: Lang): string {
  if (steps.length === 0) return NO_TIE_BREAKS[lang];
  return steps
    .map((step) =>
      step.kind === "group" ? `${GROUP_WORD[lang]} ${step.group}` : TIE_BREAK_WORDS[step.kind][lang],
    )
    .join("; ");
}
