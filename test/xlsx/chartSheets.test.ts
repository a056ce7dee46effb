import { applyLayouts } from "../../src/xlsx/applyLayouts";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { entriesOf, MAIN, REL, RT, TYPE, userPackage, zipOf } from "./package/packageFixtures";
import { rankingLayout } from "./xlsxFixtures";

const CHARTSHEET = `<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`;

/** The user's package with its sheet "Biểu đồ" a chart sheet (a chart on a tab of its own), as Excel saves one. */
async function withChartSheet(): Promise<Uint8Array> {
  const parts = userPackage();
  parts["xl/worksheets/sheet2.xml"] = CHARTSHEET;
  parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]!.replace(
    `Id="rId2" Type="${RT.worksheet}"`,
    `Id="rId2" Type="${REL}/chartsheet"`,
  );
  parts["[Content_Types].xml"] = parts["[Content_Types].xml"]!.replace(
    `PartName="/xl/worksheets/sheet2.xml" ContentType="${TYPE.worksheet}"`,
    `PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"`,
  );
  return zipOf(parts);
}

describe("a chart sheet in the user's workbook", () => {
  it("is not a sheet to read, as Office.js does not list it among the worksheets", async () => {
    const input = await withChartSheet();
    expect(input).not.toEqual(await zipOf(userPackage()));
    const { existing, workbook } = await readXlsx(input);
    expect(existing.map((sheet) => sheet.name)).toEqual(["Data", "Ghi chú & ý"]);
    expect(workbook.sheets.map((sheet) => sheet.name)).not.toContain("Biểu đồ");
  });

  it("comes out as it came in, still in the workbook's sheet list", async () => {
    const input = await withChartSheet();
    const output = await applyLayouts(input, [rankingLayout()]);
    const [before, after] = [await entriesOf(input), await entriesOf(output)];
    expect(after.get("xl/worksheets/sheet2.xml")).toBe(CHARTSHEET);
    expect(after.get("xl/worksheets/_rels/sheet2.xml.rels")).toBe(
      before.get("xl/worksheets/_rels/sheet2.xml.rels"),
    );
    expect(after.get("xl/workbook.xml")).toContain(`<sheet name="Biểu đồ" sheetId="4" r:id="rId2"/>`);
    expect((await readXlsx(output)).existing.map((sheet) => sheet.name)).toEqual([
      "Data",
      "Ghi chú & ý",
      "Xếp hạng",
    ]);
  });

  it("keeps its name: an output of the same name is refused, not written beside it", async () => {
    await expect(
      applyLayouts(await withChartSheet(), [rankingLayout({ name: "BIỂU ĐỒ" })]),
    ).rejects.toMatchObject({
      kind: "name-clash",
    });
  });
});
