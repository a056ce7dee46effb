import { readdirSync, readFileSync } from "fs";
import path from "path";
import { XlsxPackage } from "../../../src/xlsx/package/XlsxPackage";
import { entriesOf, rawEntries, userPackage, zipOf } from "./packageFixtures";

describe("a package opened and written back", () => {
  test("without edits, every entry comes out identical, its compressed bytes passed through", async () => {
    const input = await zipOf(userPackage(), ["xl/charts/chart1.xml"]);
    const pkg = await XlsxPackage.open(input);
    await pkg.sheetXml("Data"); // reading a part does not make it written
    const output = await pkg.toBytes();
    expect(await entriesOf(output)).toEqual(await entriesOf(input));
    const before = rawEntries(input);
    const after = rawEntries(output);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, raw] of before) {
      expect(after.get(name)!.method).toBe(raw.method);
      expect(Buffer.from(after.get(name)!.data).equals(Buffer.from(raw.data))).toBe(true);
    }
    expect(after.get("xl/charts/chart1.xml")!.method).toBe(0);
    expect(after.get("xl/workbook.xml")!.method).toBe(8);
  });

  test.each(readdirSync("assets/samples").filter((name) => name.endsWith(".xlsx")))(
    "the sample %s comes out entry for entry identical",
    async (name) => {
      const input = new Uint8Array(readFileSync(path.join("assets/samples", name)));
      const output = await (await XlsxPackage.open(input)).toBytes();
      expect(await entriesOf(output)).toEqual(await entriesOf(input));
      const before = rawEntries(input);
      for (const [entry, raw] of rawEntries(output)) {
        expect(Buffer.from(raw.data).equals(Buffer.from(before.get(entry)!.data))).toBe(true);
      }
    },
  );

  test("an edit rewrites only the parts it concerns", async () => {
    const input = await zipOf(userPackage());
    const pkg = await XlsxPackage.open(input);
    pkg.setPart("xl/worksheets/sheet1.xml", "<worksheet/>");
    const before = rawEntries(input);
    const after = rawEntries(await pkg.toBytes());
    const changed = [...before.keys()].filter(
      (name) => !Buffer.from(after.get(name)!.data).equals(Buffer.from(before.get(name)!.data)),
    );
    expect(changed).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  test("a rerun's edits change only the parts that list sheets and names; the rest keep their compressed bytes", async () => {
    const input = await zipOf(userPackage());
    const pkg = await XlsxPackage.open(input);
    pkg.removeSheets(["Ghi chú & ý"]);
    pkg.addSheet({ name: "Xếp hạng", xml: "<worksheet/>", children: [] });
    pkg.removeNames((name) => name.name === "TongVP");
    pkg.addName({ name: "_bloc_ranking", hidden: true, formula: "'Xếp hạng'!$A$1" });
    pkg.activate("Xếp hạng");
    pkg.recalcOnOpen();
    const before = rawEntries(input);
    const after = rawEntries(await pkg.toBytes());
    const same = (name: string): boolean =>
      after.has(name) && Buffer.from(after.get(name)!.data).equals(Buffer.from(before.get(name)!.data));
    expect([...before.keys()].filter((name) => !same(name)).sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/calcChain.xml",
        "xl/workbook.xml",
        "xl/worksheets/_rels/sheet3.xml.rels",
        "xl/worksheets/sheet3.xml",
      ].sort(),
    );
    // The removed sheet's part name is free again: ours takes it.
    expect(after.has("xl/worksheets/sheet3.xml")).toBe(true);
    expect(after.has("xl/worksheets/_rels/sheet3.xml.rels")).toBe(false);
  });

  test("reads the workbook's sheets, names, date system and active sheet, and parts through relationships", async () => {
    const pkg = await XlsxPackage.open(await zipOf(userPackage()));
    expect(pkg.sheets).toEqual([
      { name: "Data", part: "xl/worksheets/sheet1.xml", state: "visible", kind: "worksheet", sheetId: 1 },
      { name: "Biểu đồ", part: "xl/worksheets/sheet2.xml", state: "visible", kind: "worksheet", sheetId: 4 },
      {
        name: "Ghi chú & ý",
        part: "xl/worksheets/sheet3.xml",
        state: "hidden",
        kind: "worksheet",
        sheetId: 3,
      },
    ]);
    expect(pkg.date1904).toBe(true);
    expect(pkg.activeSheet).toBe("Ghi chú & ý");
    expect(pkg.names).toContainEqual({
      name: "_xlnm.Print_Titles",
      localSheetId: 2,
      formula: "'Ghi chú & ý'!$1:$1",
    });
    expect(pkg.names).toContainEqual({ name: "Local1", localSheetId: 1, hidden: true, formula: "Data!$B$2" });
    expect(await pkg.sharedStrings()).toContain("Đơn vị");
    expect(await pkg.styles()).toContain("<fonts");
    expect(await pkg.sheetXml("DATA")).toContain('r="A1"');
    expect(await pkg.text("/xl/charts/chart1.xml")).toContain("chartSpace");
    expect(await pkg.text("xl/missing.xml")).toBeNull();
  });

  test("tolerates namespace prefixes, parts in other folders, absent rels and no shared strings", async () => {
    const entries = userPackage();
    entries["xl/workbook.xml"] =
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<!-- <x:sheet name="Commented" sheetId="9" rel:id="rId9"/> --><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    entries["xl/_rels/workbook.xml.rels"] = entries["xl/_rels/workbook.xml.rels"]!.replace(
      "worksheets/sheet1.xml",
      "../elsewhere/a.xml",
    ).replace(/<Relationship Id="rId4"[^>]*>/, "");
    entries["elsewhere/a.xml"] = "<x:worksheet/>";
    const pkg = await XlsxPackage.open(await zipOf(entries));
    expect(pkg.sheets.map((s) => [s.name, s.part])).toEqual([["A", "elsewhere/a.xml"]]);
    expect(await pkg.sheetXml("a")).toBe("<x:worksheet/>");
    expect(await pkg.sharedStrings()).toBeNull();
  });
});
