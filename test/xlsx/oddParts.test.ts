import { main } from "../../src/cli/main";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { openBytes, partOf, patchPart } from "./xlsxFixtures";

const TABLE = "xl/tables/table1.xml";

/** A workbook with an extra sheet holding a table, saved as LibreOffice saves tables: no <tableStyleInfo>. */
async function withBareTable(data: Uint8Array): Promise<Uint8Array> {
  const workbook = await openBytes(data);
  workbook.addWorksheet("Bảng phụ").addTable({
    name: "GhiChu",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Đơn vị" }, { name: "Ghi chú" }],
    rows: [
      ["Văn phòng Tỉnh ủy", "đủ hồ sơ"],
      ["Ban Tổ chức Tỉnh ủy", "thiếu minh chứng 2.1"],
    ],
  });
  const saved = Buffer.from(await workbook.xlsx.writeBuffer());
  const bare = await patchPart(saved, TABLE, (xml) => xml.replace(/<tableStyleInfo[^>]*\/>/, ""));
  expect(await partOf(bare, TABLE)).not.toContain("tableStyleInfo");
  return bare;
}

describe("a table part without <tableStyleInfo> (valid OOXML, as LibreOffice writes it)", () => {
  it("is what ExcelJS alone cannot write back", async () => {
    const bare = await withBareTable(await xlsxOf(partyBloc(2024)));
    await expect((await openBytes(bare)).xlsx.writeBuffer()).rejects.toThrow();
  });

  it("does not stop the ranking: the output is written and keeps the table, the input unchanged", async () => {
    const input = await withBareTable(await xlsxOf(partyBloc(2024)));
    const original = Buffer.from(input);
    const run = fakeCliIo({ "khoi.xlsx": input });
    expect(await main(["khoi.xlsx", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ ok: true });
    expect(Buffer.from(run.files["khoi.xlsx"]!).equals(original)).toBe(true);
    const output = Buffer.from(run.files["khoi.ranked.xlsx"]!);
    const table = await partOf(output, TABLE);
    expect(table).toContain('name="GhiChu"');
    expect(table).toContain('ref="A1:B3"');
    expect(table).not.toMatch(/<tableStyleInfo[^>]* name=/);
    const sheet = (await openBytes(output)).getWorksheet("Bảng phụ")!;
    expect(sheet.getCell("B3").value).toBe("thiếu minh chứng 2.1");
  });

  it("does not stop the merge: the merged master is written with its table", async () => {
    const master = await withBareTable(await xlsxOf(f.freshMaster()));
    const run = fakeCliIo({
      "khoi.xlsx": master,
      "vp.xlsx": await xlsxOf({ sheets: [f.filled(f.UNITS[0]!)] }),
    });
    expect(await main(["merge", "khoi.xlsx", "vp.xlsx", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ ok: true, output: "khoi.merged.xlsx" });
    expect(await partOf(Buffer.from(run.files["khoi.merged.xlsx"]!), TABLE)).toContain('name="GhiChu"');
  });
});

/** The party bloc plus a sheet holding a table, a note, a link, a conditional format, a filter and a name. */
async function withOddParts(): Promise<Uint8Array> {
  const workbook = await openBytes(await xlsxOf(partyBloc(2024)));
  const extra = workbook.addWorksheet("Bảng phụ");
  extra.addTable({
    name: "T1",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "a" }, { name: "b" }],
    rows: [
      [1, 2],
      [3, 4],
    ],
  });
  extra.getCell("D1").note = "ghi chú";
  extra.getCell("D2").value = { text: "liên kết", hyperlink: "https://example.com" };
  extra.addConditionalFormatting({
    ref: "A2:A3",
    rules: [{ type: "cellIs", operator: "greaterThan", formulae: [1], priority: 1, style: {} }],
  });
  extra.autoFilter = "A1:B3";
  workbook.definedNames.add("'Bảng phụ'!$A$1", "N1");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const SHEET = "xl/worksheets/sheet5.xml";
const BOOK = "xl/workbook.xml";
const name = (value: string) => (xml: string) =>
  xml.replace(/(<definedName name="N1"[^>]*>)[^<]*</, (_whole, open: string) => `${open}${value}<`);

// [what, part, edit, whether ExcelJS alone throws writing it]: the cases looked at; each must rank.
const ODD: [string, string, (xml: string) => string, boolean][] = [
  ["a cellIs rule without its formula", SHEET, (x) => x.replace(/<formula>1<\/formula>/, ""), true],
  [
    "an expression rule without its formula",
    SHEET,
    (x) =>
      x.replace(
        /<cfRule type="cellIs"([^>]*) operator="greaterThan"><formula>1<\/formula>/,
        '<cfRule type="expression"$1>',
      ),
    true,
  ],
  ["a conditional format without rules", SHEET, (x) => x.replace(/<cfRule[\s\S]*?<\/cfRule>/, ""), false],
  ["a table column without a name", TABLE, (x) => x.replace(/ name="a"/, ""), false],
  ["a table without its autoFilter", TABLE, (x) => x.replace(/<autoFilter.*<\/autoFilter>/, ""), false],
  ["a table without a display name", TABLE, (x) => x.replace(/ displayName="T1"/, ""), false],
  ["a defined name #REF!", BOOK, name("#REF!"), false],
  [
    "a defined name that is a formula",
    BOOK,
    name("OFFSET('Bảng phụ'!$A$1,0,0,COUNTA('Bảng phụ'!$A:$A),1)"),
    false,
  ],
  ["a defined name that is a constant", BOOK, name('"abc"'), false],
  ["an empty defined name", BOOK, name(""), false],
  ["a whole-column defined name", BOOK, name("'Bảng phụ'!$A:$A"), false],
  [
    "a name scoped to a sheet that does not exist",
    BOOK,
    (x) => x.replace(/<definedName name="N1"/, '<definedName name="N1" localSheetId="99"'),
    false,
  ],
  [
    "a data validation without a type",
    SHEET,
    (x) =>
      x.replace(
        /<\/sheetData>/,
        '</sheetData><dataValidations count="1"><dataValidation sqref="E1"/></dataValidations>',
      ),
    false,
  ],
  [
    "a merge of one cell",
    SHEET,
    (x) => x.replace(/<\/sheetData>/, '</sheetData><mergeCells count="1"><mergeCell ref="E1"/></mergeCells>'),
    false,
  ],
  ["a link without its relationship", SHEET, (x) => x.replace(/ r:id="rId\d+"/, ""), false],
];

describe("other odd parts a mailed workbook may hold", () => {
  it.each(ODD)("%s: the ranking is still written, the input unchanged", async (_what, part, edit, throws) => {
    const data = await withOddParts();
    const input = await patchPart(data, part, edit);
    expect(await partOf(input, part)).not.toBe(await partOf(data, part));
    if (throws) await expect((await openBytes(input)).xlsx.writeBuffer()).rejects.toThrow();
    const original = Buffer.from(input);
    const run = fakeCliIo({ "khoi.xlsx": input });
    expect([await main(["khoi.xlsx", "--json"], run.io), run.stderr()]).toEqual([0, ""]);
    expect(Buffer.from(run.files["khoi.xlsx"]!).equals(original)).toBe(true);
    const output = await openBytes(Buffer.from(run.files["khoi.ranked.xlsx"]!));
    expect(output.getWorksheet("Bảng phụ")!.getCell("A2").value).toBe(1);
  });
});
