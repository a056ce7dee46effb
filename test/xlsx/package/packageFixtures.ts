import JSZip from "jszip";

// Small packages built from literal XML, and a look at the raw zip entries of what we write.

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const CT = "application/vnd.openxmlformats-officedocument";
export const TYPE = {
  worksheet: `${CT}.spreadsheetml.worksheet+xml`,
  drawing: `${CT}.drawing+xml`,
  chart: `${CT}.drawingml.chart+xml`,
  comments: `${CT}.spreadsheetml.comments+xml`,
  vml: `${CT}.vmlDrawing`,
};
export const RT = {
  worksheet: `${REL}/worksheet`,
  drawing: `${REL}/drawing`,
  chart: `${REL}/chart`,
  comments: `${REL}/comments`,
  vml: `${REL}/vmlDrawing`,
};

/** A zip of these entries, deflated unless named in `stored`. */
export async function zipOf(
  entries: Record<string, string>,
  stored: readonly string[] = [],
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(entries)) {
    // As Excel writes them: no folder entries.
    zip.file(path, text, { compression: stored.includes(path) ? "STORE" : "DEFLATE", createFolders: false });
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** Every entry's text. */
export async function entriesOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name]!.dir) out.set(name, await zip.file(name)!.async("string"));
  }
  return out;
}

/** Every entry's compression method and compressed bytes, read from the zip's central directory. */
export function rawEntries(bytes: Uint8Array): Map<string, { method: number; data: Uint8Array }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out = new Map<string, { method: number; data: Uint8Array }>();
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, { method, data: bytes.subarray(dataAt, dataAt + size) });
    at += 46 + skip;
  }
  return out;
}

const rels = (items: [id: string, type: string, target: string, external?: boolean][]): string =>
  `${HEAD}<Relationships xmlns="${PKG}">` +
  items
    .map(
      ([id, type, target, external]) =>
        `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("") +
  `</Relationships>`;

export const sheetXml = (cell = ""): string =>
  `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${cell}</sheetData></worksheet>`;

/** The workbook part a user's tool wrote: protection, alternate content, extensions, names of every kind. */
export const USER_WORKBOOK =
  `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
  `<fileVersion appName="xl" lastEdited="7" rupBuild="27328"/><workbookPr date1904="1" defaultThemeVersion="166925"/>` +
  `<mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\Khoi\\"/></mc:Choice></mc:AlternateContent>` +
  `<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="abc=" workbookSaltValue="salt=" workbookSpinCount="100000" lockStructure="1"/>` +
  `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" firstSheet="1" activeTab="2"/></bookViews>` +
  `<sheets><sheet name="Data" sheetId="1" r:id="rId1"/><sheet name="Biểu đồ" sheetId="4" r:id="rId2"/>` +
  `<sheet name="Ghi chú &amp; ý" sheetId="3" state="hidden" r:id="rId3"/></sheets>` +
  `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="2">'Ghi chú &amp; ý'!$1:$1</definedName>` +
  `<definedName name="HeSo" comment="hệ số">0.5</definedName>` +
  `<definedName name="Local1" localSheetId="1" hidden="1">Data!$B$2</definedName>` +
  `<definedName name="TongVP">SUM(Data!$A$1:$A$9)</definedName></definedNames>` +
  `<calcPr calcId="191029" iterate="1" iterateCount="50" iterateDelta="0.0001"/>` +
  `<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`;

/**
 * A user's workbook: Data (drawing → chart), "Biểu đồ" (the same drawing, and comments + vml of its own),
 * "Ghi chú & ý" (hidden, a hyperlink to the web); shared strings, styles, calc chain, custom XML, core props.
 */
export function userPackage(): Record<string, string> {
  const override = (part: string, type: string): string =>
    `<Override PartName="/${part}" ContentType="${type}"/>`;
  return {
    "[Content_Types].xml":
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="${TYPE.vml}"/>` +
      override("xl/workbook.xml", `${CT}.spreadsheetml.sheet.main+xml`) +
      override("xl/worksheets/sheet1.xml", TYPE.worksheet) +
      override("xl/worksheets/sheet2.xml", TYPE.worksheet) +
      override("xl/worksheets/sheet3.xml", TYPE.worksheet) +
      override("xl/drawings/drawing1.xml", TYPE.drawing) +
      override("xl/charts/chart1.xml", TYPE.chart) +
      override("xl/comments1.xml", TYPE.comments) +
      override("xl/sharedStrings.xml", `${CT}.spreadsheetml.sharedStrings+xml`) +
      override("xl/styles.xml", `${CT}.spreadsheetml.styles+xml`) +
      override("xl/calcChain.xml", `${CT}.spreadsheetml.calcChain+xml`) +
      override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
      `</Types>`,
    "_rels/.rels": rels([
      ["rId1", `${REL}/officeDocument`, "xl/workbook.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
    ]),
    "docProps/core.xml": `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>`,
    "xl/workbook.xml": USER_WORKBOOK,
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", RT.worksheet, "worksheets/sheet1.xml"],
      ["rId2", RT.worksheet, "/xl/worksheets/sheet2.xml"],
      ["rId3", RT.worksheet, "worksheets/sheet3.xml"],
      ["rId4", `${REL}/sharedStrings`, "sharedStrings.xml"],
      ["rId5", `${REL}/styles`, "styles.xml"],
      ["rId6", `${REL}/calcChain`, "calcChain.xml"],
      ["rId7", `${REL}/customXml`, "../customXml/item1.xml"],
    ]),
    "xl/worksheets/sheet1.xml": sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`),
    "xl/worksheets/_rels/sheet1.xml.rels": rels([["rId1", RT.drawing, "../drawings/drawing1.xml"]]),
    "xl/worksheets/sheet2.xml": sheetXml(),
    "xl/worksheets/_rels/sheet2.xml.rels": rels([
      ["rId1", RT.drawing, "../drawings/drawing1.xml"],
      ["rId2", RT.comments, "../comments1.xml"],
      ["rId3", RT.vml, "../drawings/vmlDrawing1.vml"],
    ]),
    "xl/worksheets/sheet3.xml": sheetXml(),
    "xl/worksheets/_rels/sheet3.xml.rels": rels([["rId1", `${REL}/hyperlink`, "https://example.vn/", true]]),
    "xl/drawings/drawing1.xml": `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>`,
    "xl/drawings/_rels/drawing1.xml.rels": rels([["rId1", RT.chart, "../charts/chart1.xml"]]),
    "xl/charts/chart1.xml": `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>`,
    "xl/comments1.xml": `${HEAD}<comments xmlns="${MAIN}"><authors><author>An</author></authors><commentList/></comments>`,
    "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml"></xml>`,
    "xl/sharedStrings.xml": `${HEAD}<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>Đơn vị</t></si></sst>`,
    "xl/styles.xml": `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts></styleSheet>`,
    "xl/calcChain.xml": `${HEAD}<calcChain xmlns="${MAIN}"><c r="A1" i="1"/></calcChain>`,
    "customXml/item1.xml": `<root>custom</root>`,
  };
}
