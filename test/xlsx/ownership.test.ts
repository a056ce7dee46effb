import ExcelJS from "exceljs";
import { ownershipName } from "../../src/engine/layout/sheetLayout";
import { applyLayouts } from "../../src/xlsx/applyLayouts";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { bytesOf, definedNamesOf, patchPart, rankingLayout } from "./xlsxFixtures";

/** A user's input, one of our earlier outputs (marked), and a user sheet named like an output. */
async function markedWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Tổng hợp").getCell("A1").value = "Đơn vị";
  workbook.addWorksheet("Xếp hạng (2)").getCell("A1").value = "kết quả cũ";
  workbook.addWorksheet("Xếp hạng").getCell("A1").value = "bảng của tôi";
  workbook.addWorksheet("Cài đặt").getCell("A1").value = "Tên khối";
  workbook.definedNames.add("'Xếp hạng (2)'!$A$1", ownershipName("ranking"));
  workbook.definedNames.add("'Tổng hợp'!$B$2", "DonVi");
  return bytesOf(workbook);
}

describe("ownership marks", () => {
  test("a marked sheet is listed as ours and left out of the input; a look-alike user sheet is input", async () => {
    const { workbook, existing } = await readXlsx(await markedWorkbook());
    expect(existing).toEqual([
      { name: "Tổng hợp", owner: null },
      { name: "Xếp hạng (2)", owner: "ranking" },
      { name: "Xếp hạng", owner: null },
      { name: "Cài đặt", owner: null },
    ]);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Tổng hợp", "Xếp hạng", "Cài đặt"]);
  });

  test("a settings sheet is read as input even if it carries a mark", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Cài đặt").getCell("A1").value = "Tên khối";
    book.definedNames.add("'Cài đặt'!$A$1", ownershipName("settings"));
    const { workbook, existing } = await readXlsx(await bytesOf(book));
    expect(existing).toEqual([{ name: "Cài đặt", owner: "settings" }]);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(["Cài đặt"]);
  });

  test("a mark pointing at a missing sheet or at #REF! is ignored", async () => {
    const data = await patchPart(await markedWorkbook(), "xl/workbook.xml", (xml) =>
      xml.replace(
        "</definedNames>",
        `<definedName name="${ownershipName("details")}">'Đã xoá'!$A$1</definedName>` +
          `<definedName name="${ownershipName("dataCheck")}">#REF!</definedName></definedNames>`,
      ),
    );
    const { existing } = await readXlsx(data);
    expect(existing.filter((sheet) => sheet.owner !== null)).toEqual([
      { name: "Xếp hạng (2)", owner: "ranking" },
    ]);
  });

  test("a sheet-scoped copy of a mark (Excel's copy of an output sheet) does not make the copy ours", async () => {
    const data = await patchPart(await markedWorkbook(), "xl/workbook.xml", (xml) =>
      xml.replace(
        "</definedNames>",
        `<definedName name="${ownershipName("ranking")}" localSheetId="2">'Xếp hạng'!$A$1</definedName></definedNames>`,
      ),
    );
    const { existing } = await readXlsx(data);
    expect(existing.find((sheet) => sheet.name === "Xếp hạng")?.owner).toBeNull();

    const written = await applyLayouts(data, [rankingLayout({ name: "Xếp hạng (2)" })]);
    const reread = await readXlsx(written);
    expect(reread.workbook.sheets.find((sheet) => sheet.name === "Xếp hạng")?.values).toEqual([
      ["bảng của tôi"],
    ]);
    expect((await definedNamesOf(written))[ownershipName("ranking")]).toEqual(["'Xếp hạng (2)'!$A$1"]);
  });

  test("applying twice replaces our sheet in place of the old one and never touches the user's", async () => {
    const once = await applyLayouts(await markedWorkbook(), [rankingLayout({ name: "Xếp hạng (2)" })]);
    const twice = await applyLayouts(once, [rankingLayout({ name: "Xếp hạng (2)" })]);
    const { workbook, existing } = await readXlsx(twice);
    expect(existing).toEqual([
      { name: "Tổng hợp", owner: null },
      { name: "Xếp hạng", owner: null },
      { name: "Cài đặt", owner: null },
      { name: "Xếp hạng (2)", owner: "ranking" },
    ]);
    expect(workbook.sheets.find((sheet) => sheet.name === "Xếp hạng")?.values).toEqual([["bảng của tôi"]]);
    const names = await definedNamesOf(twice);
    expect(names[ownershipName("ranking")]).toEqual(["'Xếp hạng (2)'!$A$1"]);
    expect(names["DonVi"]).toEqual(["'Tổng hợp'!$B$2"]);
  });

  test("only the kinds being written are replaced; other outputs keep their sheets and marks", async () => {
    const first = await applyLayouts(await markedWorkbook(), [
      rankingLayout({ name: "Xếp hạng (2)" }),
      rankingLayout({ kind: "dataCheck", name: "Kiểm tra dữ liệu", links: [] }),
    ]);
    const second = await applyLayouts(first, [
      rankingLayout({ kind: "dataCheck", name: "Kiểm tra dữ liệu", links: [], values: [["mới"]] }),
    ]);
    const { existing } = await readXlsx(second);
    expect(existing.slice(3)).toEqual([
      { name: "Xếp hạng (2)", owner: "ranking" },
      { name: "Kiểm tra dữ liệu", owner: "dataCheck" },
    ]);
  });

  test("a layout whose name is taken by a sheet that is not ours is refused, not overwritten", async () => {
    const data = await markedWorkbook();
    await expect(applyLayouts(data, [rankingLayout({ name: "xếp hạng" })])).rejects.toMatchObject({
      name: "XlsxError",
      kind: "name-clash",
    });
    await expect(
      applyLayouts(data, [rankingLayout({ name: "Ra" }), rankingLayout({ kind: "details", name: "RA" })]),
    ).rejects.toMatchObject({ kind: "name-clash" });
  });

  test("a settings layout gets no mark: the default settings sheet becomes the user's", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Tổng hợp").getCell("A1").value = 1;
    const written = await applyLayouts(await bytesOf(book), [
      rankingLayout({ kind: "settings", name: "Cài đặt", links: [] }),
    ]);
    const { existing } = await readXlsx(written);
    expect(existing).toEqual([
      { name: "Tổng hợp", owner: null },
      { name: "Cài đặt", owner: null },
    ]);
    expect(await definedNamesOf(written)).toEqual({});
  });
});
