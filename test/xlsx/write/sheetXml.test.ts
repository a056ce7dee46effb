import { DOMParser } from "@xmldom/xmldom";
import ExcelJS from "exceljs";
import type { LayoutValue, SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { sheetXml } from "../../../src/xlsx/write/sheetXml";
import { StyleSheet } from "../../../src/xlsx/write/StyleSheet";
import { decodeXml } from "../../../src/xlsx/xml";
import { documentLayout } from "../../helpers/documentLayout";
import { rankingLayout } from "../xlsxFixtures";
import { packageOf } from "./packageOf";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// CT_Worksheet's sequence: an element out of this order makes Excel repair the file.
const ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetProtection",
  "mergeCells",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "drawing",
];

function write(layout: SheetLayout, options = { selected: false } as Parameters<typeof sheetXml>[2]) {
  const styles = new StyleSheet(null);
  return { ...sheetXml(layout, styles, options), styles };
}

function parse(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  expect(errors).toEqual([]);
  return doc;
}

function topLevel(xml: string): string[] {
  return Array.from(parse(xml).documentElement.childNodes)
    .filter((node): node is Element => node.nodeType === 1)
    .map((node) => node.localName);
}

async function readBack(layout: SheetLayout): Promise<ExcelJS.Worksheet> {
  const { xml, printTitles, styles } = write(layout);
  const book = new ExcelJS.Workbook();
  const data = await packageOf([{ name: layout.name, xml, printTitles }], styles.toXml());
  await book.xlsx.load(data as unknown as ArrayBuffer);
  return book.getWorksheet(layout.name)!;
}

const TEXTS = [
  "=SUM(A1)",
  "+1",
  'a < b & "c" > d',
  "tab\there",
  "control\u0001\u0008\u000B\u001Fend",
  "_x0041_ looks escaped, _x00e9_ too",
  "CR\r\nLF\nend",
  "  spaces around  ",
  "Đảng bộ Khối các cơ quan tỉnh — Báo cáo tổng kết",
  "lone \uD83D surrogate, a pair 😀",
  "\uFFFE\uFFFF",
];

describe("sheetXml: values", () => {
  const layout = rankingLayout({
    values: [
      ...TEXTS.map((text): LayoutValue[] => [text]),
      [
        { formula: 'IF(A1<>"",A1&"<&>","")', value: 'x<&>"' },
        { formula: "=1-1", value: 0 },
      ],
      [0.1 + 0.2, 1e21, 1e-7, -0, true, false],
      [null, "", 5],
    ],
    formats: [{ range: "A15:B15", format: { bold: true } }],
    merges: [],
    links: [],
    validations: [
      {
        range: "A1",
        min: 0,
        max: 1,
        errorTitle: 'Sai "điểm"',
        error: "Dòng 1\nDòng 2 & <3>",
        prompt: "\tNhập",
      },
    ],
  });

  test("strings are inline text whatever they start with, and read back exactly", async () => {
    const { xml } = write(layout);
    // Readers normalise a bare CR to LF: it must not reach the XML as one.
    expect(xml).not.toContain("\r");
    parse(xml);
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t>=SUM(A1)</t></is></c>');
    expect(xml).not.toMatch(/<f>SUM\(A1\)/);
    const sheet = await readBack(layout);
    TEXTS.forEach((text, r) => {
      expect(sheet.getCell(r + 1, 1).type).toBe(ExcelJS.ValueType.String);
      // ExcelJS decodes _xHHHH_ in shared strings only; Excel and LibreOffice decode inline ones too.
      if (!/_x[0-9A-F]{4}_/i.test(xml.split("<row")[r + 1]!))
        expect(sheet.getCell(r + 1, 1).value).toBe(text);
    });
    // Each text back from its <t> as ST_Xstring is read: entities, then each _xHHHH_ in turn.
    const texts = [...xml.matchAll(/<is><t[^>]*>([^<]*)<\/t><\/is>/g)].map(([, inner]) =>
      decodeXml(inner!).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
    );
    expect(texts).toEqual(TEXTS);
  });

  test("XML 1.0's forbidden characters are _xHHHH_ and a literal escape look-alike is _x005F_-escaped", () => {
    const { xml } = write(layout);
    expect(xml).toContain("<t>control_x0001__x0008__x000B__x001F_end</t>");
    expect(xml).toContain("<t>_x005F_x0041_ looks escaped, _x005F_x00e9_ too</t>");
    expect(xml).toContain("<t>CR_x000D_\nLF\nend</t>");
    expect(xml).toContain('<t xml:space="preserve">  spaces around  </t>');
    expect(xml).toContain("<t>a &lt; b &amp; &quot;c&quot; &gt; d</t>");
    expect(xml).toContain("<t>tab\there</t>");
    expect(xml).toContain("lone _xD83D_ surrogate, a pair 😀");
  });

  test("formulas keep their cached value, a text one as t=str; numbers shortest; booleans t=b", async () => {
    const { xml } = write(layout);
    expect(xml).toContain(
      '<c r="A12" t="str"><f>IF(A1&lt;&gt;&quot;&quot;,A1&amp;&quot;&lt;&amp;&gt;&quot;,&quot;&quot;)</f><v>x&lt;&amp;&gt;&quot;</v></c>',
    );
    expect(xml).toContain('<c r="B12"><f>1-1</f><v>0</v></c>');
    expect(xml).toContain('<c r="A13"><v>0.30000000000000004</v></c><c r="B13"><v>1e+21</v></c>');
    expect(xml).toContain('<c r="C13"><v>1e-7</v></c><c r="D13"><v>0</v></c>');
    expect(xml).toContain('<c r="E13" t="b"><v>1</v></c><c r="F13" t="b"><v>0</v></c>');
    const sheet = await readBack(layout);
    expect(sheet.getCell("A12").result).toBe('x<&>"');
    expect(sheet.getCell("A12").formula).toBe('IF(A1<>"",A1&"<&>","")');
    expect(sheet.getCell("A13").value).toBe(0.1 + 0.2);
    expect(sheet.getCell("B13").value).toBe(1e21);
    expect(sheet.getCell("C13").value).toBe(1e-7);
  });

  test("null and empty text write nothing; a styled empty cell is <c r s/>", () => {
    const { xml } = write(layout);
    expect(xml).toMatch(/<row r="14"><c r="C14"><v>5<\/v><\/c><\/row>/);
    expect(xml).toMatch(/<c r="A15" s="[1-9]\d*"\/><c r="B15" s="[1-9]\d*"\/>/);
  });

  test("validation texts survive in attributes: quotes, markup, line breaks, tabs", async () => {
    const sheet = await readBack(layout);
    const rule = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model.A1!;
    expect(rule).toMatchObject({
      type: "decimal",
      operator: "between",
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: 'Sai "điểm"',
      error: "Dòng 1\nDòng 2 & <3>",
      prompt: "\tNhập",
    });
    expect(rule.formulae.map(Number)).toEqual([0, 1]);
  });
});

describe("sheetXml: the sheet", () => {
  const full = rankingLayout({
    validations: [{ range: "C3:C4", min: 0, max: 10, errorTitle: "T", error: "E", prompt: null }],
    protection: { unlocked: ["C3:C4"] },
    pageBreaks: [5, 1, 3, 5],
    print: { ...rankingLayout().print, pageNumbers: "fromSecond", printTitleColumns: "A:B" },
  });

  test("elements in CT_Worksheet's order", () => {
    const { xml } = write(full, { selected: true, drawingId: "rId1" });
    expect(topLevel(xml)).toEqual(ORDER);
    expect(
      topLevel(
        write(rankingLayout({ tabColor: null, print: { ...rankingLayout().print, fitToWidth: false } }), {
          selected: false,
        }).xml,
      ),
    ).toEqual(
      ORDER.filter(
        (name) =>
          !["sheetPr", "sheetProtection", "dataValidations", "headerFooter", "rowBreaks", "drawing"].includes(
            name,
          ),
      ),
    );
  });

  test("the selected sheet's tab is selected, another's is not; the drawing is referred to by its id", () => {
    expect(write(full, { selected: true }).xml).toContain('<sheetView tabSelected="1" workbookViewId="0">');
    const other = write(full, { selected: false, drawingId: "rId3" }).xml;
    expect(other).not.toContain("tabSelected");
    expect(other).toContain('<drawing r:id="rId3"/></worksheet>');
    expect(write(full, { selected: false }).xml).not.toContain("<drawing");
  });

  test("print titles: columns first, the sheet quoted; null without any", () => {
    expect(write(full).printTitles).toBe("'Xếp hạng'!$A:$B,'Xếp hạng'!$2:$2");
    expect(write(documentLayout({ name: "Ban's" })).printTitles).toBe("'Ban''s'!$A:$B");
    const none = { ...rankingLayout().print, printTitleRows: null };
    expect(write(rankingLayout({ print: none })).printTitles).toBeNull();
  });

  test("page breaks before rows: sorted, once each, none before row 1", () => {
    const { xml } = write(full);
    expect(xml).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="2" max="16383" man="1"/><brk id="4" max="16383" man="1"/></rowBreaks>',
    );
  });

  test("internal links need no relationship; their text is the cell's", () => {
    const layout = rankingLayout({
      links: [
        { cell: "$B$3", sheet: "Ban's bảng", target: "$B$7" },
        { cell: "D9", sheet: "S", target: "A1" },
      ],
    });
    const { xml } = write(layout);
    expect(xml).toContain(
      `<hyperlink ref="B3" location="&apos;Ban&apos;&apos;s bảng&apos;!B7" display="=Ban Tổ chức"/>`.replace(
        /&apos;/g,
        "'",
      ),
    );
    expect(xml).toContain(`<hyperlink ref="D9" location="'S'!A1" display="S!A1"/>`);
    expect(xml).not.toContain("r:id=");
  });

  test("protection: the sheet protected as the ExcelJS writer did, the unlocked cells' xf unlocked", () => {
    const { xml, styles } = write(full);
    expect(xml).toContain('<sheetProtection sheet="1" formatColumns="0" formatRows="0"/>');
    const xf = Number(/<c r="C3" s="(\d+)"/.exec(xml)![1]);
    const cellXfs = parse(styles.toXml()).getElementsByTagNameNS(MAIN, "cellXfs")[0]!;
    const entry = Array.from(cellXfs.childNodes).filter((n): n is Element => n.nodeType === 1)[xf]!;
    expect(entry.getElementsByTagNameNS(MAIN, "protection")[0]!.getAttribute("locked")).toBe("0");
  });

  test("freeze panes: rows, columns or both", () => {
    const pane = (rows: number, columns: number) =>
      /<pane [^>]*\/>/.exec(write(rankingLayout({ freeze: { rows, columns } })).xml)?.[0];
    expect(pane(2, 1)).toBe(
      '<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>',
    );
    expect(pane(4, 0)).toBe('<pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/>');
    expect(pane(0, 3)).toBe('<pane xSplit="3" topLeftCell="D1" activePane="topRight" state="frozen"/>');
    expect(pane(0, 0)).toBeUndefined();
  });

  test("equal neighbouring widths share one col element; heights beyond the values still written", () => {
    const { xml } = write(
      rankingLayout({ columnWidths: [6, 12, 12, 12, 9], rowHeights: [{ row: 40, height: 18.75 }] }),
    );
    expect(xml).toContain(
      '<cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="4" width="12" customWidth="1"/><col min="5" max="5" width="9" customWidth="1"/></cols>',
    );
    expect(xml).toContain('<row r="40" ht="18.75" customHeight="1"/></sheetData>');
  });
});
