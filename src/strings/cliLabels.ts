import type { Lang } from "../engine/lang";
import { kindLabels, type KindLabel } from "./unitWords";

// Words of the bloc-rank command line's human summary, complete in both languages.
const vi = {
  counts: "Kiểm tra dữ liệu: {errors} lỗi, {warnings} cảnh báo, {infos} ghi chú",
  provisional: "KẾT QUẢ TẠM TÍNH: có lỗi dữ liệu, chưa đề nghị khen thưởng.",
  moreIssues: "… và {n} vấn đề khác (xem trang Kiểm tra dữ liệu hoặc dùng --json)",
  proposals: "Đề nghị khen thưởng:",
  ballot: "cần bỏ phiếu",
  none: "(không có)",
  next: "{LeaderWord} năm sau: {leader}; {deputyWord}: {deputy}",
  written: "Đã ghi {file}",
  checked: "Chỉ kiểm tra (--check): không ghi tệp nào.",
  noTable: "Không xếp hạng được: chưa có bảng tiêu chí hoặc bảng điểm.",
} as const;

type CliLabel = keyof typeof vi;

const en = {
  counts: "Data check: {errors} errors, {warnings} warnings, {infos} notes",
  provisional: "PROVISIONAL RESULT: there are data errors; no award is proposed.",
  moreIssues: "… and {n} more (see the Data check sheet, or use --json)",
  proposals: "Award proposals:",
  ballot: "ballot needed",
  none: "(none)",
  next: "Next {leaderWord}: {leader}; {deputyWord}: {deputy}",
  written: "Wrote {file}",
  checked: "Check only (--check): no file written.",
  noTable: "Nothing to rank: no criteria table or no scores found.",
} satisfies Record<CliLabel, string>;

export const CLI_LABELS: Readonly<Record<Lang, Readonly<Record<CliLabel, string>>>> = { vi, en };

/** A command-line label with `{name}` placeholders filled in, in the words of a bloc or a cluster. */
export const cliLabel: KindLabel<CliLabel> = kindLabels(CLI_LABELS);
