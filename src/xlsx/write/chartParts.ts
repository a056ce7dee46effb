import {
  columnName,
  parseA1,
  parseRange,
  quoteSheet,
  type ChartSpec,
  type LayoutValue,
  type Rect,
} from "../../engine";
import type { NewPart } from "../package/newPart";
import { escapeXml } from "../xml";

// The ranking's bar chart as DrawingML, written as Excel writes a chart: every element in its schema's order
// (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx), since Excel repairs
// (drops) a chart whose elements are out of order. Each reference carries its cached values, so that a
// reader that does not recalculate (a mail preview, LibreOffice with its defaults) still draws the bars.

const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// Any two distinct numbers: they only tie the bar chart to its axes and the axes to each other.
const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;
// Colours of their own, not the theme's: a package without a theme part (made by a tool, not by Excel) would
// otherwise draw no bars and no lines at all (LibreOffice reads the missing accent colour as no fill). The
// bars are Office's first accent, the lines Excel's default greys.
const BAR_FILL = '<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr>';
const line = (colour: string) =>
  `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>`;

// XML 1.0 has no place for most control characters nor for half a surrogate pair; a unit name read from a
// user's cell may hold one. Pairs are kept, anything else invalid is dropped from the cached text.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;

function xmlText(text: string): string {
  return escapeXml(text.replace(INVALID_XML, (match) => (match.length === 2 ? match : "")));
}

function rangeOf(range: string): Rect {
  const rect = parseRange(range);
  // The layouts make these ranges; one that does not parse is a bug here, not a problem with the user's file.
  if (!rect) throw new Error(`chartParts: not a range: ${range}`);
  return rect;
}

function absolute(row: number, col: number): string {
  return `$${columnName(col)}$${row + 1}`;
}

/** `'Xếp hạng'!$B$7:$B$12`, as Excel writes a series' reference. */
function reference(sheet: string, rect: Rect): string {
  const from = absolute(rect.top, rect.left);
  const single = rect.top === rect.bottom && rect.left === rect.right;
  return `${quoteSheet(sheet)}!${single ? from : `${from}:${absolute(rect.bottom, rect.right)}`}`;
}

/** The range's cells, row by row, each the value a reader sees (a formula cell's cached result). */
function cellsOf(
  rect: Rect,
  values: readonly (readonly LayoutValue[])[],
): (string | number | boolean | null)[] {
  const cells: (string | number | boolean | null)[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      const value = values[row]?.[col] ?? null;
      cells.push(value !== null && typeof value === "object" ? value.value : value);
    }
  }
  return cells;
}

function cellText(value: string | number | boolean | null): string | null {
  if (value === null) return null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  return value;
}

function strRef(formula: string, cells: readonly (string | number | boolean | null)[]): string {
  const points: string[] = [];
  cells.forEach((cell, idx) => {
    const text = cellText(cell);
    if (text !== null) points.push(`<c:pt idx="${idx}"><c:v>${xmlText(text)}</c:v></c:pt>`);
  });
  return [
    `<c:strRef><c:f>${xmlText(formula)}</c:f><c:strCache><c:ptCount val="${cells.length}"/>`,
    ...points,
    "</c:strCache></c:strRef>",
  ].join("");
}

// A cell without a number (blank, text) has no point in a number cache: Excel leaves a gap there.
function numRef(formula: string, cells: readonly (string | number | boolean | null)[]): string {
  const points: string[] = [];
  cells.forEach((cell, idx) => {
    if (typeof cell === "number" && Number.isFinite(cell))
      points.push(`<c:pt idx="${idx}"><c:v>${cell}</c:v></c:pt>`);
  });
  return [
    `<c:numRef><c:f>${xmlText(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode>`,
    `<c:ptCount val="${cells.length}"/>`,
    ...points,
    "</c:numCache></c:numRef>",
  ].join("");
}

/**
 * The series' name: the header above a one-column range of values (the ranking's "Tổng điểm"), so that a
 * tooltip names the bars; none when there is no text there.
 */
function seriesName(sheet: string, rect: Rect, values: readonly (readonly LayoutValue[])[]): string {
  if (rect.top === 0 || rect.left !== rect.right) return "";
  const above = { top: rect.top - 1, bottom: rect.top - 1, left: rect.left, right: rect.left };
  const [cell = null] = cellsOf(above, values);
  if (typeof cell !== "string" || cell === "") return "";
  return `<c:tx>${strRef(reference(sheet, above), [cell])}</c:tx>`;
}

function title(text: string): string {
  return [
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr>",
    `<a:r><a:rPr lang="vi-VN"/><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`,
    '<c:overlay val="0"/></c:title>',
  ].join("");
}

// Categories top to bottom in rank order: a bar chart's first category is at the bottom, so the category axis
// runs maxMin, and the value axis crosses it at its maximum (now the bottom) to stay under the bars.
const AXES = [
  `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling>`,
  '<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/>',
  '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
  line("BFBFBF"),
  `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>`,
  '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>',
  `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>`,
  '<c:delete val="0"/><c:axPos val="b"/>',
  `<c:majorGridlines>${line("D9D9D9")}</c:majorGridlines>`,
  '<c:numFmt formatCode="General" sourceLinked="1"/>',
  '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>',
  `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`,
].join("");

function chartXml(chart: ChartSpec, sheet: string, values: readonly (readonly LayoutValue[])[]): string {
  const categories = rangeOf(chart.categories);
  const numbers = rangeOf(chart.values);
  return [
    DECLARATION,
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">`,
    '<c:date1904 val="0"/><c:roundedCorners val="0"/>',
    "<c:chart>",
    title(chart.title),
    '<c:autoTitleDeleted val="0"/>',
    "<c:plotArea><c:layout/>",
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>',
    '<c:ser><c:idx val="0"/><c:order val="0"/>',
    seriesName(sheet, numbers, values),
    BAR_FILL,
    '<c:invertIfNegative val="0"/>',
    `<c:cat>${strRef(reference(sheet, categories), cellsOf(categories, values))}</c:cat>`,
    `<c:val>${numRef(reference(sheet, numbers), cellsOf(numbers, values))}</c:val>`,
    "</c:ser>",
    `<c:gapWidth val="150"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>`,
    AXES,
    "</c:plotArea>",
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    "</c:chart>",
    "</c:chartSpace>",
  ].join("");
}

/** An anchor corner: the top-left of the cell, or (`after`) of the cell beyond it, which is its bottom-right. */
function corner(tag: "from" | "to", cell: string, after: boolean): string {
  const at = parseA1(cell);
  if (!at) throw new Error(`chartParts: not a cell: ${cell}`);
  const step = after ? 1 : 0;
  return [
    `<xdr:${tag}><xdr:col>${at.col + step}</xdr:col><xdr:colOff>0</xdr:colOff>`,
    `<xdr:row>${at.row + step}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`,
  ].join("");
}

// The chart covers `from` to `to` both included, as Office.js's setPosition(from, to) places it.
function drawingXml(chart: ChartSpec, chartId: string): string {
  return [
    DECLARATION,
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">`,
    "<xdr:twoCellAnchor>",
    corner("from", chart.from, false),
    corner("to", chart.to, true),
    '<xdr:graphicFrame macro="">',
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${NS.c}">`,
    `<c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${chartId}"/>`,
    "</a:graphicData></a:graphic>",
    "</xdr:graphicFrame>",
    "<xdr:clientData/>",
    "</xdr:twoCellAnchor>",
    "</xdr:wsDr>",
  ].join("");
}

/**
 * The drawing part (with the chart part as its child) that shows the ranking's bar chart on sheet `sheet`: a
 * twoCellAnchor from `chart.from` to `chart.to` (both cells covered) holding a graphicFrame that refers to the
 * chart; the chart a clustered horizontal bar chart of `chart.values` by `chart.categories`, first category at
 * the top, titled `chart.title`, with absolute references into `sheet` and caches of `values` (the layout's
 * cells, a formula cell giving its `.value`) so that a reader that does not recalculate still draws it. The
 * returned part's `id` is what the sheet's `<drawing r:id>` uses: "rId1".
 */
export function chartParts(
  chart: ChartSpec,
  sheet: string,
  values: readonly (readonly LayoutValue[])[],
): NewPart {
  const chartPart: NewPart = {
    stem: "xl/charts/chart",
    contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
    relType: `${REL}/chart`,
    id: "rId1",
    xml: chartXml(chart, sheet, values),
  };
  return {
    stem: "xl/drawings/drawing",
    contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
    relType: `${REL}/drawing`,
    id: "rId1",
    xml: drawingXml(chart, chartPart.id),
    children: [chartPart],
  };
}
