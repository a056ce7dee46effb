import { FakeExcel } from "./fakeExcel/fakeExcel";

// Sheet visibility (ExcelApi 1.1): Excel keeps one sheet visible, and refuses to delete a VeryHidden sheet
// (documented for Worksheet.delete: InvalidOperation).
describe("the fake's sheet visibility", () => {
  const twoSheets = () =>
    new FakeExcel({
      sheets: [
        { name: "A", values: [[1]] },
        { name: "B", values: [[2]] },
      ],
    });

  async function run(fake: FakeExcel, batch: (sheets: Excel.WorksheetCollection) => void): Promise<unknown> {
    return fake
      .run(async (context) => {
        batch(context.workbook.worksheets);
        await context.sync();
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
  }

  it("loads and sets Visible, Hidden, VeryHidden; a seeded hidden sheet reads so", async () => {
    const fake = twoSheets();
    fake.hide("B", "VeryHidden");
    const read = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => [s.name, s.visibility]);
    });
    expect(read).toEqual([
      ["A", "Visible"],
      ["B", "VeryHidden"],
    ]);
    expect(await run(fake, (sheets) => (sheets.getItem("B").visibility = "Hidden"))).toBeNull();
    expect(fake.sheet("B").visibility).toBe("Hidden");
    expect(
      await run(fake, (sheets) => (sheets.getItem("B").visibility = "Sideways" as "Hidden")),
    ).toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("the last visible sheet can be neither hidden nor deleted", async () => {
    const fake = twoSheets();
    fake.hide("B");
    expect(await run(fake, (sheets) => sheets.getItem("A").delete())).toMatchObject({
      code: "InvalidOperation",
    });
    expect(await run(fake, (sheets) => (sheets.getItem("A").visibility = "Hidden"))).toMatchObject({
      code: "InvalidOperation",
    });
    // A hidden sheet goes, the visible one staying.
    expect(await run(fake, (sheets) => sheets.getItem("B").delete())).toBeNull();
    expect(fake.sheetNames()).toEqual(["A"]);
  });

  it("a VeryHidden sheet cannot be deleted until it is made Hidden or Visible", async () => {
    const fake = twoSheets();
    fake.hide("B", "VeryHidden");
    expect(await run(fake, (sheets) => sheets.getItem("B").delete())).toMatchObject({
      code: "InvalidOperation",
    });
    expect(fake.sheetNames()).toEqual(["A", "B"]);
    const unhideThenDelete = (sheets: Excel.WorksheetCollection) => {
      const sheet = sheets.getItem("B");
      sheet.visibility = "Hidden";
      sheet.delete();
    };
    expect(await run(fake, unhideThenDelete)).toBeNull();
    expect(fake.sheetNames()).toEqual(["A"]);
  });
});

describe("names.add without a leading =", () => {
  it("stores the text, a String name with no range, as Excel does", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Xếp hạng", values: [] }] });
    const read = await fake.run(async (context) => {
      const names = context.workbook.names;
      names.add("Text", "'Xếp hạng'!$A$1");
      names.add("Range", "='Xếp hạng'!$A$1");
      const text = names.getItem("Text");
      text.load("type,formula,value");
      const range = text.getRangeOrNullObject();
      const real = names.getItem("Range");
      real.load("type");
      await context.sync();
      return {
        type: text.type,
        formula: text.formula,
        value: text.value,
        noRange: range.isNullObject,
        real: real.type,
      };
    });
    expect(read).toEqual({
      type: "String",
      formula: "'Xếp hạng'!$A$1",
      value: "'Xếp hạng'!$A$1",
      noRange: true,
      real: "Range",
    });
  });
});
