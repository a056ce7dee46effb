import type { FormImport, Issue, Lang, UnitKind } from "../engine";
import { cliCount } from "../strings/cliLabels";
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
    // A form partly imported whose every cell was kept back or in conflict imported nothing: said so,
    // rather than "partly imported" beside no cell count.
    const nothing = entry.status === "partial" && entry.written === 0;
    const status = nothing ? mergeLabel(lang, "nothingImported") : statusLabel(lang, entry.status);
    // A file not imported (not .xlsx, not a form) has its reason among the issues; "unit unknown" beside it
    // would only say what the reason already does.
    const unit = entry.unit ?? (entry.status === "skipped" ? null : mergeLabel(lang, "noUnit"));
    const parts = unit === null ? [status] : [unit, status];
    if (entry.written > 0) parts.push(cliCount(lang, entry.written, "cell"));
    if (entry.target && !nothing) parts.push(mergeLabel(lang, "into", { sheet: entry.target }));
    lines.push(`  ${entry.file}${entry.sheet ? ` [${entry.sheet}]` : ""}: ${parts.join(", ")}`);
  }
  const count = (severity: string): number => issues.filter((i) => i.severity === severity).length;
  const counts = {
    errors: cliCount(lang, count("error"), "error"),
    warnings: cliCount(lang, count("warning"), "warning"),
  };
  lines.push("", mergeLabel(lang, "counts", counts));
  for (const issue of issues) {
    lines.push(`  [${label(lang, issue.severity)}] ${where(issue)}: ${formatIssue(issue, lang, kind)}`);
  }
  return `${lines.join("\n")}\n`;
}
