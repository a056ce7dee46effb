import ExcelJS from "exceljs";
import type { NewSheet } from "../../../src/xlsx/package/newPart";
import { XlsxPackage } from "../../../src/xlsx/package/XlsxPackage";
import { XlsxError } from "../../../src/xlsx/XlsxError";
import { entriesOf, MAIN, rawEntries, RT, sheetXml, TYPE, userPackage, zipOf } from "./packageFixtures";

const drawingXml = `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`;

/** A sheet with a drawing holding a chart, as the ranking sheet is written. */
const ranked = (name: string): NewSheet => ({
  name,
  xml: sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>Xếp hạng</t></is></c></row>`),
  children: [
    {
      stem: "xl/drawings/drawing",
      contentType: TYPE.drawing,
      relType: RT.drawing,
      id: "rId1",
      xml: drawingXml,
      children: [
        {
          stem: "xl/charts/chart",
          contentType: TYPE.chart,
          relType: RT.chart,
          id: "rId5",
          xml: "<c:chartSpace/>",
        },
      ],
    },
  ],
});

describe("addSheet", () => {
  test("appends the sheet with the next sheetId, a fresh rId, unused part names and relative targets", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    pkg.addSheet(ranked('Xếp hạng & "khen"'));
    expect(pkg.sheets.at(-1)).toEqual({
      name: 'Xếp hạng & "khen"',
      part: "xl/worksheets/sheet4.xml",
      state: "visible",
      kind: "worksheet",
      sheetId: 5,
    });
    const bytes = await pkg.toBytes();
    // Entries only, as Excel writes: JSZip would add folder entries for new paths.
    expect([...rawEntries(bytes).keys()].filter((name) => name.endsWith("/"))).toEqual([]);
    const out = await entriesOf(bytes);
    expect(out.get("xl/workbook.xml")).toContain(
      '<sheet name="Xếp hạng &amp; &quot;khen&quot;" sheetId="5" r:id="rId8"/></sheets>',
    );
    expect(out.get("xl/_rels/workbook.xml.rels")).toContain(
      `Id="rId8" Type="${RT.worksheet}" Target="worksheets/sheet4.xml"`,
    );
    // drawing1 and chart1 are the user's: ours are the next free names.
    expect(out.get("xl/worksheets/_rels/sheet4.xml.rels")).toContain(
      `Id="rId1" Type="${RT.drawing}" Target="../drawings/drawing2.xml"`,
    );
    expect(out.get("xl/drawings/_rels/drawing2.xml.rels")).toContain(
      `Id="rId5" Type="${RT.chart}" Target="../charts/chart2.xml"`,
    );
    expect(out.get("xl/charts/chart2.xml")).toBe("<c:chartSpace/>");
    const types = out.get("[Content_Types].xml")!;
    expect(types).toContain(
      `<Override PartName="/xl/worksheets/sheet4.xml" ContentType="${TYPE.worksheet}"/>`,
    );
    expect(types).toContain(`<Override PartName="/xl/drawings/drawing2.xml" ContentType="${TYPE.drawing}"/>`);
    expect(types).toContain(`<Override PartName="/xl/charts/chart2.xml" ContentType="${TYPE.chart}"/>`);
    expect(out.get("xl/charts/chart1.xml")).toBe(userPackage()["xl/charts/chart1.xml"]);
  });

  test("fills the gap in sheet1.xml, sheet3.xml; sheets in another folder do not take names in xl/worksheets", async () => {
    const entries = userPackage();
    delete entries["xl/worksheets/sheet2.xml"];
    delete entries["xl/worksheets/_rels/sheet2.xml.rels"];
    entries["xl/_rels/workbook.xml.rels"] = entries["xl/_rels/workbook.xml.rels"]!.replace(
      "/xl/worksheets/sheet2.xml",
      "/xl/worksheets/Sheet5.xml",
    );
    entries["xl/worksheets/Sheet5.xml"] = sheetXml();
    const pkg = await XlsxPackage.open(await zipOf(entries));
    pkg.addSheet({ name: "Mới", xml: sheetXml(), children: [] });
    pkg.addSheet({ name: "Mới 2", xml: sheetXml(), children: [] });
    pkg.addSheet({ name: "Mới 3", xml: sheetXml(), children: [] });
    expect(pkg.sheets.slice(3).map((s) => s.part)).toEqual([
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet4.xml",
      "xl/worksheets/sheet6.xml",
    ]);

    const elsewhere = await zipOf({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets><sheet name="A" sheetId="7" r:id="rId3" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${RT.worksheet}" Target="/sheets/sheet1.xml"/></Relationships>`,
      "sheets/sheet1.xml": sheetXml(),
    });
    const other = await XlsxPackage.open(elsewhere);
    other.addSheet({ name: "B", xml: sheetXml(), children: [] });
    expect(other.sheets.map((s) => [s.name, s.part, s.sheetId])).toEqual([
      ["A", "sheets/sheet1.xml", 7],
      ["B", "xl/worksheets/sheet1.xml", 8],
    ]);
    const out = await entriesOf(await other.toBytes());
    // No r prefix on the root: the new element declares it.
    expect(out.get("xl/workbook.xml")).toContain(
      '<sheet name="B" sheetId="8" r:id="rId4" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>',
    );
    expect(out.get("[Content_Types].xml")).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(out.get("[Content_Types].xml")).toContain('<Default Extension="rels"');
  });

  test("a rerun removes our sheet and writes it again under the same part names", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    pkg.addSheet(ranked("Xếp hạng"));
    const first = await pkg.toBytes();
    const again = await XlsxPackage.open(first);
    again.removeSheets(["Xếp hạng"]);
    again.addSheet(ranked("Xếp hạng"));
    const second = await entriesOf(await again.toBytes());
    const before = await entriesOf(first);
    before.delete("xl/calcChain.xml");
    expect([...second.keys()].sort()).toEqual([...before.keys()].sort());
    expect(second.get("xl/charts/chart2.xml")).toBe("<c:chartSpace/>");
  });

  test("a name taken, in any case, is a name clash", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    expect(() => pkg.addSheet({ name: "DATA", xml: sheetXml(), children: [] })).toThrow(XlsxError);
    expect(() => pkg.addSheet({ name: "DATA", xml: sheetXml(), children: [] })).toThrow(
      expect.objectContaining({ kind: "name-clash", subject: "DATA" }),
    );
  });

  test("a name Excel refuses is refused before it reaches the file", async () => {
    const pkg = XlsxPackage.blank();
    for (const name of ["", "a".repeat(32), "Q1/Q2", "[x]", "'quoted'", "a:b", "a*", "a?", "a\\b"]) {
      expect(() => pkg.addSheet({ name, xml: sheetXml(), children: [] })).toThrow(RangeError);
    }
    pkg.addSheet({ name: "a".repeat(31), xml: sheetXml(), children: [] });
    expect(pkg.sheets).toHaveLength(1);
  });

  test("a user's workbook with a sheet removed and ours added opens in ExcelJS with its names", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    pkg.removeSheets(["Biểu đồ"]);
    pkg.addSheet(ranked("Xếp hạng"));
    pkg.addName({ name: "_bloc_ranking", hidden: true, formula: "'Xếp hạng'!$A$1" });
    pkg.activate("Xếp hạng");
    pkg.recalcOnOpen();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await pkg.toBytes()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Data", "Ghi chú & ý", "Xếp hạng"]);
    expect(workbook.getWorksheet("Xếp hạng")!.getCell("A1").value).toBe("Xếp hạng");
    expect(workbook.getWorksheet("Data")!.getCell("A1").value).toBe("Đơn vị");
    expect(workbook.definedNames.getRanges("_bloc_ranking").ranges).toEqual(["'Xếp hạng'!$A$1"]);
    expect(workbook.views[0]).toMatchObject({ activeTab: 2 });
  });

  test("namespace-prefixed workbooks get prefixed elements", async () => {
    const pkg = await XlsxPackage.open(
      await zipOf({
        "xl/workbook.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:rr="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="1" rr:id="rId1"/></x:sheets></x:workbook>`,
        "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RT.worksheet}" Target="worksheets/sheet1.xml"/></Relationships>`,
        "xl/worksheets/sheet1.xml": sheetXml(),
      }),
    );
    pkg.addSheet({ name: "B", xml: sheetXml(), children: [] });
    pkg.addName({ name: "HeSo", formula: "0.5" });
    pkg.recalcOnOpen();
    const xml = (await pkg.text("xl/workbook.xml"))!;
    expect(xml).toContain(
      '<x:sheet name="B" sheetId="2" rr:id="rId2"/></x:sheets><x:definedNames><x:definedName name="HeSo">0.5</x:definedName></x:definedNames><x:calcPr fullCalcOnLoad="1"/></x:workbook>',
    );
  });
});

describe("blank", () => {
  test("blank() with a sheet added opens in ExcelJS, with its cell, and the parts of a workbook", async () => {
    const pkg = XlsxPackage.blank({ created: new Date(Date.UTC(2026, 0, 15, 8, 30)) });
    expect(pkg.sheets).toEqual([]);
    expect(pkg.activeSheet).toBeNull();
    pkg.addSheet({
      name: "Phiếu chấm",
      xml: sheetXml(`<row r="2"><c r="B2"><v>97.5</v></c></row>`),
      children: [],
    });
    const bytes = await pkg.toBytes();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Phiếu chấm"]);
    expect(workbook.getWorksheet("Phiếu chấm")!.getCell("B2").value).toBe(97.5);
    expect(workbook.creator).toBe("Bloc Scoring");
    expect(workbook.created.toISOString()).toBe("2026-01-15T08:30:00.000Z");
    const out = await entriesOf(bytes);
    expect([...out.keys()].sort()).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "docProps/core.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ].sort(),
    );
    expect(out.get("xl/styles.xml")).toMatch(
      /<cellXfs count="1">.*<cellStyle name="Normal" xfId="0" builtinId="0"\/>/,
    );
    // No clock: the same input gives the same bytes.
    const twin = XlsxPackage.blank({ created: new Date(Date.UTC(2026, 0, 15, 8, 30)) });
    twin.addSheet({
      name: "Phiếu chấm",
      xml: sheetXml(`<row r="2"><c r="B2"><v>97.5</v></c></row>`),
      children: [],
    });
    expect(Buffer.from(await twin.toBytes()).equals(Buffer.from(bytes))).toBe(true);
  });

  test("setStyles and setSharedStrings create the part of a package that has none, and replaces an existing one", async () => {
    const pkg = await XlsxPackage.open(
      await zipOf({
        "xl/workbook.xml": `<workbook xmlns="${MAIN}"><sheets/></workbook>`,
      }),
    );
    expect(await pkg.styles()).toBeNull();
    pkg.setStyles("<styleSheet/>");
    expect(await pkg.styles()).toBe("<styleSheet/>");
    const out = await entriesOf(await pkg.toBytes());
    expect(out.get("xl/styles.xml")).toBe("<styleSheet/>");
    expect(out.get("xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
    expect(out.get("[Content_Types].xml")).toContain('PartName="/xl/styles.xml"');
    pkg.setSharedStrings("<sst/>");
    expect(await pkg.sharedStrings()).toBe("<sst/>");
    expect((await entriesOf(await pkg.toBytes())).get("xl/_rels/workbook.xml.rels")).toMatch(
      /Id="rId1"[^>]*Target="styles.xml".*Id="rId2"[^>]*Target="sharedStrings.xml"/,
    );
    const user = await XlsxPackage.open(await zipOf(userPackage()));
    user.setSharedStrings("<sst/>");
    user.setStyles("<styleSheet><fonts/></styleSheet>");
    const written = await entriesOf(await user.toBytes());
    expect(written.get("xl/styles.xml")).toBe("<styleSheet><fonts/></styleSheet>");
    expect(written.get("xl/sharedStrings.xml")).toBe("<sst/>");
    expect(written.get("xl/_rels/workbook.xml.rels")).toBe(userPackage()["xl/_rels/workbook.xml.rels"]);
  });
});
