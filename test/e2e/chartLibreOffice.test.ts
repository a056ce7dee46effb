import { execFileSync } from "child_process";
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { PNG } from "pngjs";
import { a1, type ChartSpec, type LayoutValue, type SheetLayout } from "../../src/engine";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { layoutOutputs } from "../../src/engine/layout/layoutOutputs";
import { partyBloc } from "../../src/samples/partyBloc";
import { chartParts } from "../../src/xlsx/write/chartParts";
import { escapeXml } from "../../src/xlsx/xml";
import { convert } from "./libreoffice";

const OUT = path.resolve(__dirname, "../../out/e2e");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The ranking sheet the CLI writes, in miniature: the layout's cells as plain values (a formula cell by its
// result, since the details sheet it points into is not there), and the drawing, wired as the package would.
function sheetXml(values: readonly (readonly LayoutValue[])[], withDrawing: boolean): string {
  const rows = values.map((row, r) => {
    const cells = row.map((value, c) => {
      const shown = value !== null && typeof value === "object" ? value.value : value;
      const ref = a1(r, c);
      if (shown === null) return "";
      if (typeof shown === "number") return `<c r="${ref}"><v>${shown}</v></c>`;
      if (typeof shown === "boolean") return `<c r="${ref}" t="b"><v>${shown ? 1 : 0}</v></c>`;
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(shown)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`,
    `<sheetData>${rows.join("")}</sheetData>`,
    withDrawing ? '<drawing r:id="rId1"/>' : "",
    "</worksheet>",
  ].join("");
}

const rels = (items: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}">${items
    .map((item) => `<Relationship Id="${item.id}" Type="${item.type}" Target="${item.target}"/>`)
    .join("")}</Relationships>`;

async function packageWith(layout: SheetLayout, withChart: boolean): Promise<Uint8Array> {
  const zip = new JSZip();
  const overrides = [
    ["/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"],
    [
      "/xl/worksheets/sheet1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    ],
  ];
  if (withChart && layout.chart) {
    const drawing = chartParts(layout.chart, layout.name, layout.values);
    const [chart] = drawing.children ?? [];
    if (!chart) throw new Error("no chart part");
    zip.file(
      "xl/worksheets/_rels/sheet1.xml.rels",
      rels([{ id: drawing.id, type: drawing.relType, target: "../drawings/drawing1.xml" }]),
    );
    zip.file("xl/drawings/drawing1.xml", drawing.xml);
    zip.file(
      "xl/drawings/_rels/drawing1.xml.rels",
      rels([{ id: chart.id, type: chart.relType, target: "../charts/chart1.xml" }]),
    );
    zip.file("xl/charts/chart1.xml", chart.xml);
    overrides.push(
      ["/xl/drawings/drawing1.xml", drawing.contentType],
      ["/xl/charts/chart1.xml", chart.contentType],
    );
  }
  zip.file(
    "[Content_Types].xml",
    [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
      '<Default Extension="xml" ContentType="application/xml"/>',
      ...overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`),
      "</Types>",
    ].join(""),
  );
  zip.file("_rels/.rels", rels([{ id: "rId1", type: `${REL}/officeDocument`, target: "xl/workbook.xml" }]));
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(layout.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels([{ id: "rId1", type: `${REL}/worksheet`, target: "worksheets/sheet1.xml" }]),
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml(layout.values, withChart));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** A reference as LibreOffice may write it, reduced to compare: no `$`, the sheet unquoted. */
function plainRange(formula: string): string {
  return formula
    .replace(/\$/g, "")
    .replace(/^'((?:[^']|'')*)'!/, (_, name: string) => `${name.replace(/''/g, "'")}!`);
}

// The bars' colour (chartParts' #4472C4), as the PDF renders it; nothing else on the page is that blue.
const isBar = (r: number, g: number, b: number) =>
  Math.abs(r - 0x44) < 24 && Math.abs(g - 0x72) < 24 && Math.abs(b - 0xc4) < 24;

/** The bars on a page image, top to bottom, each as its width in pixels (runs of rows of the series colour). */
function barWidths(file: string): number[] {
  const png = PNG.sync.read(readFileSync(file));
  const widths: number[] = [];
  let current = 0;
  for (let y = 0; y < png.height; y++) {
    let count = 0;
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      if (isBar(png.data[at]!, png.data[at + 1]!, png.data[at + 2]!)) count++;
    }
    if (count > 3) current = Math.max(current, count);
    else if (current > 0) {
      widths.push(current);
      current = 0;
    }
  }
  return widths;
}

describe("LibreOffice reads the ranking's chart part", () => {
  const result = evaluateBloc(partyBloc(2024), { year: 2024 });
  const ranking = layoutOutputs(result, { existing: [] }).find((layout) => layout.kind === "ranking")!;
  const chart = ranking.chart as ChartSpec;

  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
    expect(chart).not.toBeNull();
  });

  it("keeps it as a bar chart over the same ranges when it saves the file again", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-chart-"));
    const made = path.join(dir, "chart.xlsx");
    writeFileSync(made, await packageWith(ranking, true));
    mkdirSync(path.join(dir, "lo"));
    const saved = await JSZip.loadAsync(readFileSync(convert(made, "xlsx", path.join(dir, "lo"))));
    const charts = saved.file(/^xl\/charts\/chart\d+\.xml$/);
    expect(charts).toHaveLength(1);
    const xml = await charts[0]!.async("string");
    expect(xml).toMatch(/<c:barChart>\s*<c:barDir val="bar"\/>/);
    expect(xml).toMatch(/<c:grouping val="clustered"\/>/);
    const formulas = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((match) =>
      plainRange(match[1]!.replace(/&apos;/g, "'")),
    );
    expect(formulas).toEqual(
      expect.arrayContaining([`${ranking.name}!${chart.categories}`, `${ranking.name}!${chart.values}`]),
    );
    expect(xml).toMatch(/<c:orientation val="maxMin"\/>/);
    // And the drawing that holds it is still on the ranking sheet.
    const sheetRels = await saved.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string");
    expect(sheetRels).toMatch(/relationships\/drawing"/);
  });

  it("draws its bars when printed: one per unit, longest (rank 1) at the top", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "bloc-e2e-chart-pdf-"));
    const pages = async (withChart: boolean): Promise<number[]> => {
      const name = withChart ? "ranking-chart" : "ranking-no-chart";
      const made = path.join(dir, `${name}.xlsx`);
      writeFileSync(made, await packageWith(ranking, withChart));
      const pdf = convert(made, "pdf", dir);
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(dir, name)]);
      const images = readdirSync(dir).filter((file) => file.startsWith(`${name}-`) && file.endsWith(".png"));
      for (const image of images) writeFileSync(path.join(OUT, image), readFileSync(path.join(dir, image)));
      return images.sort().flatMap((image) => barWidths(path.join(dir, image)));
    };
    expect(await pages(false)).toEqual([]);
    const bars = await pages(true);
    expect(bars).toHaveLength(result.ranking.length);
    const sorted = [...bars].sort((a, b) => b - a);
    expect(bars).toEqual(sorted);
    expect(bars[0]!).toBeGreaterThan(bars[bars.length - 1]!);
  });
});
