import { FakeExcel } from "./fakeExcel/fakeExcel";

// Excel resolves a formula's sheet names when the formula is written: a name that is no sheet yet is taken for
// another workbook's sheet, and the cell stays #REF! when a sheet of that name comes later.
describe("the fake resolves a formula's sheets when it is set", () => {
  async function write(fake: FakeExcel, order: "formula first" | "sheet first"): Promise<unknown[][]> {
    return fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const addDetails = () => {
        const details = sheets.add("Chi tiết điểm");
        details.getRange("D5").values = [[42]];
      };
      if (order === "sheet first") addDetails();
      sheets.getItem("Xếp hạng").getRange("A1:B1").formulas = [
        ["='Chi tiết điểm'!D5", "=SUM('Chi tiết điểm'!D5,1)"],
      ];
      if (order === "formula first") addDetails();
      const range = sheets.getItem("Xếp hạng").getRange("A1:B1");
      range.load("values,formulas");
      await context.sync();
      return [range.values[0]!, range.formulas[0]!];
    });
  }

  it("written before its sheet, the formula names another workbook and stays #REF! once the sheet exists", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Xếp hạng", values: [] }] });
    const [values, formulas] = await write(fake, "formula first");
    expect(values).toEqual(["#REF!", "#REF!"]);
    expect(formulas).toEqual([
      "='[Chi tiết điểm]Chi tiết điểm'!D5",
      "=SUM('[Chi tiết điểm]Chi tiết điểm'!D5,1)",
    ]);
  });

  it("written after its sheet, the formula reads it", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Xếp hạng", values: [] }] });
    const [values, formulas] = await write(fake, "sheet first");
    expect(values).toEqual([42, 43]);
    expect(formulas).toEqual(["='Chi tiết điểm'!D5", "=SUM('Chi tiết điểm'!D5,1)"]);
  });

  it("a deleted sheet's references become #REF!, as Excel rewrites them", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Xếp hạng", values: [] }] });
    await write(fake, "sheet first");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Chi tiết điểm").delete();
      await context.sync();
    });
    expect(fake.formulas("Xếp hạng")).toEqual([["=#REF!D5", "=SUM(#REF!D5,1)"]]);
    const values = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Xếp hạng").getRange("A1:B1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["#REF!", "#REF!"]]);
  });

  it("a name referring to a sheet that does not exist is refused", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Xếp hạng", values: [] }] });
    await expect(
      fake.run(async (context) => {
        context.workbook.names.add("Mark", "='Chi tiết điểm'!$A$1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("calculates across sheets: + − * / and ROUND, MIN, MAX, text in arithmetic is #VALUE!", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "Data", values: [[10, 4, "x"]] },
        { name: "Out", values: [] },
      ],
    });
    const values = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Out").getRange("A1:E1");
      range.formulas = [
        [
          "=ROUND(Data!A1/3,2)",
          "=MIN(SUM(Data!A1:C1),12)",
          "=MAX(Data!A1:B1)*-2",
          "=Data!A1+Data!C1",
          "=(Data!A1-Data!B1)*2",
        ],
      ];
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[3.33, 12, -20, "#VALUE!", 12]]);
  });
});

describe("renaming a sheet", () => {
  it("carries the formulas that name it, which still read it", async () => {
    const fake = new FakeExcel({
      sheets: [
        { name: "Data", values: [[7]] },
        { name: "Out", values: [] },
      ],
    });
    const values = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Out").getRange("A1").formulas = [["=Data!A1*2"]];
      sheets.getItem("Data").name = "Dữ liệu";
      const range = sheets.getItem("Out").getRange("A1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[14]]);
    expect(fake.formulas("Out")).toEqual([["='Dữ liệu'!A1*2"]]);
  });
});
