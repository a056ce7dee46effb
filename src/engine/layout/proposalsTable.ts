import { label } from "../../strings/outputLabels";
import { unitsPassedOver } from "../awards/passedOver";
import type { Proposal } from "../awards/proposeAwards";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { toNumber } from "../decimal";
import type { RankedUnit } from "../ranking/rankUnits";
import { CLASSIFICATION_NAMES } from "../settings/classificationNames";
import { awardedCount } from "./awardedCount";
import { settledNote, votesSeparation } from "./ballotSettledText";
import { addParagraph, DOCUMENT_SIZES } from "./documentFrame";
import type { DocumentGrid } from "./documentGrid";
import { decimalsFormat } from "./formulaRefs";
import type { ProposalsColumns } from "./proposalsColumns";
import { skipText } from "./skipText";
import { linesHeight, linesOf, spanWidth, type Span } from "./textWidth";

const HEADER_FILL = "D9D9D9";
const SIZE = DOCUMENT_SIZES.table;

/** I, II, III… as the groups of a Vietnamese list are numbered. */
export function romanNumeral(n: number): string {
  const steps: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let text = "";
  for (const [value, numeral] of steps) {
    for (; rest >= value; rest -= value) text += numeral;
  }
  return text;
}

// A row as tall as its tallest wrapped cell: a file's rows do not grow by themselves everywhere. `merged` is
// the block a group's title spans.
function fitTableRow(
  grid: DocumentGrid,
  columns: ProposalsColumns,
  row: number,
  bold = false,
  merged: Span | null = null,
): void {
  const widths = columns.frame.widths;
  let lines = 1;
  (grid.values[row] ?? []).forEach((value, col) => {
    if (typeof value !== "string" || value === "") return;
    const span = merged && merged.from === col ? merged : { from: col, to: col };
    lines = Math.max(lines, linesOf(value, spanWidth(widths, span), SIZE, bold));
  });
  // One line: the row takes its font's height by itself (and a list of 1,000 units sends 1,000 fewer writes).
  if (lines > 1) grid.height(row, linesHeight(lines, SIZE));
}

function addGroup(
  grid: DocumentGrid,
  columns: ProposalsColumns,
  proposal: Proposal,
  index: number,
  byName: ReadonlyMap<string, RankedUnit>,
  lang: Lang,
): void {
  const col = columns.index;
  const last = columns.keys.length - 1;
  // The award is said once, on its group's row (the table has no column repeating it), with the seats it
  // keeps for a ballot above: across the row, where it has the room to read.
  const head = grid.row();
  const group = label(lang, "awardGroup", { award: proposal.award, n: awardedCount(proposal) });
  const reserved =
    proposal.reservedForBallot > 0
      ? label(lang, "reservedForBallot", { n: proposal.reservedForBallot })
      : null;
  grid.set(head, col("no"), romanNumeral(index + 1));
  grid.set(head, col("unitName"), reserved ? `${group} (${reserved})` : group);
  const title = { from: col("unitName"), to: last };
  grid.span(head, title.from, title.to, { bold: true, horizontal: "left", wrap: true });
  grid.style(head, col("no"), head, last, { bold: true });
  fitTableRow(grid, columns, head, true, title);

  const ballot = proposal.ballot;
  const parted = votesSeparation(proposal);
  proposal.units.forEach((name, i) => {
    const unit = byName.get(name);
    const row = grid.row();
    const put = (key: Parameters<ProposalsColumns["index"]>[0], value: string | number | null): void => {
      if (col(key) >= 0) grid.set(row, col(key), value);
    };
    put("no", i + 1);
    put("unitName", name);
    put("total", unit ? toNumber(unit.result.total) : null);
    put("proposalsRank", unit?.rank ?? null);
    put("classification", unit ? CLASSIFICATION_NAMES[unit.classification][lang] : null);
    put("voteShare", unit?.voteShare ?? null);
    // A tie still to vote on, the ballot that settled it, or the roster's vote shares that did.
    put(
      "notes",
      ballot?.units.includes(name)
        ? label(lang, "ballot", { seats: ballot.seats, count: ballot.units.length })
        : (settledNote(proposal, name, lang) ??
            (parted?.above === name ? label(lang, "separatedByVotesNote", { unit: parted.below }) : null)),
    );
    fitTableRow(grid, columns, row);
  });
  if (proposal.units.length === 0) {
    const none = grid.row();
    grid.set(none, col("unitName"), label(lang, "noProposal"));
    grid.span(none, col("unitName"), last, { italic: true });
  }
}

/**
 * Appends the proposal table — the header, then one group per award (its title row, its units) — and under
 * it every unit passed over with its reason, and returns the rows of the table's header and last line. A
 * provisional result has no table: in its place a paragraph says that no award is proposed because of its
 * data errors, and how many, followed by the units the roster rules out.
 */
export function addProposalsTable(
  grid: DocumentGrid,
  columns: ProposalsColumns,
  result: BlocResult,
  lang: Lang,
): { header: number; end: number } | null {
  const { frame } = columns;
  if (result.provisional) {
    const errors = result.issues.filter((issue) => issue.severity === "error").length;
    addParagraph(grid, frame, label(lang, "proposalsWithheldErrors", { n: errors }), {
      bold: true,
      italic: true,
    });
    // The units the roster rules out are passed over whatever the errors turn out to be: named already.
    addPassedOver(grid, columns, result, lang);
    return null;
  }
  const col = columns.index;
  const last = columns.keys.length - 1;
  const header = grid.row(columns.keys.map((key) => label(lang, key)));
  const centred = { horizontal: "center", vertical: "middle" } as const;
  grid.style(header, 0, header, last, { ...centred, bold: true, fill: HEADER_FILL, wrap: true });
  fitTableRow(grid, columns, header, true);

  const byName = new Map(result.ranking.map((unit) => [unit.result.unit, unit]));
  result.proposals.forEach((proposal, i) => addGroup(grid, columns, proposal, i, byName, lang));
  if (result.proposals.length === 0) {
    const none = grid.row([label(lang, "noProposal")]);
    grid.span(none, 0, last, { ...centred, italic: true });
  }

  const end = grid.values.length - 1;
  grid.style(header, 0, end, last, { border: "thin", vertical: "middle", fontSize: SIZE });
  if (end > header) {
    const body = header + 1;
    const column = (key: Parameters<ProposalsColumns["index"]>[0], format: object): void => {
      if (col(key) >= 0) grid.style(body, col(key), end, col(key), format);
    };
    column("no", centred);
    column("proposalsRank", centred);
    column("unitName", { wrap: true });
    column("total", { numberFormat: decimalsFormat(result.settings.decimals), horizontal: "center" });
    column("classification", { wrap: true });
    column("voteShare", { numberFormat: "0%", horizontal: "center" });
    column("notes", { wrap: true });
  }
  addPassedOver(grid, columns, result, lang);
  return { header, end };
}

// Under the table, every unit passed over with its reason — named once, with the awards it was passed over
// for when that is not all of them (it may then be on the list for another). One format for all the lines:
// a bloc of 1,000 units may pass over most of them, and each format is a write of its own.
function addPassedOver(grid: DocumentGrid, columns: ProposalsColumns, result: BlocResult, lang: Lang): void {
  const skipped = unitsPassedOver(result);
  if (skipped.length === 0) return;
  grid.row();
  const last = columns.keys.length - 1;
  const width = spanWidth(columns.frame.widths, { from: 0, to: last });
  const first = grid.values.length;
  for (const skip of skipped) {
    const text = skipText(skip, lang);
    const line =
      skip.awards.length < result.proposals.length
        ? label(lang, "passedOverFor", { text, awards: skip.awards.join("; ") })
        : text;
    const row = grid.row([line]);
    grid.span(row, 0, last);
    const lines = linesOf(line, width, DOCUMENT_SIZES.body);
    if (lines > 1) grid.height(row, linesHeight(lines, DOCUMENT_SIZES.body) + 2);
  }
  grid.style(first, 0, grid.values.length - 1, last, { italic: true, wrap: true, vertical: "top" });
}
