import { FakeExcel } from "./fakeExcel/fakeExcel";
import { codeOf } from "../helpers/codeOf";

const workbook = {
  sheets: [
    { name: "Điểm", values: [["Đơn vị", "Điểm"]] },
    { name: "Ghi chú", values: [["x"]] },
  ],
};

describe("sheet protection in the fake host", () => {
  test("a value written to a protected sheet fails with AccessDenied at the sync; the cell keeps its value", async () => {
    const fake = new FakeExcel(workbook);
    fake.protect("Điểm");
    const code = await codeOf(
      fake.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem("Ghi chú").getRange("A1").values = [["y"]];
        // Assigning only queues: nothing fails until the sync.
        expect(() => (sheets.getItem("Điểm").getRange("B1").values = [[5]])).not.toThrow();
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(fake.cell("Điểm", "B1")?.value).toBe("Điểm");
    // What ran before the failing write stays applied, as in Excel.
    expect(fake.cell("Ghi chú", "A1")?.value).toBe("y");
  });

  test("an unprotected sheet takes a single-cell write", async () => {
    const fake = new FakeExcel(workbook);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Điểm").getRange("B2").values = [[7.5]];
      await context.sync();
    });
    expect(fake.cell("Điểm", "B2")?.value).toBe(7.5);
  });

  test("protection.protected is read after load and sync, also through the worksheet", async () => {
    const fake = new FakeExcel(workbook);
    fake.protect("Điểm");
    const seen = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const protection = sheets.getItem("Điểm").protection;
      expect(() => protection.protected).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      protection.load("protected");
      const other = sheets.getItem("Ghi chú").load("protection/protected");
      await context.sync();
      return [protection.protected, other.protection.protected];
    });
    expect(seen).toEqual([true, false]);
  });

  test("as in Excel, sheet protection does not stop deleting the sheet; workbook structure protection does", async () => {
    const fake = new FakeExcel(workbook);
    fake.protect("Ghi chú");
    fake.model.structureProtected = true;
    const refused = await codeOf(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Ghi chú").delete();
        await context.sync();
      }),
    );
    expect(refused).toBe("AccessDenied");
    expect(fake.sheetNames()).toEqual(["Điểm", "Ghi chú"]);
    fake.model.structureProtected = false;
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Ghi chú").delete();
      await context.sync();
    });
    expect(fake.sheetNames()).toEqual(["Điểm"]);
  });
});
