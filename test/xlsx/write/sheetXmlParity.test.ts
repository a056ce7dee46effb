import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import JSZip from "jszip";
import path from "path";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { planForms } from "../../../src/engine/forms/planForms";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { SAMPLES } from "../../../src/samples";
import { sheetXml } from "../../../src/xlsx/write/sheetXml";
import { StyleSheet } from "../../../src/xlsx/write/StyleSheet";
import { writeLayout } from "../oracle/writeLayout";
import { decodeXml } from "../../../src/xlsx/xml";
import { decreeBloc } from "../../helpers/decreeBloc";
import { documentLayout } from "../../helpers/documentLayout";
import { TIED_UNITS } from "../../helpers/settledTie";
import { rankingLayout } from "../xlsxFixtures";
import { packageOf } from "./packageOf";

const YEAR = 2024;

/** Every kind of layout the engine makes: each sample's outputs, two forms, a tie's ballot, and fixtures. */
function layoutSets(): [string, SheetLayout[], string | null][] {
  const sets: [string, SheetLayout[], string | null][] = SAMPLES.map((sample) => {
    const result = evaluateBloc(sample.build(YEAR), { year: YEAR });
    return [sample.id, layoutOutputs(result, { existing: [] }), sample.id];
  });
  const party = evaluateBloc(SAMPLES[0]!.build(YEAR), { year: YEAR });
  sets.push(["outputs in English", layoutOutputs(party, { lang: "en", existing: [] }), null]);
  for (const sample of SAMPLES.slice(0, 2)) {
    const plan = planForms(evaluateBloc(sample.build(YEAR), { year: YEAR }), { lang: "vi" });
    if (plan.status !== "planned") throw new Error(`no forms for ${sample.id}`);
    const forms = plan.forms.flatMap((form) => (form.action === "create" ? [form.layout] : [])).slice(0, 2);
    sets.push([`forms of ${sample.id}`, forms, null]);
  }
  const tie = layoutOutputs(evaluateBloc(decreeBloc(TIED_UNITS), { year: YEAR }), { existing: [] });
  sets.push(["a tie with its ballot", tie, null]);
  sets.push([
    "fixtures",
    [
      rankingLayout({
        validations: [
          { range: "C3:C4", min: 0, max: 10.5, errorTitle: "Sai", error: "0 – 10,5", prompt: "Điểm" },
        ],
        protection: { unlocked: ["C3:C4", "A7"] },
        pageBreaks: [3, 5],
        rowHeights: [
          { row: 1, height: 30 },
          { row: 9, height: 12.5 },
        ],
        freeze: { rows: 2, columns: 0 },
      }),
      documentLayout({ name: "Tài liệu" }),
      rankingLayout({
        name: "Cột cố định",
        freeze: { rows: 0, columns: 2 },
        tabColor: null,
        chart: null,
        formats: [
          ...rankingLayout().formats,
          { range: "C5:D6", format: { numberFormat: "0.000", fontName: "Arial", fontColor: "C00000" } },
          { range: "A6:B6", format: { numberFormat: '#,##0.0 "điểm"', bottomBorder: "medium", wrap: false } },
        ],
        print: { ...rankingLayout().print, pageNumbers: "all", horizontalCentered: false },
      }),
    ],
    null,
  ]);
  return sets;
}

interface Written {
  book: ExcelJS.Workbook;
  xml: Map<string, string>;
}

async function load(data: Buffer | ArrayBuffer): Promise<Written> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as ArrayBuffer);
  const zip = await JSZip.loadAsync(data);
  const xml = new Map<string, string>();
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  for (const [, name, id] of workbook.matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
    xml.set(
      name!.replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
      await zip.file(`xl/${target}`)!.async("string"),
    );
  }
  return { book, xml };
}

async function oldWriter(layouts: SheetLayout[]): Promise<Written> {
  const book = new ExcelJS.Workbook();
  for (const layout of layouts) writeLayout(book, layout);
  return load(await book.xlsx.writeBuffer());
}

/** The sample's own styles part, as a user's workbook brings one; null for none. */
async function stylesOf(sample: string | null): Promise<string | null> {
  if (sample === null) return null;
  const zip = await JSZip.loadAsync(
    readFileSync(path.join(__dirname, "../../../assets/samples", `${sample}.xlsx`)),
  );
  return zip.file("xl/styles.xml")!.async("string");
}

function render(layouts: SheetLayout[], input: string | null) {
  const styles = new StyleSheet(input);
  const sheets = layouts.map((layout) => ({
    name: layout.name,
    ...sheetXml(layout, styles, { selected: false }),
  }));
  return { sheets, styles: styles.toXml() };
}

async function newWriter(layouts: SheetLayout[], input: string | null): Promise<Written> {
  const { sheets, styles } = render(layouts, input);
  return load(await packageOf(sheets, styles));
}

// What ExcelJS keeps on a worksheet without typing it.
interface ExcelJsInternals {
  dataValidations: { model: Record<string, { formulae: unknown[] } & Record<string, unknown>> };
  sheetProtection?: Record<string, unknown>;
}

const DEFAULT_FONT = { name: "Calibri", size: 11 };

function cellFacts(cell: ExcelJS.Cell): Record<string, unknown> {
  let value: unknown = cell.value;
  if (cell.type === ExcelJS.ValueType.Merge) value = { merged: cell.master.address };
  else if (cell.type === ExcelJS.ValueType.Formula) value = { formula: cell.formula, result: cell.result };
  else if (value && typeof value === "object" && "hyperlink" in value)
    value = (value as unknown as { text: unknown }).text;
  const font = cell.font ?? {};
  const border = cell.border ?? {};
  const alignment = cell.alignment ?? {};
  return {
    value: value ?? null,
    font: {
      name: font.name ?? DEFAULT_FONT.name,
      size: font.size ?? DEFAULT_FONT.size,
      bold: !!font.bold,
      italic: !!font.italic,
      underline: !!font.underline,
      color: font.color?.argb ?? null,
    },
    fill: cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? cell.fill.fgColor?.argb : null,
    border: Object.fromEntries(
      (["top", "left", "bottom", "right"] as const).map((edge) => [edge, border[edge]?.style ?? null]),
    ),
    alignment: {
      horizontal: alignment.horizontal ?? null,
      vertical: alignment.vertical ?? null,
      wrap: !!alignment.wrapText,
    },
    numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : "General",
    locked: cell.protection?.locked !== false,
  };
}

const PLAIN = JSON.stringify(
  cellFacts({ value: null, type: ExcelJS.ValueType.Null } as unknown as ExcelJS.Cell),
);

/** Every cell that shows something or is formatted, by address. */
function cellsOf(sheet: ExcelJS.Worksheet): Record<string, Record<string, unknown>> {
  const cells: Record<string, Record<string, unknown>> = {};
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const facts = cellFacts(cell);
      if (JSON.stringify(facts) !== PLAIN) cells[cell.address] = facts;
    }),
  );
  return cells;
}

function sheetFacts(sheet: ExcelJS.Worksheet, xml: string, layout: SheetLayout): Record<string, unknown> {
  const setup = sheet.pageSetup;
  const widths: (number | undefined)[] = [];
  // ExcelJS leaves out a column as wide as its own default (9), which Excel then shows at its default 8.43:
  // the width the layout asked for is what is meant.
  for (let c = 1; c <= sheet.columnCount; c++)
    widths.push(sheet.getColumn(c).width ?? (layout.columnWidths[c - 1] === 9 ? 9 : undefined));
  const heights: Record<number, number> = {};
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) heights[r] = row.height;
  });
  for (let r = 1; r <= sheet.rowCount; r++) {
    const height = sheet.findRow(r)?.height;
    if (height !== undefined) heights[r] = height;
  }
  const validations = Object.fromEntries(
    Object.entries((sheet as unknown as ExcelJsInternals).dataValidations.model).map(([address, rule]) => [
      address,
      { ...rule, formulae: rule.formulae.map(Number) },
    ]),
  );
  return {
    merges: [...sheet.model.merges].sort(),
    widths: widths.slice(0, Math.max(...widths.map((w, i) => (w === undefined ? 0 : i + 1)), 0)),
    heights,
    // A plain view says what no view says.
    views: (sheet.views ?? [])
      .map((view) => ({
        state: view.state ?? "normal",
        xSplit: (view as { xSplit?: number }).xSplit || 0,
        ySplit: (view as { ySplit?: number }).ySplit || 0,
        topLeftCell: (view as { topLeftCell?: string }).topLeftCell ?? null,
      }))
      .filter((view) => view.state !== "normal" || view.xSplit || view.ySplit || view.topLeftCell),
    tabColor: sheet.properties.tabColor?.argb ?? null,
    pageSetup: {
      paperSize: setup.paperSize,
      orientation: setup.orientation,
      fitToPage: !!setup.fitToPage,
      size: setup.fitToPage ? [setup.fitToWidth, setup.fitToHeight] : setup.scale,
      horizontalCentered: !!setup.horizontalCentered,
      margins: setup.margins,
      printTitlesRow: setup.printTitlesRow ?? null,
      printTitlesColumn: setup.printTitlesColumn ?? null,
      firstPageNumber: setup.firstPageNumber ?? null,
      useFirstPageNumber: /useFirstPageNumber="1"/.test(xml),
    },
    headerFooter: sheet.headerFooter,
    validations,
    // ExcelJS reads an internal link only through a relationship; the XML says where each link leads.
    hyperlinks: [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)]
      .map(([, attributes]) => {
        const ref = /ref="([^"]*)"/.exec(attributes!)?.[1];
        const location = decodeXml(/location="([^"]*)"/.exec(attributes!)?.[1] ?? "").replace(/^#/, "");
        return `${ref} → ${location}`;
      })
      .sort(),
    protection: (sheet as unknown as ExcelJsInternals).sheetProtection ?? null,
    // ExcelJS does not read row breaks back.
    rowBreaks: [...xml.matchAll(/<brk [^>]*id="(\d+)"[^>]*man="1"/g)].map(([, id]) => Number(id)),
  };
}

test("the layouts compared hold every part of the layout contract", () => {
  const all = layoutSets().flatMap(([, layouts]) => layouts);
  const some = (has: (layout: SheetLayout) => boolean) => all.filter(has).length;
  expect(some((l) => (l.validations ?? []).length > 0)).toBeGreaterThan(0);
  expect(some((l) => !!l.protection)).toBeGreaterThan(0);
  expect(some((l) => (l.pageBreaks ?? []).length > 0)).toBeGreaterThan(0);
  expect(some((l) => l.links.length > 0)).toBeGreaterThan(0);
  expect(some((l) => !!l.print.printTitleColumns && !!l.print.printTitleRows)).toBeGreaterThan(0);
  expect(some((l) => l.print.pageNumbers === "fromSecond")).toBeGreaterThan(0);
  expect(some((l) => l.print.pageNumbers === "all")).toBeGreaterThan(0);
  expect(some((l) => !l.print.fitToWidth)).toBeGreaterThan(0);
  expect(some((l) => l.formats.some((f) => f.format.bottomBorder))).toBeGreaterThan(0);
  expect(
    some((l) => l.formats.some((f) => f.format.numberFormat && f.format.numberFormat.length > 4)),
  ).toBeGreaterThan(0);
  expect(
    some((l) =>
      l.values.some((row) =>
        row.some((v) => typeof v === "object" && v !== null && typeof v.value === "string"),
      ),
    ),
  ).toBeGreaterThan(0);
});

describe.each(layoutSets())("sheetXml writes what the ExcelJS writer wrote: %s", (_, layouts, sample) => {
  let written: { old: Written; new: Written };
  beforeAll(async () => {
    written = { old: await oldWriter(layouts), new: await newWriter(layouts, await stylesOf(sample)) };
  });

  test("a rerun over the styles part it made writes the same sheets and adds no style", async () => {
    const once = render(layouts, await stylesOf(sample));
    const twice = render(layouts, once.styles);
    expect(twice.styles).toBe(once.styles);
    expect(twice.sheets).toEqual(once.sheets);
  });

  test.each(layouts.map((layout) => [layout.name, layout] as const))("%s", (name, layout) => {
    const [old, made] = [written.old, written.new].map(({ book, xml }) => {
      const sheet = book.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      return { sheet, xml: xml.get(name)! };
    });
    const [oldCells, newCells] = [cellsOf(old!.sheet), cellsOf(made!.sheet)];
    // Not vacuous: the layouts have cells.
    expect(Object.keys(newCells).length).toBeGreaterThan(0);
    expect(newCells).toEqual(oldCells);
    expect(sheetFacts(made!.sheet, made!.xml, layout)).toEqual(sheetFacts(old!.sheet, old!.xml, layout));
    // A link shows its cell's text.
    for (const [, ref, display] of made!.xml.matchAll(/<hyperlink ref="([^"]*)"[^>]*display="([^"]*)"/g)) {
      expect(decodeXml(display!)).toBe(made!.sheet.getCell(ref!).value);
    }
  });
});
