import { FakeExcel } from "./fakeExcel/fakeExcel";

const special = (fake: FakeExcel, sheet = "S") =>
  fake.run(async (context) => {
    const areas = context.workbook.worksheets
      .getItem(sheet)
      .getRange()
      .getSpecialCellsOrNullObject("Formulas");
    areas.load("address");
    await context.sync();
    return areas.isNullObject ? null : areas.address;
  });

describe("fake Excel: Range.getSpecialCellsOrNullObject", () => {
  test("needs ExcelApi 1.9: the sync fails with ApiNotFound before it", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [[1]] }] }, { excelApi: "1.8" });
    await expect(special(fake)).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("a null object without formulas; else every area with its sheet, columns of formulas as one area", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Bảng 1", values: [[1, 2, ""]] }] }, { excelApi: "1.9" });
    expect(await special(fake, "Bảng 1")).toBeNull();
    for (const cell of ["C1", "C2", "C3", "E2"]) fake.seedFormula("Bảng 1", cell, "=A1", 1);
    expect(await special(fake, "Bảng 1")).toBe("'Bảng 1'!C1:C3,'Bảng 1'!E2");
  });
});
