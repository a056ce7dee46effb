import { label } from "../../strings/outputLabels";
import type { Proposal } from "../awards/proposeAwards";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { toNumber } from "../ranking/decimal";
import type { RankedUnit } from "../ranking/rankUnits";
import { CLASSIFICATION_NAMES } from "../settings/classificationNames";
import { BODY_FONT_SIZE, PROPOSALS_COLUMN_WIDTHS, widthOf } from "./proposalsHeading";
import { fitCells, fitRow, type DocumentGrid as ProposalsGrid } from "./documentGrid";
import { skipText } from "./skipText";

const LAST = PROPOSALS_COLUMN_WIDTHS.length - 1;
const [NO, NAME, TOTAL, RANK, CLASS, AWARD, VOTES, NOTES] = [0, 1, 2, 3, 4, 5, 6, 7] as const;
const HEADER_FILL = "D9D9D9";

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

/** The number format of totals: as many decimals as the Decimals setting rounds to. */
export function totalFormat(decimals: number): string {
  return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
}

// How many units the award goes to: those chosen outright plus the seats a ballot fills.
const awarded = (proposal: Proposal): number =>
  proposal.units.length - (proposal.ballot ? proposal.ballot.units.length - proposal.ballot.seats : 0);

function addGroup(
  grid: ProposalsGrid,
  proposal: Proposal,
  index: number,
  byName: ReadonlyMap<string, RankedUnit>,
  lang: Lang,
  noted: Set<string>,
): void {
  const head = grid.row([
    romanNumeral(index + 1),
    label(lang, "awardGroup", { award: proposal.award, n: awarded(proposal) }),
  ]);
  if (proposal.reservedForBallot > 0)
    grid.set(head, NOTES, label(lang, "reservedForBallot", { n: proposal.reservedForBallot }));
  grid.span(head, NAME, VOTES, { bold: true, horizontal: "left", vertical: "middle", wrap: true });
  grid.style(head, NO, head, LAST, { bold: true });

  const ballot = proposal.ballot;
  proposal.units.forEach((name, i) => {
    const unit = byName.get(name);
    const row = grid.row([
      i + 1,
      name,
      unit ? toNumber(unit.result.total) : null,
      unit?.rank ?? null,
      unit ? CLASSIFICATION_NAMES[unit.classification][lang] : null,
      proposal.award,
      unit?.voteShare ?? null,
      ballot?.units.includes(name)
        ? label(lang, "ballot", { seats: ballot.seats, count: ballot.units.length })
        : null,
    ]);
    // The wrapped columns decide the row's height; a file's rows do not grow by themselves everywhere.
    const cell = (col: number): { text: string; width: number } => ({
      text: String(grid.values[row]?.[col] ?? ""),
      width: PROPOSALS_COLUMN_WIDTHS[col] ?? 10,
    });
    fitCells(grid, row, [cell(NAME), cell(CLASS), cell(AWARD), cell(NOTES)], BODY_FONT_SIZE);
  });
  if (proposal.units.length === 0) {
    const none = grid.row([null, label(lang, "noProposal")]);
    grid.span(none, NAME, LAST, { italic: true });
  }
  // A unit passed over for the same reason by several awards is mentioned once, under the first.
  for (const skip of proposal.skipped) {
    const key = `${skip.reason}\u0000${skip.unit}`;
    if (noted.has(key)) continue;
    noted.add(key);
    const text = skipText(skip, lang);
    const row = grid.row([null, text]);
    fitRow(grid, row, text, widthOf({ from: NAME, to: LAST }), BODY_FONT_SIZE);
    grid.span(row, NAME, LAST, { italic: true, wrap: true });
  }
}

/**
 * Appends the proposal table — the header, then one group per award (its row, its units, the units passed
 * over) — and returns the header's row. A provisional result lists no award, only a row saying why.
 */
export function addProposalsTable(grid: ProposalsGrid, result: BlocResult, lang: Lang): number {
  const header = grid.row(
    (
      ["no", "unitName", "total", "proposalsRank", "classification", "award", "voteShare", "notes"] as const
    ).map((key) => label(lang, key)),
  );
  const centred = { horizontal: "center", vertical: "middle" } as const;
  grid.style(header, NO, header, LAST, { ...centred, bold: true, fill: HEADER_FILL, wrap: true });
  const headerCells = grid.values[header] ?? [];
  fitCells(
    grid,
    header,
    headerCells.map((text, col) => ({ text: String(text ?? ""), width: PROPOSALS_COLUMN_WIDTHS[col] ?? 10 })),
    BODY_FONT_SIZE,
    1.15,
  );

  if (result.provisional) {
    const withheld = grid.row([label(lang, "proposalsWithheld")]);
    grid.span(withheld, NO, LAST, { ...centred, italic: true, wrap: true });
    fitRow(grid, withheld, label(lang, "proposalsWithheld"), widthOf({ from: NO, to: LAST }), BODY_FONT_SIZE);
  } else {
    const byName = new Map(result.ranking.map((unit) => [unit.result.unit, unit]));
    const noted = new Set<string>();
    result.proposals.forEach((proposal, i) => addGroup(grid, proposal, i, byName, lang, noted));
    if (result.proposals.length === 0) {
      const none = grid.row([label(lang, "noProposal")]);
      grid.span(none, NO, LAST, { ...centred, italic: true });
    }
  }

  const last = grid.values.length - 1;
  grid.style(header, NO, last, LAST, { border: "thin", vertical: "middle" });
  if (last > header) {
    const body = header + 1;
    grid.style(body, NO, last, NO, centred);
    grid.style(body, RANK, last, RANK, centred);
    grid.style(body, NAME, last, NAME, { wrap: true });
    grid.style(body, TOTAL, last, TOTAL, { numberFormat: totalFormat(result.settings.decimals) });
    grid.style(body, CLASS, last, AWARD, { wrap: true });
    grid.style(body, VOTES, last, VOTES, { numberFormat: "0%" });
    grid.style(body, NOTES, last, NOTES, { wrap: true });
  }
  return header;
}
