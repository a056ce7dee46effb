import { label } from "../../strings/outputLabels";
import { BALLOT_COLUMN_LABELS } from "../awards/ballotLabels";
import type { ResolvedBallotRow } from "../awards/ballotVotes";
import type { Proposal } from "../awards/proposeAwards";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import type { CellValue } from "../workbook";
import { addProvisionalBanner } from "./banner";
import { DocumentGrid } from "./documentGrid";
import { linesHeight, linesOf, spanWidth } from "./textWidth";
import { DECREE30_PORTRAIT, DOCUMENT_FONT, type ExistingSheet, type SheetLayout } from "./sheetLayout";
import { votesText } from "./votesText";

/** STT | the award (results) | the unit | the box (ballot) or the votes (results) | notes. */
export const BALLOT_COLUMN_WIDTHS: readonly number[] = [6, 33, 26, 14, 14];
const [NO, AWARD, UNIT, BOX, NOTES] = [0, 1, 2, 3, 4] as const;
const LAST = BALLOT_COLUMN_WIDTHS.length - 1;
const FULL = spanWidth(BALLOT_COLUMN_WIDTHS, { from: NO, to: LAST });
const BODY = 13;

// A row across the whole width as tall as its wrapped text.
const fit = (grid: DocumentGrid, row: number, text: string, bold = false): void =>
  grid.height(row, linesHeight(linesOf(text, FULL, BODY, bold), BODY));

/** The ties across a quota boundary: those a ballot must still decide and those its results settled. */
export const tiesOf = (result: BlocResult): Proposal[] =>
  result.proposals.filter((proposal) => proposal.ballot || proposal.settledByBallot);

function addBallot(grid: DocumentGrid, result: BlocResult, lang: Lang, proposal: Proposal): void {
  const tie = proposal.ballot!;
  const { settings } = result;
  const bloc = (settings.blocName.trim() || label(lang, "bloc", {}, settings.kind)).toLocaleUpperCase("vi");
  const head = grid.row([bloc]);
  grid.span(head, NO, LAST, { bold: true, horizontal: "center", wrap: true });
  fit(grid, head, bloc, true);
  grid.row();
  const title = grid.row([label(lang, "ballotTitle")]);
  grid.span(title, NO, LAST, { bold: true, horizontal: "center", fontSize: 16 });
  grid.height(title, 26);
  const award = label(lang, "ballotAward", { award: proposal.award, year: settings.year });
  const awardRow = grid.row([award]);
  grid.span(awardRow, NO, LAST, { bold: true, horizontal: "center", wrap: true });
  fit(grid, awardRow, award, true);
  const seats = label(lang, "ballotSeats", { seats: tie.seats });
  const seatsRow = grid.row([seats]);
  grid.span(seatsRow, NO, LAST, { italic: true, horizontal: "center", wrap: true });
  fit(grid, seatsRow, seats);
  grid.row();
  const header = grid.row([label(lang, "no"), label(lang, "unitName"), null, label(lang, "ballotBox")]);
  grid.span(header, AWARD, UNIT);
  grid.height(header, linesHeight(1, BODY) + 4);
  grid.style(header, NO, header, BOX, {
    bold: true,
    horizontal: "center",
    vertical: "middle",
    fill: "D9D9D9",
  });
  tie.units.forEach((unit, i) => {
    const row = grid.row([i + 1, unit]);
    grid.span(row, AWARD, UNIT, { wrap: true, vertical: "middle" });
    grid.style(row, NO, row, NO, { horizontal: "center", vertical: "middle" });
    grid.height(row, Math.max(30, Math.ceil(unit.length / 55) * 20));
  });
  grid.style(header, NO, grid.values.length - 1, BOX, { border: "thin" });
}

// The rows typed into an earlier ballot sheet (ours), to write back whatever they hold.
function typedRows(result: BlocResult, existing: readonly ExistingSheet[]): ResolvedBallotRow[] {
  const ours = new Set(existing.filter((sheet) => sheet.owner === "ballot").map((sheet) => sheet.name));
  return result.ballotRows.filter((row) => ours.has(row.sheet) && String(row.typed).trim() !== "");
}

function addResults(
  grid: DocumentGrid,
  result: BlocResult,
  lang: Lang,
  existing: readonly ExistingSheet[],
): void {
  const title = grid.row([label(lang, "ballotResultsTitle")]);
  grid.span(title, NO, LAST, { bold: true, horizontal: "center", fontSize: 14 });
  const hint = grid.row([label(lang, "ballotResultsHint")]);
  grid.span(hint, NO, LAST, { italic: true, wrap: true });
  // Two lines: the estimate falls short for italics.
  grid.height(hint, linesHeight(Math.max(2, linesOf(label(lang, "ballotResultsHint"), FULL, BODY)), BODY));
  const column = (key: keyof typeof BALLOT_COLUMN_LABELS): string => BALLOT_COLUMN_LABELS[key][lang];
  const header = grid.row([
    label(lang, "no"),
    column("award"),
    column("unit"),
    column("share"),
    column("notes"),
  ]);
  grid.style(header, NO, header, LAST, {
    bold: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    fill: "D9D9D9",
  });
  grid.height(header, 34);

  const left = [...typedRows(result, existing)];
  const take = (award: string, unit: string): ResolvedBallotRow | undefined => {
    const index = left.findIndex((row) => row.rule === award && row.unitName === unit);
    return index < 0 ? undefined : left.splice(index, 1)[0];
  };
  let n = 0;
  const write = (award: string, unit: string, typed: CellValue | null, note: string | null): void => {
    const row = grid.row([++n, award, unit, typed === "" ? null : typed, note]);
    grid.style(row, AWARD, row, UNIT, { wrap: true });
    grid.style(row, NOTES, row, NOTES, { wrap: true });
    const lines = Math.max(
      linesOf(award, BALLOT_COLUMN_WIDTHS[AWARD]!, BODY),
      linesOf(unit, BALLOT_COLUMN_WIDTHS[UNIT]!, BODY),
      linesOf(note ?? "", BALLOT_COLUMN_WIDTHS[NOTES]!, BODY),
    );
    grid.height(row, linesHeight(lines, BODY));
  };
  for (const proposal of tiesOf(result)) {
    const tie = (proposal.settledByBallot ?? proposal.ballot)!;
    const counted = proposal.settledByBallot?.result ?? proposal.ballot?.result ?? [];
    for (const unit of tie.units) {
      const typed = take(proposal.award, unit);
      const vote = counted.find((v) => v.unit === unit);
      let note: string | null = null;
      if (typed && typed.votes === null) note = label(lang, "ballotNotCounted");
      else if (!typed && vote)
        note = label(lang, "ballotFromSheet", {
          sheet: sheetOf(result, proposal.award, unit),
          votes: votesText(vote, lang),
        });
      else if (proposal.settledByBallot?.elected.includes(unit)) note = label(lang, "ballotElected");
      else if (proposal.ballot?.result && proposal.ballot.result.length === tie.units.length)
        note = label(lang, "ballotStillTied");
      write(proposal.award, unit, typed?.typed ?? null, note);
    }
  }
  // Whatever else was typed here (another award, a unit not tied, a second result) is kept, not counted.
  for (const row of left) write(row.award, row.unit, row.typed, label(lang, "ballotNotCounted"));
  if (n === 0) grid.row();
  const last = grid.values.length - 1;
  grid.style(header, NO, last, LAST, { border: "thin", vertical: "middle" });
  grid.style(header + 1, NO, last, NO, { horizontal: "center" });
  grid.style(header + 1, BOX, last, BOX, { horizontal: "center" });
}

const sheetOf = (result: BlocResult, award: string, unit: string): string =>
  result.ballotRows.find(
    (row) => row.rule === award && row.unitName === unit && row.votes !== null && !row.duplicate,
  )?.sheet ?? "";

/**
 * The ballot papers (DESIGN §3.7, "Phiếu bầu"): one printable ballot per award whose tie across the quota
 * boundary a ballot must decide, listing exactly the tied units with a box each and the seats, each on a page
 * of its own; then the `Kết quả bỏ phiếu` table to type the results into, which the next run reads and
 * which writes back everything typed into it before. Null when there is nothing to print: no tie, no result
 * read and no earlier ballot sheet to replace.
 */
export function ballotLayout(
  result: BlocResult,
  lang: Lang,
  name: string,
  existing: readonly ExistingSheet[],
): SheetLayout | null {
  const pending = result.proposals.filter((proposal) => proposal.ballot);
  const earlier = existing.some((sheet) => sheet.owner === "ballot");
  if (tiesOf(result).length === 0 && result.ballotRows.length === 0 && !earlier) return null;
  const grid = new DocumentGrid(BALLOT_COLUMN_WIDTHS.length);
  addProvisionalBanner(result, lang, BALLOT_COLUMN_WIDTHS.length, grid);
  const pageBreaks: number[] = [];
  pending.forEach((proposal, i) => {
    if (i > 0) pageBreaks.push(grid.values.length + 1);
    addBallot(grid, result, lang, proposal);
  });
  if (pending.length === 0) {
    const text = label(lang, result.provisional ? "ballotWithheld" : "ballotNone");
    const row = grid.row([text]);
    grid.span(row, NO, LAST, { italic: true, horizontal: "center", wrap: true });
    fit(grid, row, text);
    grid.row();
  } else pageBreaks.push(grid.values.length + 1);
  addResults(grid, result, lang, existing);
  // Times New Roman on every cell first, so that every later format overrides only what it sets.
  grid.formats.unshift({
    range: grid.range(0, 0, grid.values.length - 1, LAST),
    format: { fontName: DOCUMENT_FONT, fontSize: BODY },
  });
  return {
    kind: "ballot",
    name,
    values: grid.values,
    formats: grid.formats,
    merges: grid.merges,
    columnWidths: [...BALLOT_COLUMN_WIDTHS],
    rowHeights: grid.rowHeights,
    freeze: null,
    // Each ballot is a page of its own, copied for every voter: no page numbers.
    print: { ...DECREE30_PORTRAIT, pageNumbers: null },
    links: [],
    chart: null,
    tabColor: null,
    pageBreaks,
  };
}
