import type { FormImport } from "../engine/merge/planMerge";
import type { Lang } from "../engine/lang";
import { dictionary } from "./dictionary";

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

/**
 * The merge summary's labels in both languages, and their lookup: a label with `{name}` placeholders filled
 * in.
 */
export const mergeLabel = /* @__PURE__ */ dictionary(vi, {
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
});

/** The word for what became of a returned form. */
export const statusLabel = (lang: Lang, status: FormImport["status"]): string => mergeLabel(lang, status);
