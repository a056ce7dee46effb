import type { FormImport } from "../engine/merge/planMerge";
import type { Lang } from "../engine/lang";
import { fillTemplate } from "./fillTemplate";

// Words of `bloc-rank merge`'s human summary, complete in both languages; counts come from cliCount.
const vi = {
  heading: "Nhập phiếu tự chấm vào {master}:",
  noUnit: "(không rõ đơn vị)",
  imported: "đã nhập",
  unchanged: "không có gì mới",
  partial: "nhập một phần",
  skipped: "không nhập",
  nothingImported: "không nhập được ô nào",
  into: "vào trang {sheet}",
  counts: "Kiểm tra: {errors}, {warnings}",
  written: "Đã ghi {file}",
} as const;

type MergeLabel = keyof typeof vi;

const en = {
  heading: "Returned forms into {master}:",
  noUnit: "(unit unknown)",
  imported: "imported",
  unchanged: "nothing new",
  partial: "partly imported",
  skipped: "not imported",
  nothingImported: "no cell imported",
  into: "into sheet {sheet}",
  counts: "Check: {errors}, {warnings}",
  written: "Wrote {file}",
} satisfies Record<MergeLabel, string>;

const LABELS: Record<Lang, Record<MergeLabel, string>> = { vi, en };

/** The merge summary's labels in both languages, for the glossary's check. */
export const MERGE_LABELS: Readonly<Record<Lang, Readonly<Record<MergeLabel, string>>>> = LABELS;

/** A label of the merge command's summary with `{name}` placeholders filled in. */
export function mergeLabel(
  lang: Lang,
  key: MergeLabel,
  values: Record<string, string | number> = {},
): string {
  return fillTemplate(LABELS[lang][key], values);
}

/** The word for what became of a returned form. */
export const statusLabel = (lang: Lang, status: FormImport["status"]): string => mergeLabel(lang, status);
