import { XlsxPackage } from "../../../src/xlsx/package/XlsxPackage";
import { entriesOf, USER_WORKBOOK, userPackage, zipOf } from "./packageFixtures";

async function removed(names: string[]): Promise<{ pkg: XlsxPackage; out: Map<string, string> }> {
  const pkg = await XlsxPackage.open(await zipOf(userPackage()));
  pkg.removeSheets(names);
  return { pkg, out: await entriesOf(await pkg.toBytes()) };
}

describe("removeSheets", () => {
  test("removes the sheet's part, rels and exclusive children; a drawing another sheet uses stays", async () => {
    const input = userPackage();
    const { out } = await removed(["biểu ĐỒ"]);
    const gone = Object.keys(input).filter((name) => !out.has(name));
    expect(gone.sort()).toEqual(
      [
        "xl/worksheets/sheet2.xml",
        "xl/worksheets/_rels/sheet2.xml.rels",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "xl/calcChain.xml",
      ].sort(),
    );
    const types = out.get("[Content_Types].xml")!;
    expect(types).not.toContain("/xl/worksheets/sheet2.xml");
    expect(types).not.toContain("/xl/comments1.xml");
    expect(types).not.toContain("calcChain");
    expect(types).toContain("/xl/drawings/drawing1.xml");
    expect(types).toContain('<Default Extension="vml"');
    const rels = out.get("xl/_rels/workbook.xml.rels")!;
    expect(rels).not.toMatch(/Id="rId2"|Id="rId6"/);
    expect(rels).toContain("../customXml/item1.xml");
    // Parts no removed sheet reached are untouched.
    for (const name of [
      "xl/drawings/drawing1.xml",
      "xl/charts/chart1.xml",
      "customXml/item1.xml",
      "xl/worksheets/sheet1.xml",
    ]) {
      expect(out.get(name)).toBe(input[name]);
    }
  });

  test("a shared part is found shared whatever the spelling of the targets (absolute, other case)", async () => {
    const entries = userPackage();
    entries["xl/worksheets/_rels/sheet1.xml.rels"] = entries["xl/worksheets/_rels/sheet1.xml.rels"]!.replace(
      "../drawings/drawing1.xml",
      "/XL/Drawings/Drawing1.xml",
    );
    const pkg = await XlsxPackage.open(await zipOf(entries));
    pkg.removeSheets(["Biểu đồ"]);
    const out = await entriesOf(await pkg.toBytes());
    expect(out.has("xl/drawings/drawing1.xml")).toBe(true);
    expect(out.has("xl/charts/chart1.xml")).toBe(true);
  });

  test("a drawing only the removed sheet used goes with its chart", async () => {
    const { out } = await removed(["Data", "Biểu đồ"]);
    expect(out.has("xl/drawings/drawing1.xml")).toBe(false);
    expect(out.has("xl/charts/chart1.xml")).toBe(false);
    expect(out.has("xl/drawings/_rels/drawing1.xml.rels")).toBe(false);
    expect(out.get("[Content_Types].xml")).not.toMatch(/chart1|drawing1/);
    expect(out.has("customXml/item1.xml")).toBe(true);
  });

  test("drops names scoped to it, renumbers the others' localSheetId, keeps the rest of workbook.xml", async () => {
    const { pkg, out } = await removed(["Data"]);
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Biểu đồ", "Ghi chú & ý"]);
    expect(pkg.names).toEqual([
      { name: "_xlnm.Print_Titles", localSheetId: 1, formula: "'Ghi chú & ý'!$1:$1" },
      { name: "HeSo", formula: "0.5" },
      { name: "Local1", localSheetId: 0, hidden: true, formula: "Data!$B$2" },
      { name: "TongVP", formula: "SUM(Data!$A$1:$A$9)" },
    ]);
    const xml = out.get("xl/workbook.xml")!;
    expect(xml).toContain('<definedName name="HeSo" comment="hệ số">0.5</definedName>');
    expect(xml).toContain('<definedName name="Local1" localSheetId="0" hidden="1">Data!$B$2</definedName>');
    // Everything before <bookViews> and after </definedNames> is the file's own.
    const head = USER_WORKBOOK.slice(0, USER_WORKBOOK.indexOf("<bookViews>"));
    const tail = USER_WORKBOOK.slice(USER_WORKBOOK.indexOf("</definedNames>"));
    expect(xml.startsWith(head)).toBe(true);
    expect(xml.endsWith(tail)).toBe(true);
  });

  test("removing the sheet a name is scoped to removes the name; the last name drops <definedNames>", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    pkg.removeSheets(["Ghi chú & ý"]);
    expect(pkg.names.map((n) => n.name)).toEqual(["HeSo", "Local1", "TongVP"]);
    pkg.removeNames(() => true);
    const xml = (await pkg.text("xl/workbook.xml"))!;
    expect(xml).not.toContain("definedName");
    expect(xml).toContain("</sheets><calcPr");
  });

  test("a scoped name whose sheet keeps its index keeps its bytes, quotes and spacing included", async () => {
    const entries = userPackage();
    const odd = `<definedName localSheetId = '0'  name="Odd">Data!$A$1</definedName>`;
    entries["xl/workbook.xml"] = entries["xl/workbook.xml"]!.replace(
      "<definedNames>",
      `<definedNames>${odd}`,
    );
    const pkg = await XlsxPackage.open(await zipOf(entries));
    pkg.removeSheets(["Ghi chú & ý"]);
    expect(pkg.names[0]).toEqual({ name: "Odd", localSheetId: 0, formula: "Data!$A$1" });
    expect(await pkg.text("xl/workbook.xml")).toContain(`<definedNames>${odd}<definedName name="HeSo"`);
  });

  test("the active sheet stays active by name after a sheet before it goes; when it goes, the first visible", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    expect(pkg.activeSheet).toBe("Ghi chú & ý");
    pkg.removeSheets(["Data"]);
    expect(pkg.activeSheet).toBe("Ghi chú & ý");
    const xml = (await pkg.text("xl/workbook.xml"))!;
    expect(xml).toMatch(/<workbookView [^>]*firstSheet="1" activeTab="1"\/>/);
    pkg.removeSheets(["Ghi chú & ý"]);
    expect(pkg.activeSheet).toBe("Biểu đồ");
    expect(await pkg.text("xl/workbook.xml")).toMatch(/firstSheet="0" activeTab="0"/);
  });

  test("naming no sheet of the workbook changes nothing", async () => {
    const input = await zipOf(userPackage());
    const pkg = await XlsxPackage.open(input);
    pkg.removeSheets(["Không có"]);
    expect(await entriesOf(await pkg.toBytes())).toEqual(await entriesOf(input));
  });
});
