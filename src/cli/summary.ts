import {
  type BlocResult,
  CLASSIFICATION_NAMES,
  formatNumber,
  type Lang,
  type Proposal,
  separatedText,
  settledText,
  skipText,
  unitsPassedOver,
  votesSeparation,
} from "../engine";
import { cliCount, cliLabel } from "../strings/cliLabels";
import { formatIssue } from "../strings/issueMessages";
import { label } from "../strings/outputLabels";
import { displayWidth, oneLine, padEnd, padStart, truncate } from "./displayWidth";

const SHOWN_ISSUES = 10;

/**
 * The widest unit name the table prints whole. Official names run to about 45 characters ("Đảng ủy Khối các
 * cơ quan và doanh nghiệp tỉnh"); a longer one is cut with "…" and printed whole under the table, so that
 * each unit stays on one line of the table (read by eye and by grep) rather than wrapping into the next.
 */
export const NAME_WIDTH = 48;

/** The mark after each unit of a tie that a ballot must decide, explained under its award. */
export const TIE_MARK = "*";

const GAP = "  ";

type Align = "left" | "right";

/** Rows of cells in columns as wide as their widest cell; the last column is not padded. */
function table(rows: readonly (readonly string[])[], align: readonly Align[]): string[] {
  const widths = align.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ""))));
  return rows.map((row) =>
    row
      .map((cell, c) => {
        if (c === row.length - 1 && align[c] === "left") return cell;
        return align[c] === "right" ? padStart(cell, widths[c] ?? 0) : padEnd(cell, widths[c] ?? 0);
      })
      .join(GAP)
      .trimEnd(),
  );
}

function rankingLines(result: BlocResult, lang: Lang): string[] {
  const { decimals } = result.settings;
  const full: [number, string][] = [];
  const rows = result.ranking.map((ranked) => {
    const name = oneLine(ranked.result.unit);
    const shown = truncate(name, NAME_WIDTH);
    if (shown !== name) full.push([ranked.rank, name]);
    const self = ranked.result.selfTotal;
    return [
      String(ranked.rank),
      shown,
      formatNumber(ranked.result.total, lang, decimals),
      self === null ? "" : formatNumber(self, lang, decimals),
      CLASSIFICATION_NAMES[ranked.classification][lang],
    ];
  });
  const header = ["rank", "unit", "total", "selfTotal", "classification"] as const;
  const lines = table(
    [header.map((key) => label(lang, key)), ...rows],
    ["right", "left", "right", "right", "left"],
  );
  if (full.length > 0) {
    lines.push("", cliLabel(lang, "fullNames"));
    const rankWidth = Math.max(...full.map(([rank]) => String(rank).length));
    for (const [rank, name] of full) lines.push(`  ${padStart(String(rank), rankWidth)}  ${name}`);
  }
  return lines;
}

function proposalLines(proposal: Proposal, lang: Lang): string[] {
  const tied = new Set(proposal.needsBallot ? (proposal.ballot?.units ?? []) : []);
  const units = proposal.units.map((unit) => (tied.has(unit) ? `${unit} ${TIE_MARK}` : unit));
  const lines = [`  ${proposal.award}: ${units.length ? units.join(", ") : cliLabel(lang, "none")}`];
  if (tied.size > 0 && proposal.ballot) {
    const values = { seats: proposal.ballot.seats, count: proposal.ballot.units.length };
    lines.push(`    ${TIE_MARK} ${label(lang, "ballot", values)}`);
  }
  // A tie the ballot results settled, or the roster's vote shares parted: the list alone does not say why.
  for (const text of [
    settledText(proposal.settledByBallot, lang),
    separatedText(votesSeparation(proposal), lang),
  ])
    if (text) lines.push(`    ${text}`);
  // Seats held back for the units a previous award's ballot does not elect: else a short list looks wrong.
  if (proposal.reservedForBallot > 0) {
    const places = cliCount(lang, proposal.reservedForBallot, "place");
    lines.push(`    ${cliLabel(lang, "reserved", { places })}`);
  }
  return lines;
}

/** The human summary `bloc-rank` prints without --json: ranking, proposals, next leader, issue counts. */
export function summary(result: BlocResult, lang: Lang): string {
  const lines: string[] = [];
  const { settings } = result;
  const { kind } = settings;
  const count = (severity: string): number => result.issues.filter((i) => i.severity === severity).length;
  lines.push(
    `${settings.blocName || label(lang, "bloc", {}, kind)} — ${label(lang, "year")} ${settings.year}`,
  );
  if (result.provisional) lines.push(cliLabel(lang, "provisional"));
  if (result.ranking.length === 0) lines.push(cliLabel(lang, "noTable"));
  else lines.push("", ...rankingLines(result, lang));
  lines.push("");
  lines.push(cliLabel(lang, "proposals"));
  // Where the proposals would be, the reason there are none (DESIGN §3): the data errors, not "no unit".
  if (result.provisional)
    lines.push(
      `  ${cliLabel(lang, "provisionalReason", { errors: cliCount(lang, count("error"), "dataError") })}`,
    );
  else if (result.proposals.length === 0) lines.push(`  ${cliLabel(lang, "none")}`);
  for (const proposal of result.proposals) lines.push(...proposalLines(proposal, lang));
  // A unit passed over (ineligible, under review, below a minimum) is named with its reason (DESIGN §3);
  // while provisional, the ones the roster rules out whatever the errors turn out to be.
  for (const skip of unitsPassedOver(result)) lines.push(`  ${skipText(skip, lang)}`);
  if (result.next.leader) {
    const leaders = { leader: result.next.leader, deputy: result.next.deputy ?? "—" };
    lines.push(cliLabel(lang, "next", leaders, kind));
  }
  lines.push("");
  const counts = {
    errors: cliCount(lang, count("error"), "error"),
    warnings: cliCount(lang, count("warning"), "warning"),
    infos: cliCount(lang, count("info"), "info"),
  };
  lines.push(cliLabel(lang, "counts", counts));
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
