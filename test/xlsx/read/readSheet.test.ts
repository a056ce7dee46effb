// Sheet XML that ExcelJS does not write, as other tools (Excel itself, OpenXML SDK, LibreOffice) do.
import { MAX_CONTENT_CELLS } from "../../../src/engine";
import { MAX_MERGE_CELLS, readSheet } from "../../../src/xlsx/read/readSheet";
import { scanCells } from "../../../src/xlsx/read/scanCells";
import { sharedStrings } from "../../../src/xlsx/read/sharedStrings";
import { XlsxError } from "../../../src/xlsx/XlsxError";

const sheet = (rows: string, after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><cols><col min="1" max="3" width="9"/></cols><sheetData>${rows}</sheetData>${after}</worksheet>`;

const read = (rows: string, strings: string[] = [], after = "") =>
  readSheet(sheet(rows, after), strings, "Trang");

describe("readSheet: cell types", () => {
  test("numbers, shared strings, booleans, errors, formula text results, by the cell's t", () => {
    const { values, formulas } = read(
      '<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" t="n"><v>-2E-3</v></c><c r="C1" t="s"><v>1</v></c>' +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#DIV/0!</v></c>' +
        '<c r="G1" t="str"><v>a &amp; b</v></c></row>',
      ["không", "một"],
    );
    expect(values).toEqual([[1.5, -0.002, "một", true, false, "#DIV/0!", "a & b"]]);
    expect(formulas.size).toBe(0);
  });

  test("a number that is none is #NUM!, a shared string index that is none is empty", () => {
    const { values } = read(
      '<row r="1"><c r="A1"><v>1e999</v></c><c r="B1"><v>abc</v></c><c r="C1" t="s"><v>7</v></c><c r="D1" t="s"><v>x</v></c></row>',
      ["một"],
    );
    expect(values).toEqual([["#NUM!", "#NUM!", "", ""]]);
  });

  test("a date-formatted number stays its serial number", () => {
    expect(read('<row r="1"><c r="A1" s="4"><v>45672.5</v></c></row>').values).toEqual([[45672.5]]);
  });

  test('t="d": an ISO date becomes its serial, in the 1900 system or the 1904 one', () => {
    const rows =
      '<row r="1"><c r="A1" t="d"><v>2025-01-15</v></c><c r="B1" t="d"><v>2025-01-15T12:30:00</v></c>' +
      '<c r="C1" t="d"><v>1900-01-01T00:00:00</v></c><c r="D1" t="d"><v>1900-03-01</v></c><c r="E1" t="d"><v>không phải ngày</v></c></row>';
    expect(read(rows).values).toEqual([[45672, 45672 + 12.5 / 24, 1, 61, ""]]);
    expect(readSheet(sheet(rows), [], "Trang", { date1904: true }).values[0]?.slice(0, 2)).toEqual([
      45672 - 1462,
      45672 - 1462 + 12.5 / 24,
    ]);
  });

  test("inline strings: plain or rich, phonetic runs left out, escapes decoded", () => {
    const { values } = read(
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  Điểm  </t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Tổng </t></r><r><t>hợp</t></r><rPh sb="0" eb="1"><t>ソウ</t></rPh></is></c>' +
        '<c r="C1" t="inlineStr"><is><t>dòng_x000D_\nhai &lt;3&gt;</t></is></c></row>',
    );
    expect(values).toEqual([["  Điểm  ", "Tổng hợp", "dòng\r\nhai <3>"]]);
  });

  test("cells holding only formatting are not content: they do not stretch the grid", () => {
    const { values } = read(
      '<row r="1"><c r="A1"><v>1</v></c><c r="D1" s="2"/><c r="E1" s="2"></c></row><row r="9" s="1"/>',
    );
    expect(values).toEqual([[1]]);
  });

  test("an empty sheet reads as no rows", () => {
    expect(readSheet(sheet("").replace("<sheetData></sheetData>", "<sheetData/>"), [], "Trang")).toEqual({
      values: [],
      formulas: new Map(),
    });
  });
});

describe("readSheet: the XML other writers make", () => {
  test("prefixed elements (OpenXML SDK style), single-quoted attributes", () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      "<x:row r='1'><x:c r='A1' t='s'><x:v>0</x:v></x:c><x:c r='B1'><x:f>A1&amp;\"!\"</x:f><x:v>2</x:v></x:c></x:row>" +
      '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>ba</x:t></x:is></x:c></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="C1:D2"/></x:mergeCells></x:worksheet>';
    const strings = sharedStrings(
      '<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>một</x:t></x:si></x:sst>',
    );
    const { values, formulas } = readSheet(xml, strings, "Trang");
    expect(values).toEqual([
      ["một", 2, "", ""],
      ["ba", "", "", ""],
    ]);
    expect(Object.fromEntries(formulas)).toEqual({ B1: '=A1&"!"' });
  });

  test("a cell without r follows the one before it, a row without r the row before it", () => {
    const { values } = read(
      '<row r="2"><c r="B2"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c t="b"><v>1</v></c></row><row r="5"><c r="C5"><v>5</v></c></row>',
    );
    expect(values).toEqual([
      ["", "", ""],
      ["", 1, 2],
      [3, true, ""],
      ["", "", ""],
      ["", "", 5],
    ]);
  });
});

describe("readSheet: formulas", () => {
  test("a formula without a cached value holds one and reads empty; an empty <f/> holds none", () => {
    const { values, formulas } = read(
      '<row r="1"><c r="A1"><f>NOW()</f></c><c r="B1"><f/><v>4</v></c><c r="C1" t="str"><f>""</f><v></v></c></row>',
    );
    expect(values).toEqual([["", 4, ""]]);
    expect(Object.fromEntries(formulas)).toEqual({ A1: "=NOW()", C1: '=""' });
  });

  test("shared formulas: followers get the master's text moved by their offset, anchors and strings kept", () => {
    const { formulas } = read(
      '<row r="2"><c r="C2"><f t="shared" ref="C2:D4" si="0">SUM(A2:B2)*$A$1&amp;"A2"</f><v>1</v></c><c r="D2"><f t="shared" si="0"/><v>1</v></c></row>' +
        '<row r="3"><c r="C3"><f t="shared" si="0"/><v>1</v></c><c r="E3"><f t="shared" ref="E3:E4" si="1">LOG10(E2)</f><v>0</v></c></row>' +
        '<row r="4"><c r="D4"><f t="shared" si="0"/><v>1</v></c><c r="E4"><f t="shared" si="1"/><v>0</v></c><c r="F4"><f t="shared" si="9"/><v>0</v></c></row>',
    );
    expect(Object.fromEntries(formulas)).toEqual({
      C2: '=SUM(A2:B2)*$A$1&"A2"',
      D2: '=SUM(B2:C2)*$A$1&"A2"',
      C3: '=SUM(A3:B3)*$A$1&"A2"',
      E3: "=LOG10(E2)",
      D4: '=SUM(B4:C4)*$A$1&"A2"',
      E4: "=LOG10(E3)",
      // A follower whose master is missing still holds a formula, whose text is lost.
      F4: "=",
    });
  });

  test("an array formula is its master cell's; the other cells of the array hold values; a data table none", () => {
    const { values, formulas } = read(
      '<row r="1"><c r="A1"><f t="array" ref="A1:A3">B1:B3*2</f><v>2</v></c><c r="B1"><v>1</v></c></row>' +
        '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>2</v></c></row>' +
        '<row r="3"><c r="A3"><v>6</v></c><c r="B3"><f t="dataTable" ref="B3:B3" dt2D="0" dtr="0" r1="A1"/><v>3</v></c></row>',
    );
    expect(values).toEqual([
      [2, 1],
      [4, 2],
      [6, 3],
    ]);
    expect(Object.fromEntries(formulas)).toEqual({ A1: "=B1:B3*2" });
  });
});

describe("readSheet: merges", () => {
  test("covered cells read empty and hold no formula, even with a value in the file; they widen the grid", () => {
    const { values, formulas } = read(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>1+1</f><v>2</v></c></row><row r="2"><c r="A2"><v>9</v></c></row>',
      ["Tiêu đề"],
      '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B2"/></mergeCells>',
    );
    expect(values).toEqual([
      ["Tiêu đề", "", ""],
      [9, "", ""],
    ]);
    expect(formulas.size).toBe(0);
  });

  test("a merge over the whole sheet is cut to the content", () => {
    const { values } = read(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>2</v></c></row>',
      [],
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    // Everything but A1 is covered: the content's own extent, no more.
    expect(values).toEqual([
      [1, ""],
      ["", ""],
      ["", ""],
    ]);
  });
});

describe("readSheet: odd XML (DESIGN §9)", () => {
  test("a sheet part cut anywhere reads as far as it goes, or is refused as an XlsxError, never a crash", () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1&amp;"x"</f><v>1</v></c></row>' +
        '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:r><x:t>ba</x:t></x:r><x:rPh><x:t>x</x:t></x:rPh></x:is></x:c><c r="B2"><f t="shared" si="0"/></c><c r=\'C2\' t="d"><v>2025-01-01</v></c></x:row>',
      '<mergeCells count="1"><mergeCell ref="A3:B4"/></mergeCells>',
    );
    let read = 0;
    for (let cut = 0; cut <= xml.length; cut++) {
      for (const part of [xml.slice(0, cut), xml.slice(cut)]) {
        try {
          const result = readSheet(part, ["một"], "Trang");
          expect(result.values.every((row) => row.length === (result.values[0]?.length ?? 0))).toBe(true);
          read++;
        } catch (error) {
          expect(error).toBeInstanceOf(XlsxError);
        }
      }
    }
    expect(read).toBeGreaterThan(xml.length);
    // The whole of it reads in full.
    expect(readSheet(xml, ["một"], "Trang").formulas.get("B2")).toBe('=A2&"x"');
  });
});

describe("readSheet: too large (DESIGN §9)", () => {
  const refusal = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  test("more than MAX_CONTENT_CELLS cells holding something", () => {
    const row = "<c><v>1</v></c>".repeat(1000);
    const rows = Array.from({ length: MAX_CONTENT_CELLS / 1000 }, (_, r) => `<row r="${r + 1}">${row}</row>`);
    const error = refusal(() =>
      readSheet(sheet(`${rows.join("")}<row><c><v>1</v></c></row>`), [], "Dữ liệu"),
    );
    expect(error).toBeInstanceOf(XlsxError);
    expect(error).toMatchObject({ kind: "too-large", subject: "Dữ liệu" });
  });

  test("the limit counts the cells holding something: exactly the limit is read, one more refused", () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c r="C1"><f>A1</f></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c></row>';
    expect(scanCells(sheet(rows), [], false, 3, "Trang").cells).toHaveLength(3);
    expect(refusal(() => scanCells(sheet(rows), [], false, 2, "Trang"))).toMatchObject({
      kind: "too-large",
      subject: "Trang",
    });
  });

  test("merged cells within the content count as cells", () => {
    const count = Math.floor(MAX_CONTENT_CELLS / MAX_MERGE_CELLS) + 1;
    // Merges of MAX_MERGE_CELLS each (not cut), one under the other in column A:J.
    const height = MAX_MERGE_CELLS / 10;
    const merges = Array.from(
      { length: count },
      (_, i) => `<mergeCell ref="A${i * height + 1}:J${(i + 1) * height}"/>`,
    ).join("");
    const error = refusal(() =>
      read('<row r="1"><c r="A1"><v>1</v></c></row>', [], `<mergeCells>${merges}</mergeCells>`),
    );
    expect(error).toMatchObject({ kind: "too-large", subject: "Trang" });
    // One merge fewer is read.
    const fewer = merges.slice(0, merges.lastIndexOf("<mergeCell"));
    expect(() =>
      read('<row r="1"><c r="A1"><v>1</v></c></row>', [], `<mergeCells>${fewer}</mergeCells>`),
    ).not.toThrow();
  });

  test("content spread over too many rows and columns for one grid", () => {
    const rows = Array.from(
      { length: 1000 },
      (_, r) => `<row r="${r * 1000 + 1}"><c r="A${r * 1000 + 1}"><v>1</v></c></row>`,
    );
    const columns = Array.from({ length: 160 }, (_, c) => `<c r="${columnLetters(c * 100)}1"><v>1</v></c>`);
    rows[0] = `<row r="1">${columns.join("")}</row>`;
    expect(refusal(() => read(rows.join("")))).toMatchObject({ kind: "too-large", subject: "Trang" });
  });
});

function columnLetters(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
