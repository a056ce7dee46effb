import {
  ownershipName,
  type CellFormat,
  type CellLink,
  type ChartSpec,
  type PrintSetup,
  type SheetLayout,
} from "../engine/layout/sheetLayout";
import { hostCell, type HostCell } from "./hostCell";
import { a1, columnName, parseRange } from "../engine/address";
import { quoteSheet } from "../engine/layout/sheetReference";
import { rangeSize } from "./references";

/** The worksheets this write works on, by name, and the host's requirement sets. */
export interface StepEnv {
  context: Excel.RequestContext;
  sheet: (name: string) => Excel.Worksheet;
  supports: (set: string, version: string) => boolean;
}

/**
 * One piece of a write: queued on the context, never synced here. `size` estimates its share of the request
 * payload (UTF-8 JSON of what it sends, plus the request's own bookkeeping), so a write can be cut into
 * syncs that each stay under Excel on the web's 5 MB limit.
 */
export interface Step {
  size: number;
  queue: (env: StepEnv) => void;
}

/** What each queued action costs in the request beyond its data (ids, method names, object paths). */
export const ACTION_OVERHEAD = 300;

const utf8 = new TextEncoder();
export const payloadOf = (data: unknown): number =>
  utf8.encode(JSON.stringify(data)).length + ACTION_OVERHEAD;

const step = (data: unknown, queue: Step["queue"]): Step => ({ size: payloadOf(data), queue });

/**
 * A 2-D write (`formulas` or `numberFormat`) from `top`/`left`, cut into row blocks each under `budget`
 * bytes: one block for any ordinary sheet, several only when one array alone would pass the limit.
 */
export function gridSteps(
  sheet: string,
  top: number,
  left: number,
  grid: HostCell[][],
  budget: number,
  write: (range: Excel.Range, block: HostCell[][]) => void,
): Step[] {
  const steps: Step[] = [];
  const width = grid[0]?.length ?? 0;
  if (width === 0) return steps;
  let start = 0;
  let size = ACTION_OVERHEAD;
  const flush = (end: number): void => {
    const block = grid.slice(start, end);
    const address = `${a1(top + start, left)}:${a1(top + end - 1, left + width - 1)}`;
    steps.push({ size, queue: (env) => write(env.sheet(sheet).getRange(address), block) });
    start = end;
    size = ACTION_OVERHEAD;
  };
  grid.forEach((row, r) => {
    const rowSize = utf8.encode(JSON.stringify(row)).length + 1;
    if (r > start && size + rowSize > budget) flush(r);
    size += rowSize;
  });
  flush(grid.length);
  return steps;
}

/** Column width: layouts use Excel character units, Office.js points (Calibri 11: 7 px a digit + 5 px). */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

const color = (hex: string): string => `#${hex.replace(/^#/, "").toUpperCase()}`;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const LINK_COLOR = "0563C1";

/** Every step that fills one new output sheet, in the order the .xlsx adapter applies them. */
export function sheetSteps(layout: SheetLayout, budget: number): Step[] {
  const { name } = layout;
  const width = Math.max(0, ...layout.values.map((row) => row.length));
  const grid = layout.values.map((row) => Array.from({ length: width }, (_, c) => hostCell(row[c] ?? null)));
  const steps: Step[] = [
    ...gridSteps(name, 0, 0, grid, budget, (range, block) => {
      range.formulas = block;
    }),
  ];
  // Merge before formatting, as the .xlsx adapter does: a merge must not undo borders drawn on its cells.
  for (const merge of layout.merges) {
    steps.push(step(merge, (env) => env.sheet(name).getRange(merge).merge(false)));
  }
  for (const { range, format } of layout.formats) steps.push(...formatSteps(name, range, format, budget));
  layout.columnWidths.forEach((chars, c) => {
    const points = widthInPoints(chars);
    steps.push(
      step(
        points,
        (env) => (env.sheet(name).getRange(`${columnName(c)}:${columnName(c)}`).format.columnWidth = points),
      ),
    );
  });
  for (const { row, height } of layout.rowHeights) {
    steps.push(step(height, (env) => (env.sheet(name).getRange(`${row}:${row}`).format.rowHeight = height)));
  }
  const { freeze } = layout;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push(
      step(freeze, (env) => {
        const panes = env.sheet(name).freezePanes;
        if (freeze.columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
        else panes.freezeAt(`A1:${a1(freeze.rows - 1, freeze.columns - 1)}`);
      }),
    );
  }
  if (layout.tabColor) {
    const tab = color(layout.tabColor);
    steps.push(step(tab, (env) => (env.sheet(name).tabColor = tab)));
  }
  for (const link of layout.links) steps.push(linkStep(layout, link));
  if (layout.chart) steps.push(chartStep(name, layout.chart));
  steps.push(printStep(name, layout.print));
  return steps;
}

function formatSteps(sheet: string, range: string, format: CellFormat, budget: number): Step[] {
  const steps: Step[] = [
    step(format, (env) => {
      const target = env.sheet(sheet).getRange(range);
      if (format.bold !== undefined) target.format.font.bold = format.bold;
      if (format.italic !== undefined) target.format.font.italic = format.italic;
      if (format.fontSize !== undefined) target.format.font.size = format.fontSize;
      if (format.fontColor !== undefined) target.format.font.color = color(format.fontColor);
      if (format.fill !== undefined) target.format.fill.color = color(format.fill);
      if (format.horizontal !== undefined) target.format.horizontalAlignment = HORIZONTAL[format.horizontal];
      if (format.vertical !== undefined) target.format.verticalAlignment = VERTICAL[format.vertical];
      if (format.wrap !== undefined) target.format.wrapText = format.wrap;
      if (format.border !== undefined) {
        const { rows, cols } = rangeSize(range);
        const edges: (
          | Excel.BorderIndex
          | "EdgeTop"
          | "EdgeBottom"
          | "EdgeLeft"
          | "EdgeRight"
          | "InsideVertical"
          | "InsideHorizontal"
        )[] = [
          "EdgeTop",
          "EdgeBottom",
          "EdgeLeft",
          "EdgeRight",
          ...(cols > 1 ? (["InsideVertical"] as const) : []),
          ...(rows > 1 ? (["InsideHorizontal"] as const) : []),
        ];
        const weight = format.border === "thin" ? "Thin" : "Medium";
        for (const edge of edges) {
          const border = target.format.borders.getItem(edge);
          border.style = "Continuous";
          border.weight = weight;
        }
      }
    }),
  ];
  if (format.numberFormat !== undefined) {
    // Office.js takes a number format per cell: a whole 2-D array, cut like the values when huge.
    const numberFormat = format.numberFormat;
    const { rows, cols } = rangeSize(range);
    const origin = topLeft(range);
    const grid = Array.from({ length: rows }, () => Array<HostCell>(cols).fill(numberFormat));
    steps.push(
      ...gridSteps(sheet, origin.row, origin.col, grid, budget, (target, block) => {
        target.numberFormat = block;
      }),
    );
  }
  return steps;
}

// The top-left cell of a range, whichever corner the address names first.
function topLeft(range: string): { row: number; col: number } {
  const rect = parseRange(range);
  if (!rect) throw new RangeError(`Not a cell reference: ${range}`);
  return { row: rect.top, col: rect.left };
}

// The link shows the cell's own text; blue and underlined unless the layout coloured that cell.
function linkStep(layout: SheetLayout, link: CellLink): Step {
  const { row, col } = topLeft(link.cell);
  const shown = layout.values[row]?.[col];
  const text =
    typeof shown === "string" || typeof shown === "number" || typeof shown === "boolean"
      ? String(shown)
      : `${link.sheet}!${link.target}`;
  const hyperlink = {
    documentReference: `${quoteSheet(link.sheet)}!${link.target.replace(/\$/g, "")}`,
    textToDisplay: text,
  };
  const coloured = layout.formats.some(
    ({ range, format }) => format.fontColor !== undefined && covers(range, row, col),
  );
  return step(hyperlink, (env) => {
    const cell = env.sheet(layout.name).getRange(link.cell);
    cell.hyperlink = hyperlink;
    cell.format.font.underline = "Single";
    if (!coloured) cell.format.font.color = color(LINK_COLOR);
  });
}

function covers(range: string, row: number, col: number): boolean {
  const origin = topLeft(range);
  const { rows, cols } = rangeSize(range);
  return row >= origin.row && row < origin.row + rows && col >= origin.col && col < origin.col + cols;
}

// A clustered bar chart of the totals, where the host has charts (ExcelApi 1.1); category labels need 1.7.
function chartStep(sheet: string, chart: ChartSpec): Step {
  return step(chart, (env) => {
    if (!env.supports("ExcelApi", "1.1")) return;
    const worksheet = env.sheet(sheet);
    const added = worksheet.charts.add("BarClustered", worksheet.getRange(chart.values), "Columns");
    added.title.text = chart.title;
    added.setPosition(chart.from, chart.to);
    if (env.supports("ExcelApi", "1.7")) {
      added.series.getItemAt(0).setXAxisValues(worksheet.getRange(chart.categories));
    }
  });
}

// Page setup needs ExcelApi 1.9 (Worksheet.pageLayout); older hosts print with Excel's defaults.
function printStep(sheet: string, print: PrintSetup): Step {
  return step(print, (env) => {
    if (!env.supports("ExcelApi", "1.9")) return;
    const page = env.sheet(sheet).pageLayout;
    page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = "A4";
    if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.topMargin = print.margins.top * 72;
    page.bottomMargin = print.margins.bottom * 72;
    page.leftMargin = print.margins.left * 72;
    page.rightMargin = print.margins.right * 72;
    page.centerHorizontally = print.horizontalCentered;
    if (print.printTitleRows) {
      const [first, last = first] = print.printTitleRows.replace(/\$/g, "").split(":");
      page.setPrintTitleRows(`$${first}:$${last}`);
    }
  });
}

/** The ownership mark of a new output sheet: a workbook-level name pointing at its A1. */
export function markStep(sheet: string, kind: SheetLayout["kind"]): Step {
  const reference = `=${quoteSheet(sheet)}!$A$1`;
  const name = ownershipName(kind);
  return step([name, reference], (env) => {
    env.context.workbook.names.add(name, reference);
  });
}
