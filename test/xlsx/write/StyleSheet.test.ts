import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "fs";
import path from "path";
import { SAMPLES } from "../../../src/samples";
import { type ResolvedStyle, StyleSheet } from "../../../src/xlsx/write/StyleSheet";
import { sheetXml } from "../../../src/xlsx/write/sheetXml";
import { XlsxError } from "../../../src/xlsx/XlsxError";
import { rankingLayout } from "../xlsxFixtures";
import { packageOf } from "./packageOf";

const ROOT = path.resolve(__dirname, "../../..");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function sampleStyles(id: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(ROOT, "assets/samples", `${id}.xlsx`)));
  return zip.file("xl/styles.xml")!.async("string");
}

/** A user's styles part as Excel writes one: custom formats, theme colours, dxfs, cell styles, x14 extensions. */
const USER_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">
  <numFmts count="2"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="&quot;Điểm &quot;0.0"/></numFmts>
  <fonts count="3" x14ac:knownFonts="1">
    <font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>
    <font><b/><sz val="11"/><name val="Calibri"/></font>
    <font><i/><sz val="12"/><color rgb="FFFF0000"/><name val="Times New Roman"/><family val="1"/></font>
  </fonts>
  <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>
  <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>
  <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
  <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/><xf numFmtId="165" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
  <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
  <dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font><numFmt numFmtId="166" formatCode="0.0%"/><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>
  <tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>
  <extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext><ext uri="{46F421CA-312F-682f-3DD2-61675219B42D}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dxfs count="1"><dxf><font><b/></font></dxf></x14:dxfs></ext></extLst>
</styleSheet>`;

/** Styles every kind of part of an xf: fonts, fills, borders, alignment, formats built in and custom, protection. */
const STYLES: ResolvedStyle[] = [
  { bold: true },
  { bold: true, fontSize: 14, horizontal: "center" },
  { fontName: "Times New Roman", fontSize: 13, border: { bottom: "thin" } },
  { fill: "D9E1F2", fontColor: "1F3864", wrap: true, vertical: "middle" },
  { numberFormat: "0.00", border: { top: "thin", left: "thin", bottom: "thin", right: "thin" } },
  { numberFormat: "0.0000", italic: true },
  { numberFormat: "0%", locked: false },
  { underline: true, fontColor: "0563C1" },
];

/** Checks that `output` is `input` with only whole elements inserted and count attributes changed. */
function expectOnlyInserted(input: string, output: string): void {
  const bare = (xml: string) => xml.replace(/(\scount=)(["'])\d+\2/g, "$1#");
  const [from, to] = [bare(input), bare(output)];
  let i = 0;
  let j = 0;
  while (i < from.length) {
    if (from[i] === to[j]) {
      i++;
      j++;
      continue;
    }
    // An insertion: back to the tag both texts were in, then the rest of the input goes on further in the
    // output, after whole elements of ours.
    const tag = from.lastIndexOf("<", i - 1);
    j -= i - tag;
    i = tag;
    const anchor = from.slice(i, i + 40);
    const found = to.indexOf(anchor, j + 1);
    expect(found).toBeGreaterThan(j);
    const inserted = to.slice(j, found);
    expect(inserted).toMatch(/^<[A-Za-z][^]*>$/);
    j = found;
  }
  expect(to.slice(j)).toBe("");
}

/** Each list's count attribute against the number of its entries, in a DOM no one here wrote. */
function expectCountsRight(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const root = doc.documentElement;
  expect(root.localName).toBe("styleSheet");
  for (const list of Array.from(root.childNodes).filter((n): n is Element => n.nodeType === 1)) {
    if (!list.hasAttribute("count")) continue;
    const entries = Array.from(list.childNodes).filter((n) => n.nodeType === 1);
    expect([list.localName, Number(list.getAttribute("count"))]).toEqual([list.localName, entries.length]);
  }
  return doc;
}

function listNames(doc: Document): string[] {
  return Array.from(doc.documentElement.childNodes)
    .filter((n): n is Element => n.nodeType === 1)
    .map((n) => n.localName);
}

const inputs: [string, () => Promise<string>][] = [
  ...SAMPLES.map((sample): [string, () => Promise<string>] => [sample.id, () => sampleStyles(sample.id)]),
  ["a user's styles.xml with dxfs, custom formats and x14 extensions", async () => USER_STYLES],
];

describe.each(inputs)("StyleSheet over %s", (_, read) => {
  test("nothing asked, nothing changed: the same text", async () => {
    const input = await read();
    expect(new StyleSheet(input).toXml()).toBe(input);
  });

  test("appends inside the lists, keeps every other byte, and counts right", async () => {
    const input = await read();
    const styles = new StyleSheet(input);
    const indices = STYLES.map((style) => styles.cellXf(style));
    const output = styles.toXml();
    expect(output).not.toBe(input);
    expectOnlyInserted(input, output);
    expectCountsRight(output);
    // Different styles, different formats; the same style, the same one.
    expect(new Set(indices).size).toBe(STYLES.length);
    expect(STYLES.map((style) => styles.cellXf({ ...style }))).toEqual(indices);
  });

  test("a rerun over its own output adds nothing and gives the same indices", async () => {
    const first = new StyleSheet(await read());
    const indices = STYLES.map((style) => first.cellXf(style));
    const output = first.toXml();
    const again = new StyleSheet(output);
    expect(STYLES.map((style) => again.cellXf(style))).toEqual(indices);
    expect(again.toXml()).toBe(output);
  });
});

describe("StyleSheet: what is reused and what is added", () => {
  test("the user's identical entries are used: bold Calibri 11 is their font 1, 0.000 their format 164", () => {
    const styles = new StyleSheet(USER_STYLES);
    // Their xf 3: bold font 1 alone.
    expect(styles.cellXf({ bold: true })).toBe(3);
    styles.cellXf({ numberFormat: "0.000" });
    styles.cellXf({ fill: "FFF2CC" });
    const output = styles.toXml();
    expect(output).not.toMatch(/<numFmt numFmtId="\d+" formatCode="0.000"\/>.*formatCode="0.000"/);
    expect(output).toContain(
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
    );
    expect(output).toContain('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/>');
    expect(output).toContain('<fonts count="3"');
    expect(output).toContain('<fills count="3"');
  });

  test("a new custom format takes an id above every id in the file (the dxf's 166 included)", () => {
    const styles = new StyleSheet(USER_STYLES);
    styles.cellXf({ numberFormat: "0.0000" });
    styles.cellXf({ numberFormat: '#,##0.0 "điểm"' });
    const output = styles.toXml();
    expect(output).toContain('<numFmts count="4">');
    expect(output).toContain('<numFmt numFmtId="167" formatCode="0.0000"/>');
    expect(output).toContain('<numFmt numFmtId="168" formatCode="#,##0.0 &quot;điểm&quot;"/>');
  });

  test("built-in formats take their built-in ids and write no numFmt", () => {
    const styles = new StyleSheet(null);
    const codes = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
    for (const [code, id] of Object.entries(codes)) {
      const index = styles.cellXf({ numberFormat: code, bold: true });
      expect(styles.toXml()).toMatch(new RegExp(`<xf numFmtId="${id}" [^>]*>`));
      expect(index).toBeGreaterThan(0);
    }
    expect(styles.toXml()).not.toContain("<numFmt ");
  });

  test("a file that redefines a built-in id keeps its meaning: 0.00 gets a custom id there", () => {
    const input = USER_STYLES.replace(
      '<numFmt numFmtId="164" formatCode="0.000"/>',
      '<numFmt numFmtId="2" formatCode="0.0"/><numFmt numFmtId="164" formatCode="0.000"/>',
    ).replace('<numFmts count="2">', '<numFmts count="3">');
    const styles = new StyleSheet(input);
    styles.cellXf({ numberFormat: "0.00" });
    expect(styles.toXml()).toContain('<numFmt numFmtId="167" formatCode="0.00"/>');
  });

  test("unset font name and size come from the workbook's default font", () => {
    const input = USER_STYLES.replace(
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/>',
      '<font><sz val="10"/><color theme="1"/><name val="Arial"/>',
    );
    const styles = new StyleSheet(input);
    styles.cellXf({ italic: true });
    styles.cellXf({ fontName: "Times New Roman", bold: true });
    const output = styles.toXml();
    expect(output).toContain('<font><i/><sz val="10"/><name val="Arial"/></font>');
    expect(output).toContain('<font><b/><sz val="10"/><name val="Times New Roman"/></font>');
    // Nothing set on the font: the default font itself.
    expect(new StyleSheet(input).cellXf({ horizontal: "center" })).toBe(4);
    expect(new StyleSheet(input).cellXf({})).toBe(0);
  });

  test("missing lists are made in schema order, with the entries readers expect first", () => {
    const input = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs><dxfs count="0"/></styleSheet>`;
    const styles = new StyleSheet(input);
    expect(
      styles.cellXf({ bold: true, fill: "FF0000", numberFormat: "0.000", border: { top: "thin" } }),
    ).toBe(1);
    const output = styles.toXml();
    expectOnlyInserted(input, output);
    const doc = expectCountsRight(output);
    expect(listNames(doc)).toEqual([
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "dxfs",
    ]);
    expect(output).toContain(
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>',
    );
  });

  test("empty lists written as <fonts count='0'/> are opened", () => {
    const input = `<styleSheet xmlns="${MAIN}"><numFmts count="0"/><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><cellXfs count="1"><xf/></cellXfs></styleSheet>`;
    const styles = new StyleSheet(input);
    styles.cellXf({ numberFormat: "0.000" });
    const output = styles.toXml();
    expectCountsRight(output);
    expect(output).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>');
  });

  test("a prefixed styles part (OpenXML SDK) gets prefixed entries", () => {
    const input = `<?xml version="1.0"?><x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>`;
    const styles = new StyleSheet(input);
    expect(styles.cellXf({ bold: true, numberFormat: "0.000" })).toBe(1);
    // The user's empty border is the empty border.
    expect(styles.cellXf({ italic: true })).toBe(2);
    const output = styles.toXml();
    expectOnlyInserted(input, output);
    const doc = expectCountsRight(output);
    expect(listNames(doc)).toEqual(["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"]);
    expect(doc.getElementsByTagNameNS(MAIN, "font").length).toBe(3);
    expect(output).toContain('<x:font><x:b/><x:sz val="11"/><x:name val="Calibri"/></x:font>');
  });

  test("no styles part: a minimal valid one holding ours, that ExcelJS reads", async () => {
    const styles = new StyleSheet(null);
    const layout = rankingLayout({ protection: { unlocked: ["C3"] } });
    const sheet = { name: layout.name, ...sheetXml(layout, styles, { selected: true }) };
    const output = styles.toXml();
    expectCountsRight(output);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await packageOf([sheet], output)) as unknown as ArrayBuffer);
    const read = book.getWorksheet(layout.name)!;
    expect(read.getCell("A1").font).toMatchObject({ bold: true, size: 14, name: "Calibri" });
    expect(read.getCell("C3").numFmt).toBe("0.00");
    expect(read.getCell("C3").protection).toMatchObject({ locked: false });
    expect(read.getCell("B2").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
  });

  test("a list bloated past thousands of entries is matched by text: a rerun still adds nothing", () => {
    const xfs = Array.from(
      { length: 6000 },
      (_, i) =>
        `<xf numFmtId="0" fontId="0" fillId="0" borderId="${i % 2}" xfId="0" applyBorder="1"><alignment indent="${i}"/></xf>`,
    ).join("");
    const input = USER_STYLES.replace(/<cellXfs count="4">/, `<cellXfs count="6004">`).replace(
      "</cellXfs>",
      `${xfs}</cellXfs>`,
    );
    const first = new StyleSheet(input);
    const indices = STYLES.map((style) => first.cellXf(style));
    // Bold alone is the user's own xf 3 (their bold font 1); every other style is added after their entries.
    expect(indices.filter((index) => index < 6004)).toEqual([3]);
    const output = first.toXml();
    expectCountsRight(output);
    const again = new StyleSheet(output);
    expect(STYLES.map((style) => again.cellXf(style))).toEqual(indices);
    expect(again.toXml()).toBe(output);
  });

  test("comments and odd spacing inside the lists are no entries", () => {
    const input = USER_STYLES.replace(
      '<fonts count="3" x14ac:knownFonts="1">',
      '<fonts count="3" x14ac:knownFonts="1"><!-- <font><b/></font> -->',
    )
      .replace("</fills>", "<!-- a > b --></fills >")
      .replace('<borders count="2">', "<borders count='2' >");
    const styles = new StyleSheet(input);
    styles.cellXf({ italic: true, fill: "123456", border: { left: "medium" } });
    const output = styles.toXml();
    expectOnlyInserted(input, output);
    expectCountsRight(output);
    expect(output).toContain("<borders count='3' >");
  });

  test("a styles part that is not XML is a corrupt file, not a crash", () => {
    for (const bad of ["", "<styleSheet><fonts>", "<workbook/>", "not xml", '<styleSheet a="1>'])
      expect(() => new StyleSheet(bad)).toThrow(XlsxError);
    try {
      new StyleSheet("<styleSheet><fonts>");
    } catch (error) {
      expect((error as XlsxError).kind).toBe("corrupt");
    }
  });
});
