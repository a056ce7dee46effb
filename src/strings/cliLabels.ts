import type { Lang } from "../engine/lang";
import { term } from "./glossary";
import { dictionary } from "./dictionary";
import { unitWords } from "./unitWords";

// Words of the bloc-rank command line's human summaries, complete in both languages. A count is filled in
// by cliCount ("1 warning", "2 warnings"), never typed beside its noun, so that English plurals are right.
const vi = {
  counts: "Kiểm tra dữ liệu: {errors}, {warnings}, {infos}",
  provisional: "KẾT QUẢ TẠM TÍNH: có lỗi dữ liệu, chưa đề nghị khen thưởng.",
  provisionalReason: "Chưa đề nghị khen thưởng vì còn {errors} (xem danh sách dưới đây).",
  moreIssues: "… và {n} vấn đề khác (xem trang Kiểm tra dữ liệu hoặc dùng --json)",
  proposals: "Đề nghị khen thưởng:",
  none: "(không có)",
  fullNames: "Tên đầy đủ:",
  reserved: "Dành {places} cho đơn vị bằng điểm không được chọn ở lần bỏ phiếu trên",
  next: "{LeaderWord} năm sau: {leader}; {deputyWord}: {deputy}",
  written: "Đã ghi {file}",
  checked: "Chỉ kiểm tra (--check): không ghi tệp nào.",
  noTable: "Không xếp hạng được: chưa có bảng tiêu chí hoặc bảng điểm.",
  formsWritten: "Đã tạo {forms} trong thư mục {dir}:",
  formsIssues: "Bảng tiêu chí và danh sách đơn vị: {errors}, {warnings}. Nên sửa rồi tạo lại phiếu.",
} as const;

/**
 * The command line's labels in both languages, and their lookup: a label with `{name}` placeholders filled
 * in, in the words of a bloc or a cluster.
 */
export const cliLabel = /* @__PURE__ */ dictionary(
  vi,
  {
    counts: "Data check: {errors}, {warnings}, {infos}",
    provisional: "PROVISIONAL RESULT: there are data errors; no award is proposed.",
    provisionalReason: "No award is proposed: {errors} (listed below).",
    moreIssues: "… and {n} more (see the Data check sheet, or use --json)",
    proposals: "Award proposals:",
    none: "(none)",
    fullNames: "Full names:",
    reserved: "Kept for the ballot above: {places} for the tied units it does not elect",
    next: "Next {leaderWord}: {leader}; {deputyWord}: {deputy}",
    written: "Wrote {file}",
    checked: "Check only (--check): no file written.",
    noTable: "Nothing to rank: no criteria table or no scores found.",
    formsWritten: "Made {forms} in {dir}:",
    formsIssues: "Criteria table and units: {errors}, {warnings}. Fix them and make the forms again.",
  },
  unitWords,
);

// Vietnamese nouns do not change with the number; English ones have a singular and a plural. The severities
// are the glossary's words, as on the pane and the data check sheet.
const NOUNS_VI = {
  error: term("error", "vi"),
  warning: term("warning", "vi"),
  info: term("info", "vi"),
  dataError: "lỗi dữ liệu",
  cell: "ô",
  file: "tệp",
  form: "phiếu tự chấm",
  place: "suất",
};

/** What the command line counts. */
export type CountedNoun = keyof typeof NOUNS_VI;

const plural = (word: string): readonly [string, string] => [word, `${word}s`];

const NOUNS_EN = {
  error: plural(term("error", "en")),
  warning: plural(term("warning", "en")),
  info: plural(term("info", "en")),
  dataError: ["data error", "data errors"],
  cell: ["cell", "cells"],
  file: ["file", "files"],
  form: ["self-assessment form", "self-assessment forms"],
  place: ["place", "places"],
} satisfies Record<CountedNoun, readonly [string, string]>;

/** The counted nouns in both languages, for the glossary's check. */
export const CLI_NOUNS = { vi: NOUNS_VI, en: NOUNS_EN };

/** A number with its noun, in the number's form: `2 lỗi`, `1 warning`, `2 warnings`. */
export function cliCount(lang: Lang, n: number, noun: CountedNoun): string {
  if (lang === "vi") return `${n} ${NOUNS_VI[noun]}`;
  const [one, other] = NOUNS_EN[noun];
  return `${n} ${n === 1 ? one : other}`;
}
