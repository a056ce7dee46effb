import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { addProvisionalBanner } from "./banner";
import { DocumentGrid as ProposalsGrid } from "./documentGrid";
import { addProposalsHeading, BODY_FONT_SIZE, PROPOSALS_COLUMN_WIDTHS } from "./proposalsHeading";
import { addNextLeaders, addSignatures } from "./proposalsSignatures";
import { addProposalsTable } from "./proposalsTable";
import { A4_PORTRAIT, type SheetLayout } from "./sheetLayout";

/**
 * The award-proposal sheet (DESIGN §3.3, "Đề nghị khen thưởng"): a printable A4 portrait document in the
 * Vietnamese administrative style for the bloc leader to sign — heading, title, the table grouped by award,
 * next year's leader and deputy, and the signature blocks. A provisional result carries the banner in row 1
 * and proposes nothing. `name` is the sheet's final name.
 */
export function proposalsLayout(result: BlocResult, lang: Lang, name: string): SheetLayout {
  const width = PROPOSALS_COLUMN_WIDTHS.length;
  const grid = new ProposalsGrid(width);
  addProvisionalBanner(result, lang, width, grid);
  addProposalsHeading(grid, result, lang);
  const header = addProposalsTable(grid, result, lang);
  addNextLeaders(grid, result, lang);
  addSignatures(grid, lang, result.settings.kind, result.settings.signers);
  // The body's font size goes first so that every later format overrides it where it sets its own.
  grid.formats.unshift({
    range: grid.range(0, 0, grid.values.length - 1, width - 1),
    format: { fontSize: BODY_FONT_SIZE },
  });
  return {
    kind: "proposals",
    name,
    values: grid.values,
    formats: grid.formats,
    merges: grid.merges,
    columnWidths: [...PROPOSALS_COLUMN_WIDTHS],
    rowHeights: grid.rowHeights,
    freeze: null,
    // The table's header repeats on every printed page of a long list.
    print: { ...A4_PORTRAIT, printTitleRows: `${header + 1}:${header + 1}` },
    links: [],
    chart: null,
    tabColor: null,
  };
}
