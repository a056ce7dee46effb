import { DOMParser, type Element } from "@xmldom/xmldom";
import { validateXML } from "xmllint-wasm";
import type { ChartSpec, LayoutValue } from "../../../src/engine";
import { chartParts } from "../../../src/xlsx/write/chartParts";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

// A ranking sheet in miniature: the header on row 5, three units below it, totals as formulas in column E.
const values: LayoutValue[][] = [
  ["Bảng xếp hạng"],
  [],
  [],
  [],
  ["Hạng", "Đơn vị", "A. Công tác", "Điểm thưởng", "Tổng điểm"],
  [1, "Văn phòng Tỉnh ủy", 50, 2, { formula: "'Chi tiết'!C9", value: 92.5 }],
  [2, "Ban Tổ chức & <Kiểm tra>", 40, 1, { formula: "'Chi tiết'!D9", value: 81 }],
  [3, 'Ban "Dân vận"', 30, 0, { formula: "'Chi tiết'!E9", value: 70.25 }],
];
const chart: ChartSpec = {
  title: 'Tổng điểm thi đua <2024> & "khối"',
  categories: "B6:B8",
  values: "E6:E8",
  from: "B10",
  to: "H28",
};
const SHEET = "Xếp hạng của 'Khối'";

/** libxml2's complaints about the text as XML (xmldom, which reads it below, lets a bare `&` pass). */
async function notWellFormed(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: { fileName: "part.xml", contents: xml }, normalization: "format" });
  return result.errors.map((error) => error.message);
}

function parse(xml: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => void errors.push(`${level}: ${message}`),
  }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  if (!doc.documentElement) throw new Error("no root element");
  return doc.documentElement;
}

function children(element: Element): Element[] {
  const found: Element[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) found.push(node as Element);
  }
  return found;
}

function child(element: Element, name: string): Element {
  const found = children(element).find((each) => each.localName === name);
  if (!found) throw new Error(`no <${name}> in <${element.localName}>`);
  return found;
}

function path(root: Element, ...names: string[]): Element {
  return names.reduce(child, root);
}

const val = (element: Element, ...names: string[]) => path(element, ...names).getAttribute("val");

// The sequences of ECMA-376 Part 1's chart and spreadsheet-drawing schemas (dml-chart.xsd, dml-spreadsheetDrawing.xsd)
// for the elements written, optional members included: a child out of this order is what makes Excel repair a file.
// prettier-ignore
const SEQUENCES: Record<string, string[]> = {
  chartSpace: [
    "date1904", "lang", "roundedCorners", "AlternateContent", "style", "clrMapOvr", "pivotSource", "protection",
    "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst",
  ],
  chart: [
    "title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend",
    "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst",
  ],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  plotArea: ["layout", "barChart", "catAx", "valAx", "dTable", "spPr", "extLst"],
  barChart: [
    "barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst",
  ],
  ser: [
    "idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars",
    "cat", "val", "shape", "extLst",
  ],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  catAx: [
    "axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark",
    "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "auto", "lblAlgn", "lblOffset",
    "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst",
  ],
  valAx: [
    "axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark",
    "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses", "crossBetween", "majorUnit", "minorUnit",
    "dispUnits", "extLst",
  ],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  majorGridlines: ["spPr"],
  spPr: [
    "xfrm", "custGeom", "prstGeom", "noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill", "ln",
    "effectLst", "effectDag", "scene3d", "sp3d", "extLst",
  ],
  twoCellAnchor: ["from", "to", "graphicFrame", "clientData"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic"],
};

/** Every element with a known sequence, its children checked against it: in order, and nothing unknown. */
function outOfOrder(root: Element): string[] {
  const problems: string[] = [];
  const visit = (element: Element) => {
    const sequence = SEQUENCES[element.localName ?? ""];
    if (sequence) {
      let last = -1;
      for (const each of children(element)) {
        const at = sequence.indexOf(each.localName ?? "");
        if (at < 0) problems.push(`<${each.localName}> is no child of <${element.localName}>`);
        else if (at < last) problems.push(`<${each.localName}> too late in <${element.localName}>`);
        else last = at;
      }
    }
    children(element).forEach(visit);
  };
  visit(root);
  return problems;
}

function cache(source: Element): { count: string | null; points: [string | null, string][] } {
  const data = children(source)[0]!;
  const stored = child(data, data.localName === "strRef" ? "strCache" : "numCache");
  return {
    count: val(stored, "ptCount"),
    points: children(stored)
      .filter((each) => each.localName === "pt")
      .map((pt) => [pt.getAttribute("idx"), child(pt, "v").textContent ?? ""]),
  };
}

describe("chartParts", () => {
  const drawing = chartParts(chart, SHEET, values);
  const [chartPart] = drawing.children ?? [];
  if (!chartPart) throw new Error("no chart part");
  const space = parse(chartPart.xml);
  const barChart = path(space, "chart", "plotArea", "barChart");
  const series = child(barChart, "ser");

  it("is a drawing part with the chart as its child, with the types and ids the package wires", () => {
    expect(drawing).toMatchObject({
      stem: "xl/drawings/drawing",
      contentType: "application/vnd.openxmlformats-officedocument.drawing+xml",
      relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
      id: "rId1",
    });
    expect(chartPart).toMatchObject({
      stem: "xl/charts/chart",
      contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
      relType: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
    });
    expect(chartPart.children ?? []).toEqual([]);
  });

  it("is well-formed XML, the drawing and the chart", async () => {
    expect(await notWellFormed(drawing.xml)).toEqual([]);
    expect(await notWellFormed(chartPart.xml)).toEqual([]);
    expect(await notWellFormed("<a>&</a>")).not.toEqual([]);
  });

  it("anchors a frame from the top-left of `from` to the bottom-right of `to`, referring to the chart by its id", () => {
    const anchor = child(parse(drawing.xml), "twoCellAnchor");
    const corner = (name: string) =>
      ["col", "colOff", "row", "rowOff"].map((part) => path(anchor, name, part).textContent);
    expect(corner("from")).toEqual(["1", "0", "9", "0"]); // B10
    expect(corner("to")).toEqual(["8", "0", "28", "0"]); // the corner after H28
    const ref = path(anchor, "graphicFrame", "graphic", "graphicData", "chart");
    expect(ref.namespaceURI).toBe(C);
    expect(ref.getAttribute("r:id")).toBe(chartPart.id);
  });

  it("is a clustered horizontal bar chart, one series, titled with the escaped title", () => {
    expect(space.namespaceURI).toBe(C);
    expect(val(barChart, "barDir")).toBe("bar");
    expect(val(barChart, "grouping")).toBe("clustered");
    expect(children(barChart).filter((each) => each.localName === "ser")).toHaveLength(1);
    expect(val(space, "roundedCorners")).toBe("0");
    expect(val(space, "chart", "autoTitleDeleted")).toBe("0");
    expect(path(space, "chart", "title", "tx", "rich", "p", "r", "t").textContent).toBe(chart.title);
  });

  it("refers to the categories and values on the quoted sheet, absolutely", () => {
    const formula = (name: string) =>
      path(series, name, children(child(series, name))[0]!.localName ?? "", "f").textContent;
    expect(formula("cat")).toBe("'Xếp hạng của ''Khối'''!$B$6:$B$8");
    expect(formula("val")).toBe("'Xếp hạng của ''Khối'''!$E$6:$E$8");
    expect(path(series, "cat", "strRef")).toBeDefined();
    expect(path(series, "val", "numRef")).toBeDefined();
    // The header above the totals names the series.
    expect(path(series, "tx", "strRef", "f").textContent).toBe("'Xếp hạng của ''Khối'''!$E$5");
    expect(cache(child(series, "tx")).points).toEqual([["0", "Tổng điểm"]]);
  });

  it("caches the layout's cells, a formula cell by its value, so that a reader need not recalculate", () => {
    expect(cache(child(series, "cat"))).toEqual({
      count: "3",
      points: [
        ["0", "Văn phòng Tỉnh ủy"],
        ["1", "Ban Tổ chức & <Kiểm tra>"],
        ["2", 'Ban "Dân vận"'],
      ],
    });
    expect(cache(child(series, "val"))).toEqual({
      count: "3",
      points: [
        ["0", "92.5"],
        ["1", "81"],
        ["2", "70.25"],
      ],
    });
  });

  it("writes every element in its schema's order, in the chart and in the drawing", () => {
    expect(outOfOrder(space)).toEqual([]);
    expect(outOfOrder(parse(drawing.xml))).toEqual([]);
  });

  it("shows the first category at the top: categories run maxMin and the value axis crosses at the last", () => {
    const plotArea = path(space, "chart", "plotArea");
    const [catId, valId] = children(barChart)
      .filter((each) => each.localName === "axId")
      .map((each) => each.getAttribute("val"));
    expect(catId).not.toBe(valId);
    expect(val(plotArea, "catAx", "axId")).toBe(catId);
    expect(val(plotArea, "catAx", "crossAx")).toBe(valId);
    expect(val(plotArea, "valAx", "axId")).toBe(valId);
    expect(val(plotArea, "valAx", "crossAx")).toBe(catId);
    expect(val(plotArea, "catAx", "scaling", "orientation")).toBe("maxMin");
    expect(val(plotArea, "valAx", "crosses")).toBe("max");
  });

  it("colours the bars and the lines itself, so that a package without a theme still shows them", () => {
    const colour = (element: Element) => path(element, "solidFill", "srgbClr").getAttribute("val");
    expect(colour(child(series, "spPr"))).toMatch(/^[0-9A-F]{6}$/);
    const plotArea = path(space, "chart", "plotArea");
    expect(colour(path(plotArea, "valAx", "majorGridlines", "spPr", "ln"))).toMatch(/^[0-9A-F]{6}$/);
    expect(colour(path(plotArea, "catAx", "spPr", "ln"))).toMatch(/^[0-9A-F]{6}$/);
  });

  it("leaves blank and text cells out of the number cache, and control characters out of the text", async () => {
    const odd: LayoutValue[][] = [
      ["Đơn vị", "Tổng"],
      ["A\u0007 B", 10],
      [null, null],
      [42, "—"],
      [true, { formula: "X1", value: "#N/A" }],
    ];
    const spec = { ...chart, categories: "A2:A5", values: "B2:B5" };
    const xml = chartParts(spec, "S", odd).children![0]!.xml;
    expect(await notWellFormed(xml)).toEqual([]);
    const made = parse(xml);
    const ser = path(made, "chart", "plotArea", "barChart", "ser");
    expect(cache(child(ser, "cat"))).toEqual({
      count: "4",
      points: [
        ["0", "A B"],
        ["2", "42"],
        ["3", "TRUE"],
      ],
    });
    expect(cache(child(ser, "val"))).toEqual({ count: "4", points: [["0", "10"]] });
  });

  it("names no series when the values start on the first row or have no text above them", () => {
    const top = chartParts({ ...chart, categories: "A1:A2", values: "B1:B2" }, "S", [
      ["x", 1],
      ["y", 2],
    ]);
    expect(
      children(path(parse(top.children![0]!.xml), "chart", "plotArea", "barChart", "ser")).map(
        (each) => each.localName,
      ),
    ).not.toContain("tx");
    const numbered = chartParts({ ...chart, categories: "A2:A2", values: "B2:B2" }, "S", [
      [0, 7],
      ["x", 1],
    ]);
    const ser = path(parse(numbered.children![0]!.xml), "chart", "plotArea", "barChart", "ser");
    expect(children(ser).map((each) => each.localName)).not.toContain("tx");
    expect(path(ser, "val", "numRef", "f").textContent).toBe("'S'!$B$2");
  });
});
