import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { addDocumentBanner } from "./documentBanner";
import { addDocumentHeading, addDocumentTitle } from "./documentFrame";
import { DocumentGrid } from "./documentGrid";
import { documentLayout } from "./documentLayout";
import { proposalsColumns } from "./proposalsColumns";
import { addNextLeaders, addProposalsFoot } from "./proposalsSignatures";
import { addProposalsTable } from "./proposalsTable";
import type { SheetLayout } from "./sheetLayout";

// The height of A4 between Decree 30's top and bottom margins (297 mm less 40 mm), less the page number's line.
const FIRST_PAGE_POINTS = ((297 - 40) / 25.4) * 72 - 20;
const DEFAULT_ROW_POINTS = 15;

// Whether the rows down to `row` are taller, together, than `points`.
function endsBelow(grid: DocumentGrid, row: number, points: number): boolean {
  let total = 0;
  for (let r = 0; r <= row; r++) total += grid.heightOf(r) ?? DEFAULT_ROW_POINTS;
  return total > points;
}

/**
 * The award-proposal sheet (DESIGN §3.3, "Đề nghị khen thưởng"): a Decree 30/2020 document for the bloc
 * leader and the secretary to sign — heading, title, the table grouped by award, the units passed over with
 * their reasons, next year's leader and deputy, the signatures and Nơi nhận. A provisional result carries the
 * banner in row 1 and, in place of the table, the reason no award is proposed. `name` is the sheet's final
 * name.
 */
export function proposalsLayout(result: BlocResult, lang: Lang, name: string): SheetLayout {
  const columns = proposalsColumns(result);
  const { frame } = columns;
  const grid = new DocumentGrid(frame.widths.length);
  addDocumentBanner(grid, frame, result, lang);
  const { settings } = result;
  addDocumentHeading(grid, frame, settings, lang);
  addDocumentTitle(
    grid,
    frame,
    label(lang, "proposalsTitle"),
    [label(lang, "proposalsSubtitle", { year: settings.year })],
    { italic: true },
  );
  grid.row();
  const table = addProposalsTable(grid, columns, result, lang);
  addNextLeaders(grid, frame, result, lang);
  addProposalsFoot(grid, frame, settings, lang);
  // The table's header repeats on every printed page of a list too long for one; a list that ends on the
  // first page repeats nothing, or the page with the signatures would start with a header and no rows.
  const repeat = table !== null && endsBelow(grid, table.end, FIRST_PAGE_POINTS);
  const titles = table && repeat ? `${table.header + 1}:${table.header + 1}` : null;
  return documentLayout(grid, frame, "proposals", name, titles);
}
