import { main } from "../../src/cli/main";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/forms/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { openBytes, partOf, patchPart } from "./xlsxFixtures";

const TABLE = "xl/tables/table1.xml";

/** A workbook with an extra sheet holding a table, saved as LibreOffice saves tables: no <tableStyleInfo>. */
async function withBareTable(data: Buffer): Promise<Buffer> {
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
