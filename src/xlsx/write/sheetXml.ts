import {
  a1,
  type CellLink,
  columnName,
  type LayoutValue,
  linkReference,
  linkText,
  pageNumberHeader,
  parseA1,
  parseRange,
  type PrintSetup,
  quoteSheet,
  type Rect,
  type SheetLayout,
} from "../../engine";
import { foldFormat, StyleNode } from "./foldFormat";
import type { StyleSheet } from "./StyleSheet";
import { xmlAttribute, xmlText } from "./xmlText";

/** Options of sheetXml. */
export interface SheetXmlOptions {
  /** The sheet is the workbook's active one: its tab is selected. */
  selected: boolean;
  /** The relationship id of the sheet's drawing (its chart), when it has one. */
  drawingId?: string;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PAPER_SIZE = { A4: 9 } as const;
// Excel's defaults for the header and footer bands, which the layout does not set.
const HEADER_FOOTER_MARGIN = 0.3;
// Excel's last column index (0-based), the extent of a row break.
const LAST_COLUMN = 16383;
const LINK_COLOUR = "0563C1";
// The steps of the style fold besides the format ranges (which are 2 × index, + 1 on a range's last row).
const LINK_STEP = -1;
const UNLOCK_STEP = -2;

function rectOf(range: string): Rect {
  const rect = parseRange(range);
  if (!rect) throw new RangeError(`Not a range: ${range}`);
  return rect;
}

function cellOf(ref: string): { row: number; col: number } {
  const cell = parseA1(ref);
  if (!cell) throw new RangeError(`Not a cell reference: ${ref}`);
  return cell;
}

function rangeText(rect: Rect): string {
  const from = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right
    ? from
    : `${from}:${a1(rect.bottom, rect.right)}`;
}

/** A number as the shortest text that reads back as the same double. */
function numberText(value: number): string {
  return String(value);
}

/**
 * One output sheet as worksheet XML (CT_Worksheet, its elements in schema order), its cell formats appended to
 * `styles`. Strings are inline (`t="inlineStr"`), so sharedStrings.xml is left alone; a string is always text,
 * whatever it starts with. Also the formula of the sheet's `_xlnm.Print_Titles` name (columns first), or null:
 * the workbook part holds defined names.
 */
export function sheetXml(
  layout: SheetLayout,
  styles: StyleSheet,
  options: SheetXmlOptions,
): { xml: string; printTitles: string | null } {
  const formats = layout.formats.map((format) => ({ rect: rectOf(format.range), format: format.format }));
  // The last link on a cell wins, as a second hyperlink set on a cell replaces the first.
  const links = new Map<string, { link: CellLink; at: number }>();
  const linkCells = layout.links.map((link) => ({ ...cellOf(link.cell), link }));
  const unlocked = (layout.protection?.unlocked ?? []).map(rectOf);

  let rows = layout.values.length;
  let cols = 0;
  for (const row of layout.values) cols = Math.max(cols, row.length);
  for (const { rect } of formats) {
    rows = Math.max(rows, rect.bottom + 1);
    cols = Math.max(cols, rect.right + 1);
  }
  for (const rect of unlocked) {
    rows = Math.max(rows, rect.bottom + 1);
    cols = Math.max(cols, rect.right + 1);
  }
  for (const { row, col } of linkCells) {
    rows = Math.max(rows, row + 1);
    cols = Math.max(cols, col + 1);
  }

  // Each cell's style, folded range by range in layout order, then the links' and the protection's.
  const cellStyles: (StyleNode | undefined)[] = new Array<StyleNode | undefined>(rows * cols);
  const root = new StyleNode({});
  const fold = (
    rect: Rect,
    stepOf: (row: number) => number,
    foldOf: (row: number) => Parameters<StyleNode["then"]>[1],
  ) => {
    for (let row = rect.top; row <= rect.bottom; row++) {
      const step = stepOf(row);
      const apply = foldOf(row);
      let from: StyleNode | undefined;
      let to: StyleNode | undefined;
      for (let col = rect.left, at = row * cols + rect.left; col <= rect.right; col++, at++) {
        const node = cellStyles[at] ?? root;
        // Neighbours mostly share a style: the last step is remembered to skip the lookup.
        if (node !== from) {
          from = node;
          to = node.then(step, apply);
        }
        cellStyles[at] = to;
      }
    }
  };
  formats.forEach(({ rect, format }, index) => {
    const lastRowStep = format.bottomBorder !== undefined ? 2 * index + 1 : 2 * index;
    fold(
      rect,
      (row) => (row === rect.bottom ? lastRowStep : 2 * index),
      (row) => (style) => foldFormat(style, format, row === rect.bottom),
    );
  });
  const shown: (LayoutValue | undefined)[] = [];
  for (const { row, col, link } of linkCells) {
    const at = row * cols + col;
    const value = shown[at] !== undefined ? shown[at] : (layout.values[row]?.[col] ?? null);
    // "" writes nothing, as a cell never written: the link then shows where it leads.
    shown[at] = linkText(value === "" ? null : value, link);
    links.set(a1(row, col), { link, at });
    fold(
      { top: row, bottom: row, left: col, right: col },
      () => LINK_STEP,
      () => (style) => ({ ...style, underline: true, fontColor: style.fontColor ?? LINK_COLOUR }),
    );
  }
  for (const rect of unlocked) {
    fold(
      rect,
      () => UNLOCK_STEP,
      () => (style) => ({ ...style, locked: false }),
    );
  }

  const xfOf = (node: StyleNode): number => {
    if (node.xf < 0) node.xf = styles.cellXf(node.style);
    return node.xf;
  };

  const heights = new Map<number, number>();
  for (const { row, height } of layout.rowHeights) heights.set(row, height);
  const columnNames = Array.from({ length: cols }, (_, c) => columnName(c));
  const sheetData: string[] = ["<sheetData>"];
  let lastRow = -1;
  let lastCol = -1;
  let rowCount = rows;
  for (const row of heights.keys()) rowCount = Math.max(rowCount, row);
  for (let row = 0; row < rowCount; row++) {
    const cells: string[] = [];
    const values = layout.values[row];
    const number = row + 1;
    for (let col = 0; col < (row < rows ? cols : 0); col++) {
      const at = row * cols + col;
      const linked = shown[at];
      const value = linked !== undefined ? linked : (values?.[col] ?? null);
      const node = cellStyles[at];
      if ((value === null || value === "") && !node) continue;
      const xf = node ? xfOf(node) : 0;
      const open = `<c r="${columnNames[col]}${number}"${xf ? ` s="${xf}"` : ""}`;
      cells.push(open + cellBody(value));
      lastCol = Math.max(lastCol, col);
    }
    const height = heights.get(number);
    if (cells.length === 0 && height === undefined) continue;
    if (cells.length > 0) lastRow = row;
    const heightText = height !== undefined ? ` ht="${numberText(height)}" customHeight="1"` : "";
    sheetData.push(
      cells.length
        ? `<row r="${number}"${heightText}>${cells.join("")}</row>`
        : `<row r="${number}"${heightText}/>`,
    );
  }
  sheetData.push("</sheetData>");

  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">`,
    sheetProperties(layout),
    `<dimension ref="${lastRow < 0 ? "A1" : rangeText({ top: 0, left: 0, bottom: lastRow, right: Math.max(lastCol, 0) })}"/>`,
    sheetViews(layout, options.selected),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columns(layout.columnWidths),
    sheetData.join(""),
  ];
  // The options ExcelJS's protect() wrote: selecting cells and resizing rows and columns stay allowed.
  if (layout.protection) parts.push('<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>');
  const merges = layout.merges
    .map(rectOf)
    .filter((rect) => rect.top !== rect.bottom || rect.left !== rect.right);
  if (merges.length) {
    parts.push(`<mergeCells count="${merges.length}">`);
    for (const rect of merges) parts.push(`<mergeCell ref="${rangeText(rect)}"/>`);
    parts.push("</mergeCells>");
  }
  const validations = layout.validations ?? [];
  if (validations.length) {
    parts.push(`<dataValidations count="${validations.length}">`);
    for (const rule of validations) {
      const prompt = rule.prompt ? ` showInputMessage="1" prompt="${xmlAttribute(rule.prompt)}"` : "";
      parts.push(
        `<dataValidation type="decimal" errorStyle="stop" operator="between" allowBlank="1"${prompt}` +
          ` showErrorMessage="1" errorTitle="${xmlAttribute(rule.errorTitle)}" error="${xmlAttribute(rule.error)}"` +
          ` sqref="${rangeText(rectOf(rule.range))}"><formula1>${numberText(rule.min)}</formula1>` +
          `<formula2>${numberText(rule.max)}</formula2></dataValidation>`,
      );
    }
    parts.push("</dataValidations>");
  }
  if (links.size) {
    parts.push("<hyperlinks>");
    for (const [ref, { link, at }] of links) {
      const display = shown[at];
      parts.push(
        `<hyperlink ref="${ref}" location="${xmlAttribute(linkReference(link))}" display="${xmlAttribute(String(display))}"/>`,
      );
    }
    parts.push("</hyperlinks>");
  }
  parts.push(printXml(layout.print, pageNumberHeader(layout.formats)));
  const breaks = [...new Set(layout.pageBreaks ?? [])].filter((row) => row > 1).sort((a, b) => a - b);
  if (breaks.length) {
    parts.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    // A break's id is the last row of the page before it.
    for (const row of breaks) parts.push(`<brk id="${row - 1}" max="${LAST_COLUMN}" man="1"/>`);
    parts.push("</rowBreaks>");
  }
  if (options.drawingId !== undefined) parts.push(`<drawing r:id="${xmlAttribute(options.drawingId)}"/>`);
  parts.push("</worksheet>");
  return { xml: parts.join(""), printTitles: printTitles(layout) };
}

/** The rest of a `<c` element after its reference and style: the type, the value, the close. */
function cellBody(value: LayoutValue): string {
  if (value === null || value === "") return "/>";
  if (typeof value === "string") return ` t="inlineStr"><is>${textElement(value)}</is></c>`;
  if (typeof value === "boolean") return ` t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "number") {
    return Number.isFinite(value) ? `><v>${numberText(value)}</v></c>` : ` t="e"><v>#NUM!</v></c>`;
  }
  const formula = `<f>${xmlText(value.formula.replace(/^=/, ""))}</f>`;
  if (typeof value.value === "string") return ` t="str">${formula}<v>${xmlText(value.value)}</v></c>`;
  return Number.isFinite(value.value)
    ? `>${formula}<v>${numberText(value.value)}</v></c>`
    : ` t="e">${formula}<v>#NUM!</v></c>`;
}

function textElement(text: string): string {
  // Leading or trailing spaces would be dropped by readers without xml:space.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${space}>${xmlText(text)}</t>`;
}

function sheetProperties(layout: SheetLayout): string {
  const tab = layout.tabColor
    ? `<tabColor rgb="FF${xmlAttribute(layout.tabColor.replace(/^#/, "").toUpperCase())}"/>`
    : "";
  const fit = layout.print.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViews(layout: SheetLayout, selected: boolean): string {
  const open = `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0"`;
  const freeze = layout.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return `${open}/></sheetViews>`;
  const rows = Math.max(0, freeze.rows);
  const columns = Math.max(0, freeze.columns);
  const pane = rows && columns ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const split = (columns ? ` xSplit="${columns}"` : "") + (rows ? ` ySplit="${rows}"` : "");
  return (
    `${open}><pane${split} topLeftCell="${a1(rows, columns)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

function columns(widths: readonly number[]): string {
  const cols: string[] = [];
  for (let c = 0; c < widths.length; c++) {
    const width = widths[c];
    if (width === undefined || !Number.isFinite(width)) continue;
    let last = c;
    while (last + 1 < widths.length && widths[last + 1] === width) last++;
    cols.push(`<col min="${c + 1}" max="${last + 1}" width="${numberText(width)}" customWidth="1"/>`);
    c = last;
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

/**
 * Page setup for printing, as the ExcelJS writer set it: A4, fitted one page wide and as many tall as needed
 * (fitToHeight 0) or at 100 %; page numbers centred in the header, from the second page on as Excel's
 * "different first page" with an empty first header, each document numbered from its own first page.
 */
function printXml(print: PrintSetup, pageNumber: string): string {
  const { top, bottom, left, right } = print.margins;
  const parts: string[] = [];
  if (print.horizontalCentered) parts.push('<printOptions horizontalCentered="1"/>');
  parts.push(
    `<pageMargins left="${numberText(left)}" right="${numberText(right)}" top="${numberText(top)}"` +
      ` bottom="${numberText(bottom)}" header="${HEADER_FOOTER_MARGIN}" footer="${HEADER_FOOTER_MARGIN}"/>`,
  );
  const scale = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ' scale="100"';
  const numbering = print.pageNumbers ? ' firstPageNumber="1" useFirstPageNumber="1"' : "";
  parts.push(
    `<pageSetup paperSize="${PAPER_SIZE[print.paperSize]}"${scale} orientation="${print.orientation}"${numbering}/>`,
  );
  if (print.pageNumbers) {
    const first = print.pageNumbers === "fromSecond" ? ' differentFirst="1"' : "";
    parts.push(`<headerFooter${first}><oddHeader>${xmlText(`&C${pageNumber}`)}</oddHeader></headerFooter>`);
  }
  return parts.join("");
}

/** `5:5` or `$A:$B` as an absolute range of whole rows or columns: `$5:$5`, `$A:$B`. */
function wholeLines(lines: string): string {
  const [from, to = from] = lines.replace(/\$/g, "").split(":");
  return `$${from}:$${to}`;
}

function printTitles(layout: SheetLayout): string | null {
  const sheet = quoteSheet(layout.name);
  const titles: string[] = [];
  if (layout.print.printTitleColumns) titles.push(`${sheet}!${wholeLines(layout.print.printTitleColumns)}`);
  if (layout.print.printTitleRows) titles.push(`${sheet}!${wholeLines(layout.print.printTitleRows)}`);
  return titles.length ? titles.join(",") : null;
}
