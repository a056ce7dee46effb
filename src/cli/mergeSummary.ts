import type { FormImport } from "../engine/forms/planMerge";
import type { Issue } from "../engine/issues";
import type { Lang } from "../engine/lang";
import type { UnitKind } from "../engine/settings/settings";
import { formatIssue } from "../strings/issueMessages";
import { mergeLabel, statusLabel } from "../strings/mergeLabels";
import { label } from "../strings/outputLabels";

const where = (issue: Issue): string =>
  [issue.file, issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ""}` : ""]
    .filter(Boolean)
    .join(" › ");

/** The human summary of `bloc-rank merge`: each returned form's unit, status, cells and target, then the issues. */
export function mergeSummary(
  master: string,
  imports: readonly FormImport[],
  issues: readonly Issue[],
  lang: Lang,
  kind: UnitKind = "bloc",
): string {
  const lines = [mergeLabel(lang, "heading", { master })];
  for (const entry of imports) {
    const parts = [entry.unit ?? mergeLabel(lang, "noUnit"), statusLabel(lang, entry.status)];
    if (entry.written > 0) parts.push(mergeLabel(lang, "cells", { n: entry.written }));
    if (entry.target) parts.push(mergeLabel(lang, "into", { sheet: entry.target }));
    lines.push(`  ${entry.file}${entry.sheet ? ` [${entry.sheet}]` : ""}: ${parts.join(", ")}`);
  }
  const count = (severity: string): number => issues.filter((i) => i.severity === severity).length;
  lines.push("", mergeLabel(lang, "counts", { errors: count("error"), warnings: count("warning") }));
  for (const issue of issues) {
    lines.push(`  [${label(lang, issue.severity)}] ${where(issue)}: ${formatIssue(issue, lang, kind)}`);
  }
  return `${lines.join("\n")}\n`;
}
