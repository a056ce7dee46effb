import { passedOver } from "../engine/awards/passedOver";
import type { BlocResult } from "../engine/evaluateBloc";
import type { Lang } from "../engine/lang";
import { toNumber } from "../engine/ranking/decimal";
import { CLASSIFICATION_NAMES } from "../engine/settings/classificationNames";
import { skipText } from "../engine/layout/skipText";
import { formatDecimal } from "../engine/settings/thresholds";
import { cliLabel } from "../strings/cliLabels";
import { formatIssue } from "../strings/issueMessages";
import { label } from "../strings/outputLabels";

const SHOWN_ISSUES = 10;

// Column widths by characters; Vietnamese letters with diacritics are one character each once NFC.
const pad = (text: string, width: number): string => {
  const nfc = text.normalize("NFC");
  return nfc.length >= width ? nfc : nfc + " ".repeat(width - nfc.length);
};

/** The human summary `bloc-rank` prints without --json: ranking, proposals, next leader, issue counts. */
export function summary(result: BlocResult, lang: Lang): string {
  const lines: string[] = [];
  const { settings } = result;
  const { kind } = settings;
  lines.push(
    `${settings.blocName || label(lang, "bloc", {}, kind)} — ${label(lang, "year")} ${settings.year}`,
  );
  if (result.provisional) lines.push(cliLabel(lang, "provisional"));
  if (result.ranking.length === 0) lines.push(cliLabel(lang, "noTable"));
  else {
    const nameWidth = Math.min(50, Math.max(...result.ranking.map((u) => u.result.unit.length), 10));
    const number = (n: number | null): string => (n === null ? "" : formatDecimal(n, lang));
    lines.push("");
    lines.push(
      `${pad(label(lang, "rank"), 5)} ${pad(label(lang, "unit"), nameWidth)} ${pad(label(lang, "total"), 9)} ${pad(label(lang, "selfTotal"), 8)} ${label(lang, "classification")}`,
    );
    for (const ranked of result.ranking) {
      const self = ranked.result.selfTotal === null ? null : toNumber(ranked.result.selfTotal);
      lines.push(
        `${pad(String(ranked.rank), 5)} ${pad(ranked.result.unit, nameWidth)} ${pad(number(toNumber(ranked.result.total)), 9)} ${pad(number(self), 8)} ${CLASSIFICATION_NAMES[ranked.classification][lang]}`,
      );
    }
  }
  lines.push("");
  lines.push(cliLabel(lang, "proposals"));
  if (result.proposals.length === 0) lines.push(`  ${cliLabel(lang, "none")}`);
  for (const proposal of result.proposals) {
    const units = proposal.units.length ? proposal.units.join(", ") : cliLabel(lang, "none");
    lines.push(
      `  ${proposal.award}: ${units}${proposal.needsBallot ? ` (${cliLabel(lang, "ballot")})` : ""}`,
    );
  }
  // A unit passed over (ineligible, under review, below a minimum) is named with its reason (DESIGN §3).
  for (const skip of passedOver(result.proposals)) lines.push(`  ${skipText(skip, lang)}`);
  if (result.next.leader) {
    const leaders = { leader: result.next.leader, deputy: result.next.deputy ?? "—" };
    lines.push(cliLabel(lang, "next", leaders, kind));
  }
  const count = (severity: string): number => result.issues.filter((i) => i.severity === severity).length;
  lines.push("");
  lines.push(
    cliLabel(lang, "counts", { errors: count("error"), warnings: count("warning"), infos: count("info") }),
  );
  const shown = result.issues.filter((issue) => issue.severity !== "info").slice(0, SHOWN_ISSUES);
  for (const issue of shown) {
    const where = issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ""}` : "";
    lines.push(
      `  [${label(lang, issue.severity)}] ${where ? `${where}: ` : ""}${formatIssue(issue, lang, kind)}`,
    );
  }
  const hidden = result.issues.filter((issue) => issue.severity !== "info").length - shown.length;
  if (hidden > 0) lines.push(`  ${cliLabel(lang, "moreIssues", { n: hidden })}`);
  return `${lines.join("\n")}\n`;
}
