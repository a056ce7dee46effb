import { XlsxPackage, type DefinedName } from "../../../src/xlsx/package/XlsxPackage";
import { entriesOf, MAIN, REL, RT, sheetXml, USER_WORKBOOK, userPackage, zipOf } from "./packageFixtures";

/** A workbook part with these children after <sheets>, and its two sheets. */
async function workbookWith(afterSheets: string, views = ""): Promise<XlsxPackage> {
  return XlsxPackage.open(
    await zipOf({
      "xl/workbook.xml":
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>${views}` +
        `<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Tổng" sheetId="2" r:id="rId2"/></sheets>${afterSheets}</workbook>`,
      "xl/_rels/workbook.xml.rels":
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${RT.worksheet}" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RT.worksheet}" Target="worksheets/sheet2.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": sheetXml(),
      "xl/worksheets/sheet2.xml": sheetXml(),
    }),
  );
}

const NAMES: DefinedName[] = [
  { name: "HeSo", formula: "0.5" },
  { name: "TongVP", formula: "SUM(Data!$A$1:$A$9)" },
  { name: "An", hidden: true, formula: 'Data!$C$1<>""' },
  { name: "Cuc_bo", localSheetId: 1, formula: "'Tổng'!$B$2" },
  { name: "_xlnm.Print_Titles", localSheetId: 0, formula: "Data!$1:$2" },
];

describe("defined names", () => {
  test("names added round trip through the file, escaped, hidden and sheet-scoped", async () => {
    const pkg = await workbookWith(`<calcPr calcId="191029"/>`);
    for (const name of NAMES) pkg.addName(name);
    const bytes = await pkg.toBytes();
    const xml = (await entriesOf(bytes)).get("xl/workbook.xml")!;
    expect(xml).toContain('<definedName name="An" hidden="1">Data!$C$1&lt;&gt;&quot;&quot;</definedName>');
    expect(xml).toContain("</sheets><definedNames>");
    expect(xml).toContain("</definedNames><calcPr");
    expect((await XlsxPackage.open(bytes)).names).toEqual(NAMES);
  });

  test("the first name goes after <externalReferences>, before <calcPr>, <oleSize> and <extLst>", async () => {
    const pkg = await workbookWith(
      `<externalReferences><externalReference r:id="rId9"/></externalReferences><oleSize ref="A1:B2"/><extLst/>`,
    );
    pkg.addName({ name: "HeSo", formula: "0.5" });
    pkg.recalcOnOpen();
    expect(await pkg.text("xl/workbook.xml")).toContain(
      `</externalReferences><definedNames><definedName name="HeSo">0.5</definedName></definedNames><calcPr fullCalcOnLoad="1"/><oleSize`,
    );
  });

  test("a name added with the name and scope of one there replaces it; names we do not touch keep their bytes", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    pkg.addName({ name: "heso", formula: "0.75" });
    pkg.removeNames((name) => name.name === "TongVP");
    const xml = (await pkg.text("xl/workbook.xml"))!;
    expect(pkg.names.map((n) => [n.name, n.formula])).toEqual([
      ["_xlnm.Print_Titles", "'Ghi chú & ý'!$1:$1"],
      ["heso", "0.75"],
      ["Local1", "Data!$B$2"],
    ]);
    expect(xml).toContain(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="2">'Ghi chú &amp; ý'!$1:$1</definedName><definedName name="heso">0.75</definedName><definedName name="Local1" localSheetId="1" hidden="1">Data!$B$2</definedName></definedNames>`,
    );
    expect(xml.replace(/<definedNames>.*<\/definedNames>/, "")).toBe(
      USER_WORKBOOK.replace(/<definedNames>.*<\/definedNames>/, ""),
    );
  });
});

describe("calculation and the sheet that opens", () => {
  test("recalcOnOpen keeps calcPr's iterate settings and calcId", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    pkg.recalcOnOpen();
    const xml = (await pkg.text("xl/workbook.xml"))!;
    expect(xml).toContain(
      '<calcPr calcId="191029" iterate="1" iterateCount="50" iterateDelta="0.0001" fullCalcOnLoad="1"/>',
    );
    expect(xml.replace(/<calcPr [^>]*>/, "")).toBe(USER_WORKBOOK.replace(/<calcPr [^>]*>/, ""));
    pkg.recalcOnOpen();
    expect(await pkg.text("xl/workbook.xml")).toBe(xml);
  });

  test("recalcOnOpen sets a fullCalcOnLoad that was 0, and makes calcPr after <definedNames> when absent", async () => {
    const zero = await workbookWith(`<calcPr fullCalcOnLoad="0" iterate="true"/>`);
    zero.recalcOnOpen();
    expect(await zero.text("xl/workbook.xml")).toContain('<calcPr fullCalcOnLoad="1" iterate="true"/>');
    const none = await workbookWith(
      `<definedNames><definedName name="A">1</definedName></definedNames><oleSize ref="A1"/>`,
    );
    none.recalcOnOpen();
    expect(await none.text("xl/workbook.xml")).toContain(
      '</definedNames><calcPr fullCalcOnLoad="1"/><oleSize',
    );
  });

  test("activate sets activeTab, and firstSheet so that the tab shows; a workbook without bookViews gets one", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    pkg.activate("data");
    expect(pkg.activeSheet).toBe("Data");
    expect(await pkg.text("xl/workbook.xml")).toContain(
      'windowHeight="15840" firstSheet="0" activeTab="0"/>',
    );
    const bare = await workbookWith("");
    expect(bare.activeSheet).toBe("Data");
    bare.activate("Tổng");
    expect(bare.activeSheet).toBe("Tổng");
    expect(await bare.text("xl/workbook.xml")).toContain(
      '<workbookPr/><bookViews><workbookView activeTab="1"/></bookViews><sheets>',
    );
    expect(() => bare.activate("Không có")).toThrow(RangeError);
  });

  test("activating the sheet already active changes no byte", async () => {
    const input = await zipOf(userPackage());
    const pkg = await XlsxPackage.open(input);
    pkg.activate("Ghi chú & ý");
    expect(await entriesOf(await pkg.toBytes())).toEqual(await entriesOf(input));
  });
});
