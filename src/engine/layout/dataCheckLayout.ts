import { formatIssue } from "../../strings/issueMessages";
import { label } from "../../strings/outputLabels";
import { a1 } from "../address";
import type { BlocResult } from "../evaluateBloc";
import type { Issue, Severity } from "../issues";
import type { Lang } from "../lang";
import type { UnitKind } from "../settings/settings";
import { addProvisionalBanner } from "./banner";
import { fitRowHeights } from "./fitRowHeights";
import { inDocumentFont } from "./inDocumentFont";
import type { CellLink, FormatRange, LayoutValue, SheetLayout } from "./sheetLayout";

/** Mức độ | Trang tính | Ô | Đơn vị | Tiêu chí | Nội dung | Giá trị: the message column is the wide one. */
export const DATA_CHECK_COLUMN_WIDTHS: readonly number[] = [11, 18, 8, 28, 11, 70, 16];

const WIDTH = DATA_CHECK_COLUMN_WIDTHS.length;
const CELL_COLUMN = 2;
const FILLS: Record<Severity, string | null> = { error: "FFC7CE", warning: "FFEB9C", info: null };

const pad = (cells: LayoutValue[]): LayoutValue[] => [
  ...cells,
  ...Array<LayoutValue>(WIDTH - cells.length).fill(null),
];
// An A1 range from (row, col) to (toRow, toCol), a single cell written as such.
const block = (row: number, col: number, toRow: number, toCol: number): string =>
  row === toRow && col === toCol ? a1(row, col) : `${a1(row, col)}:${a1(toRow, toCol)}`;
const span = (row: number): string => block(row, 0, row, WIDTH - 1);

function issueRow(issue: Issue, lang: Lang, kind: UnitKind): LayoutValue[] {
  return [
    label(lang, issue.severity),
    issue.sheet || null,
    issue.cell || null,
    issue.unit ?? null,
    issue.criterion ?? null,
    formatIssue(issue, lang, kind),
    issue.value === undefined || issue.value === "" ? null : issue.value,
  ];
}

// One fill per run of rows of the same severity: issues come sorted, so that is one range per severity.
function severityFills(issues: readonly Issue[], firstRow: number): FormatRange[] {
  const fills: FormatRange[] = [];
  let start = 0;
  issues.forEach((issue, i) => {
    if (issues[i + 1]?.severity === issue.severity) return;
    const fill = FILLS[issue.severity];
    if (fill) fills.push({ range: block(firstRow + start, 0, firstRow + i, WIDTH - 1), format: { fill } });
    start = i + 1;
  });
  return fills;
}

/**
 * The data-check sheet (DESIGN §3.4, "Kiểm tra dữ liệu"): a title, the counts, then one row per issue in the
 * result's order (errors first), each cell reference linked to the cell it names. A provisional result
 * carries the banner in row 1. `name` is the sheet's final name.
 */
export function dataCheckLayout(result: BlocResult, lang: Lang, name: string): SheetLayout {
  const values: LayoutValue[][] = [];
  const formats: FormatRange[] = [];
  const merges: string[] = [];
  addProvisionalBanner(result, lang, WIDTH, { values, merges, formats });
  const count = (severity: Severity) => result.issues.filter((i) => i.severity === severity).length;
  const title = values.push(pad([label(lang, "dataCheckTitle")])) - 1;
  formats.push({ range: a1(title, 0), format: { bold: true, fontSize: 14 } });
  const summary = { errors: count("error"), warnings: count("warning"), infos: count("info") };
  values.push(pad([label(lang, "dataCheckSummary", summary)]), pad([]));
  // The title and the counts take the table's width, so they never print over the cells beside them.
  merges.push(span(title), span(title + 1));

  const columns = ["severity", "sheet", "cell", "unit", "criterionColumn", "message", "value"] as const;
  const header = values.push(columns.map((key) => label(lang, key))) - 1;
  const first = header + 1;
  const links: CellLink[] = [];
  result.issues.forEach((issue, i) => {
    values.push(issueRow(issue, lang, result.settings.kind));
    if (issue.sheet && issue.cell)
      links.push({ cell: a1(first + i, CELL_COLUMN), sheet: issue.sheet, target: issue.cell });
  });
  if (result.issues.length === 0) {
    values.push(pad([label(lang, "noIssues")]));
    merges.push(span(first));
    formats.push({ range: span(first), format: { italic: true } });
  }
  const last = values.length - 1;
  formats.push(
    { range: span(header), format: { bold: true, fill: "D9D9D9", horizontal: "center", wrap: true } },
    ...severityFills(result.issues, first),
    { range: block(header, 0, last, WIDTH - 1), format: { border: "thin", vertical: "top" } },
    // Every cell wraps: a long sheet name, unit or typed value too stays within its column.
    { range: block(first, 0, last, WIDTH - 1), format: { wrap: true } },
    // Links take the host's hyperlink look from the adapter; the references are only centred here.
    { range: block(first, CELL_COLUMN, last, CELL_COLUMN), format: { horizontal: "center" } },
  );
  return fitRowHeights(
    inDocumentFont({
      kind: "dataCheck",
      name,
      values,
      formats,
      merges,
      columnWidths: [...DATA_CHECK_COLUMN_WIDTHS],
      rowHeights: [],
      freeze: { rows: header + 1, columns: 0 },
      print: {
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
        printTitleRows: `${header + 1}:${header + 1}`,
        horizontalCentered: false,
      },
      links,
      chart: null,
      tabColor: null,
    }),
  );
}
