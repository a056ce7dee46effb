import ExcelJS from "exceljs";
import JSZip from "jszip";
import { setCells, type CellEdit } from "../../../src/xlsx/edit/setCells";
import { XlsxError } from "../../../src/xlsx/XlsxError";
import { bytesOf, openBytes } from "../xlsxFixtures";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A2:E9"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="4" max="4" width="12" style="7" customWidth="1"/></cols>`;
const TAIL = `<mergeCells count="1"><mergeCell ref="B7:C8"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
const ROW2 = `<row r="2" spans="2:5"><c r="B2" s="3" t="s"><v>0</v></c><c r="C2" s="4"/><c r="E2"><v>5</v></c></row>`;
const ROW5 = `<row r="5" s="5" customFormat="1" ht="20"><c r="B5" s="2"><f>SUM(B2:B4)</f><v>5</v></c></row>`;
const ROW9 = `<row r="9"><c r="A9" t="inlineStr"><is><t>x</t></is></c></row>`;
const SHEET = `${HEAD}<sheetData>${ROW2}${ROW5}${ROW9}</sheetData>${TAIL}`;

/** Each `<row>` element's text, by its number (explicit `r` only: the fixtures that omit it are checked whole). */
function rowsOf(xml: string): Map<number, string> {
  const rows = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?row\s[^>]*?r="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?row>)/g))
    rows.set(Number(match[1]), match[0]);
  return rows;
}

/**
 * Asserts that only the given rows differ: the text before the first row and after the last one is the same,
 * every other row is there byte for byte, and rows come in order.
 */
function expectOnlyRows(before: string, after: string, changed: number[], dimension = false): void {
  const outside = (xml: string) => {
    const first = xml.search(/<(?:\w+:)?row[\s>]/);
    const last = xml.lastIndexOf("row>");
    const head = xml.slice(0, first);
    return [dimension ? head.replace(/<dimension ref="[^"]*"\/>/, "") : head, xml.slice(last + 4)];
  };
  expect(outside(after)).toEqual(outside(before));
  const [was, now] = [rowsOf(before), rowsOf(after)];
  for (const [row, text] of was) if (!changed.includes(row)) expect(now.get(row)).toBe(text);
  for (const row of changed) expect(now.get(row)).not.toBe(was.get(row));
  const order = [...now.keys()];
  expect(order).toEqual([...order].sort((a, b) => a - b));
}

const set = (xml: string, ...edits: CellEdit[]) => setCells(xml, edits);
const inline = (text: string) => `t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;

describe("setCells", () => {
  it("replaces a cell with one of the same style: a number as <v>, text as an inline string", () => {
    const { xml, kept } = set(SHEET, { cell: "B2", value: 42 }, { cell: "C2", value: "hi" });
    expect(kept).toEqual([]);
    expect(rowsOf(xml).get(2)).toBe(
      `<row r="2" spans="2:5"><c r="B2" s="3"><v>42</v></c><c r="C2" s="4" ${inline("hi")}<c r="E2"><v>5</v></c></row>`,
    );
    expectOnlyRows(SHEET, xml, [2]);
  });

  it("inserts a missing cell in column order: at the row's start, middle and end (spans widened)", () => {
    const { xml } = set(SHEET, { cell: "F2", value: 6 }, { cell: "A2", value: 1 }, { cell: "D2", value: 4 });
    expect(rowsOf(xml).get(2)).toBe(
      `<row r="2" spans="1:6"><c r="A2"><v>1</v></c><c r="B2" s="3" t="s"><v>0</v></c><c r="C2" s="4"/>` +
        `<c r="D2" s="7"><v>4</v></c><c r="E2"><v>5</v></c><c r="F2"><v>6</v></c></row>`,
    );
    expectOnlyRows(SHEET, xml, [2], true);
  });

  it("inserts a missing row in row order: before the first, between two and after the last", () => {
    const { xml } = set(
      SHEET,
      { cell: "A12", value: 12 },
      { cell: "A1", value: 1 },
      { cell: "B3", value: "b" },
    );
    const rows = rowsOf(xml);
    expect([...rows.keys()]).toEqual([1, 2, 3, 5, 9, 12]);
    expect(rows.get(1)).toBe(`<row r="1"><c r="A1"><v>1</v></c></row>`);
    expect(rows.get(3)).toBe(`<row r="3"><c r="B3" ${inline("b")}</row>`);
    expect(rows.get(12)).toBe(`<row r="12"><c r="A12"><v>12</v></c></row>`);
    expect(xml).toContain(`<sheetData><row r="1">`);
    expect(xml).toContain(`${ROW9}<row r="12">`);
    expectOnlyRows(SHEET, xml, [1, 3, 12], true);
  });

  it("fills an empty sheetData, self-closed or not, and grows <dimension ref>", () => {
    for (const data of ["<sheetData/>", "<sheetData></sheetData>"]) {
      const sheet = `<worksheet ${NS}><dimension ref="A1"/>${data}<pageMargins/></worksheet>`;
      const { xml } = set(sheet, { cell: "C4", value: 3 }, { cell: "B2", value: 2 });
      expect(xml).toBe(
        `<worksheet ${NS}><dimension ref="A1:C4"/><sheetData><row r="2"><c r="B2"><v>2</v></c></row>` +
          `<row r="4"><c r="C4"><v>3</v></c></row></sheetData><pageMargins/></worksheet>`,
      );
    }
  });

  it("leaves <dimension ref> alone when the written cells lie inside it, and grows it when one does not", () => {
    expect(set(SHEET, { cell: "C9", value: 1 }).xml).toContain(`<dimension ref="A2:E9"/>`);
    expect(set(SHEET, { cell: "G1", value: 1 }).xml).toContain(`<dimension ref="A1:G9"/>`);
  });

  it("gives a new cell its row's style when the row is formatted, else its column's", () => {
    const { xml } = set(
      SHEET,
      { cell: "C5", value: 1 },
      { cell: "D5", value: 2 },
      { cell: "D3", value: 3 },
      { cell: "E3", value: 4 },
      { cell: "D9", value: 5 },
    );
    const rows = rowsOf(xml);
    expect(rows.get(5)).toContain(`<c r="C5" s="5"><v>1</v></c><c r="D5" s="5"><v>2</v></c></row>`);
    expect(rows.get(3)).toBe(`<row r="3"><c r="D3" s="7"><v>3</v></c><c r="E3"><v>4</v></c></row>`);
    expect(rows.get(9)).toContain(`<c r="D9" s="7"><v>5</v></c>`);
  });

  it("finds a new cell's column style among several <col> ranges", () => {
    const cols = `<cols><col min="6" max="10" style="9"/><col min="1" max="2" style="8"/><col min="3" max="3" width="5"/><col min="4" max="4" style="7"/></cols>`;
    const sheet = `<worksheet ${NS}>${cols}<sheetData/></worksheet>`;
    const edits = ["A1", "B1", "C1", "D1", "E1", "F1", "J1", "K1"].map((cell) => ({ cell, value: 0 }));
    const styles = [...setCells(sheet, edits).xml.matchAll(/<c r="(\w+)"(?: s="(\d+)")?>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(Object.fromEntries(styles)).toEqual({
      A1: "8",
      B1: "8",
      C1: undefined,
      D1: "7",
      E1: undefined,
      F1: "9",
      J1: "9",
      K1: undefined,
    });
  });

  it("reports every edit of a refused cell", () => {
    const { kept } = set(SHEET, { cell: "C8", value: 1 }, { cell: "A1", value: 1 }, { cell: "C8", value: 2 });
    expect(kept).toEqual([
      { index: 0, reason: "merged" },
      { index: 2, reason: "merged" },
    ]);
  });

  it("refuses a cell holding a formula, and one in an array formula's range", () => {
    const array = `<row r="12"><c r="A12"><f t="array" ref="A12:A13">B1:B2*2</f><v>2</v></c></row><row r="13"><c r="A13"><v>4</v></c></row>`;
    const sheet = SHEET.replace("</sheetData>", `${array}</sheetData>`);
    const edits = [
      { cell: "E2", value: 1 },
      { cell: "B5", value: 9 },
      { cell: "A13", value: 9 },
      { cell: "A12", value: 9 },
    ];
    const { xml, kept } = setCells(sheet, edits);
    expect(kept).toEqual([
      { index: 1, reason: "formula" },
      { index: 2, reason: "formula" },
      { index: 3, reason: "formula" },
    ]);
    expect(rowsOf(xml).get(5)).toBe(ROW5);
    expectOnlyRows(sheet, xml, [2]);
  });

  it("refuses a cell a merged range covers, and writes its top-left cell", () => {
    const edits = [
      { cell: "C7", value: 1 },
      { cell: "B7", value: "top-left" },
      { cell: "B8", value: 3 },
      { cell: "C8", value: 4 },
    ];
    const { xml, kept } = setCells(SHEET, edits);
    expect(kept).toEqual([
      { index: 0, reason: "merged" },
      { index: 2, reason: "merged" },
      { index: 3, reason: "merged" },
    ]);
    expect(rowsOf(xml).get(7)).toBe(`<row r="7"><c r="B7" ${inline("top-left")}</row>`);
    expect(rowsOf(xml).has(8)).toBe(false);
  });

  it("writes text that starts with = as text, escaped, with what XML cannot hold as _xHHHH_", () => {
    const text = '=SUM(A1) <b> & "q"\u0001\r\n\t_x0041_ 😀';
    const { xml } = set(SHEET, { cell: "A9", value: text });
    expect(rowsOf(xml).get(9)).toBe(
      `<row r="9"><c r="A9" ${inline("=SUM(A1) &lt;b&gt; &amp; &quot;q&quot;_x0001__x000D_\n\t_x005F_x0041_ 😀")}</row>`,
    );
    expect(rowsOf(xml).get(9)).not.toMatch(/<f[\s>]/);
  });

  it("writes a number as the shortest text that reads back the same", () => {
    const values = [0.1 + 0.2, 1e21, -0, 1 / 3, 5e-7];
    const { xml } = setCells(
      `<worksheet ${NS}><sheetData/></worksheet>`,
      values.map((value, i) => ({ cell: `A${i + 1}`, value })),
    );
    const written = [...xml.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1]!);
    expect(written).toEqual(["0.30000000000000004", "1e+21", "0", "0.3333333333333333", "5e-7"]);
    expect(written.map(Number)).toEqual(values.map((v) => v + 0));
  });

  it("writes the last value when several edits name one cell", () => {
    const { xml, kept } = set(SHEET, { cell: "E2", value: 1 }, { cell: "E2", value: 2 });
    expect(kept).toEqual([]);
    expect(rowsOf(xml).get(2)).toContain(`<c r="E2"><v>2</v></c>`);
  });

  it("drops the old value's type and metadata but keeps the cell's other attributes", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" s="2" t="e" vm="1" ph="1"><v>#VALUE!</v></c></row></sheetData></worksheet>`;
    expect(set(sheet, { cell: "A1", value: 1 }).xml).toContain(`<c r="A1" s="2" ph="1"><v>1</v></c>`);
  });

  it("locates rows and cells without r, adding r only to the cell it writes", () => {
    const sheet = `<worksheet ${NS}><sheetData><row><c><v>1</v></c><c s="3"><v>2</v></c></row><row r="4"><c><v>3</v></c></row><row><c t="s"><v>0</v></c></row></sheetData></worksheet>`;
    const { xml } = set(
      sheet,
      { cell: "B1", value: 20 },
      { cell: "A3", value: 30 },
      { cell: "C4", value: 40 },
      { cell: "A5", value: 50 },
    );
    expect(xml).toBe(
      `<worksheet ${NS}><sheetData><row><c><v>1</v></c><c r="B1" s="3"><v>20</v></c></row>` +
        `<row r="3"><c r="A3"><v>30</v></c></row><row r="4"><c><v>3</v></c><c r="C4"><v>40</v></c></row>` +
        `<row><c r="A5"><v>50</v></c></row></sheetData></worksheet>`,
    );
  });

  it("writes new elements with the prefix the file uses", () => {
    const sheet = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const { xml } = set(
      sheet,
      { cell: "B2", value: "t" },
      { cell: "A2", value: 2 },
      { cell: "A3", value: 3 },
    );
    expect(xml).toBe(
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2">` +
        `<x:c r="A2"><x:v>2</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t xml:space="preserve">t</x:t></x:is></x:c></x:row>` +
        `<x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    );
  });

  it("opens a self-closed row to write into it, and keeps what surrounds the rows (whitespace, comments)", () => {
    const sheet = `<worksheet ${NS}>\n  <sheetData>\n    <row r="1" ht="30" customHeight="1"/>\n    <!-- <row r="2"> -->\n    <row r="3"><c r="A3"><v>1</v></c></row>\n  </sheetData>\n</worksheet>`;
    const { xml } = set(sheet, { cell: "B1", value: 1 }, { cell: "A2", value: 2 });
    expect(xml).toBe(
      `<worksheet ${NS}>\n  <sheetData>\n    <row r="1" ht="30" customHeight="1"><c r="B1"><v>1</v></c></row>\n    <!-- <row r="2"> -->\n    ` +
        `<row r="2"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>1</v></c></row>\n  </sheetData>\n</worksheet>`,
    );
  });

  it("finds where elements end though text and attribute values hold look-alikes", () => {
    const row1 = `<row r="1"><c r="A1" t="inlineStr"><is><t>arrow> row> /c></t></is></c><c r="B1" x:y="a>b"><v>1</v></c></row>`;
    const sheet = `<worksheet ${NS}><sheetData>${row1}<row r="3"/></sheetData></worksheet>`;
    const { xml } = set(sheet, { cell: "C1", value: 3 }, { cell: "B1", value: 2 }, { cell: "A2", value: 1 });
    expect(xml).toBe(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>arrow> row> /c></t></is></c>` +
        `<c r="B1" x:y="a>b"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>1</v></c></row><row r="3"/></sheetData></worksheet>`,
    );
  });

  it("inserts a row's new last cell before the row's extLst", () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><extLst><ext uri="{X}"/></extLst></row></sheetData></worksheet>`;
    expect(set(sheet, { cell: "B1", value: 2 }).xml).toContain(
      `<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><extLst><ext uri="{X}"/></extLst></row>`,
    );
  });

  it("returns the sheet unchanged when every edit is refused, or there is none", () => {
    expect(set(SHEET, { cell: "B5", value: 1 }, { cell: "C8", value: 1 }).xml).toBe(SHEET);
    expect(set(SHEET).xml).toBe(SHEET);
  });

  it("reports a sheet without cell data or with an unterminated row as corrupt, and rejects a bad reference", () => {
    const corrupt = expect.objectContaining({ kind: "corrupt" });
    expect(() => set(`<worksheet ${NS}></worksheet>`, { cell: "A1", value: 1 })).toThrow(XlsxError);
    expect(() =>
      set(`<worksheet ${NS}><sheetData><row r="1"><c r="A1"></sheetData>`, { cell: "A1", value: 1 }),
    ).toThrow(corrupt);
    expect(() => set(SHEET, { cell: "$A$1", value: 1 })).toThrow(RangeError);
    expect(() => set(SHEET, { cell: "A0", value: 1 })).toThrow(RangeError);
  });
});

// ---- Against ExcelJS, as an independent reader of what is written ----

/** A workbook with what a secretary's has: several sheets, fonts, fills, borders, formats, shared strings, a merge, a list validation, a formula. */
async function richWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet("Dữ liệu");
  data.columns = [{ width: 30 }, { width: 12 }, { width: 12, style: { numFmt: "0.00" } }, { width: 12 }];
  data.getCell("A1").value = "Bảng chấm điểm";
  data.getCell("A1").font = { bold: true, size: 14, color: { argb: "FF1F3864" } };
  data.mergeCells("A1:D1");
  data.getRow(2).values = ["Tiêu chí", "Điểm chuẩn", "Tự chấm", "Ghi chú"];
  data.getRow(2).eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    cell.border = { top: { style: "thin" }, bottom: { style: "double" } };
  });
  for (let r = 3; r <= 8; r++) {
    data.getCell(r, 1).value = `Tiêu chí ${r - 2}`;
    data.getCell(r, 2).value = r * 2;
    data.getCell(r, 2).numFmt = "#,##0.0";
    data.getCell(r, 3).border = { left: { style: "thin" }, right: { style: "thin" } };
    data.getCell(r, 3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    data.getCell(r, 4).dataValidation = { type: "list", allowBlank: true, formulae: ['"Đạt,Không đạt"'] };
  }
  data.getCell("C4").value = 3.5;
  data.getCell("B9").value = { formula: "SUM(B3:B8)", result: 66 };
  data.getCell("A9").value = "Tổng";
  data.getCell("A9").font = { italic: true };
  const other = book.addWorksheet("Khác");
  other.getCell("A1").value = "Tiêu chí 1";
  other.getCell("B2").value = new Date(Date.UTC(2026, 0, 15));
  book.addWorksheet("Trống");
  return bytesOf(book);
}

/** Every cell of a workbook: value and style, by sheet and address. */
function cellsOf(book: ExcelJS.Workbook): Map<string, { value: unknown; style: string }> {
  const cells = new Map<string, { value: unknown; style: string }>();
  for (const sheet of book.worksheets)
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = JSON.stringify(cell.style);
        // includeEmpty lists every column up to the row's last cell: one with nothing in it is no cell.
        if (cell.value !== null || style !== "{}")
          cells.set(`${sheet.name}!${cell.address}`, { value: cell.value, style });
      }),
    );
  return cells;
}

describe("setCells on a workbook ExcelJS made", () => {
  it("sets the edited cells, keeping their styles, and every other cell, part and validation as it was", async () => {
    const before = await richWorkbook();
    const zip = await JSZip.loadAsync(before);
    const path = "xl/worksheets/sheet1.xml";
    const sheet = await zip.file(path)!.async("string");
    const edits: CellEdit[] = [
      { cell: "C3", value: 7.25 },
      { cell: "C4", value: "=không phải công thức" },
      { cell: "A3", value: "Tiêu chí sửa" },
      { cell: "C12", value: 1 },
      { cell: "B9", value: 0 },
      { cell: "B1", value: "no" },
    ];
    const { xml, kept } = setCells(sheet, edits);
    expect(kept).toEqual([
      { index: 4, reason: "formula" },
      { index: 5, reason: "merged" },
    ]);
    zip.file(path, xml);
    const after = Buffer.from(await zip.generateAsync({ type: "nodebuffer" }));

    const [was, now] = [cellsOf(await openBytes(before)), cellsOf(await openBytes(after))];
    const edited = {
      "Dữ liệu!C3": 7.25,
      "Dữ liệu!C4": "=không phải công thức",
      "Dữ liệu!A3": "Tiêu chí sửa",
    };
    for (const [address, value] of Object.entries(edited)) {
      expect(now.get(address)).toEqual({ value, style: was.get(address)!.style });
    }
    // C12 was no cell at all: it takes column C's number format, as Excel shows an empty cell there.
    expect(now.get("Dữ liệu!C12")?.value).toBe(1);
    expect(JSON.parse(now.get("Dữ liệu!C12")!.style)).toMatchObject({ numFmt: "0.00" });
    const untouched = (cells: typeof was) =>
      [...cells].filter(([address]) => !(address in edited) && address !== "Dữ liệu!C12");
    expect(untouched(now)).toEqual(untouched(was));

    const reopened = await openBytes(after);
    const validation = reopened.getWorksheet("Dữ liệu")!.getCell("D5").dataValidation;
    expect(validation).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
    const zipAfter = await JSZip.loadAsync(after);
    for (const name of Object.keys(zip.files).filter((name) => name !== path && !zip.files[name]!.dir)) {
      const original = await (await JSZip.loadAsync(before)).file(name)!.async("string");
      expect(await zipAfter.file(name)!.async("string")).toBe(original);
    }
  });
});

describe("setCells on a protected sheet (options.locked)", () => {
  // Only style 7 (column D's) and style 4 (C2's) are open; every other style locks its cell.
  const locked = (style: string) => style !== "7" && style !== "4";

  test("writes an open cell, existing (C2) or new under an open column (D3), and refuses a locked one", () => {
    const edits: CellEdit[] = [
      { cell: "C2", value: 1 },
      { cell: "D3", value: 2 },
      { cell: "B2", value: 3 },
      { cell: "E3", value: 4 },
    ];
    const { xml, kept } = setCells(SHEET, edits, { locked });
    expect(kept).toEqual([
      { index: 2, reason: "locked" },
      { index: 3, reason: "locked" },
    ]);
    expect(xml).toContain('<c r="C2" s="4"><v>1</v></c>');
    expect(xml).toContain('<row r="3"><c r="D3" s="7"><v>2</v></c></row>');
    expect(xml).not.toContain('r="E3"');
    expect(xml).toContain('<c r="B2" s="3" t="s"><v>0</v></c>');
  });

  test("without the option every style is open: the same edits are all written", () => {
    expect(setCells(SHEET, [{ cell: "B2", value: 3 }]).kept).toEqual([]);
  });
});
