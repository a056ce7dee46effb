import { removeAdded } from "../../src/excel/removeAdded";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const ids = (fake: FakeExcel): Set<string> => new Set(fake.model.sheets.map((sheet) => sheet.id));

describe("removeAdded", () => {
  test("deletes the named sheets added since, with the marks on them; a sheet there before stays, even so named", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Xếp hạng", values: [["của người dùng"]] }] });
    const before = ids(fake);
    fake.seedSheet("Chi tiết điểm", [["nửa chừng"]]);
    fake.seedName("BlocScoring.Output.details", "Chi tiết điểm");
    fake.seedSheet("Ghi chú", [["không phải của lần chạy"]]);
    const gone = await fake.run((context) => removeAdded(context, ["Xếp hạng", "Chi tiết điểm"], before));
    expect(gone).toEqual(["Chi tiết điểm"]);
    expect(fake.sheetNames()).toEqual(["Xếp hạng", "Ghi chú"]);
    expect(fake.names()).toEqual({});
  });

  test("never the workbook's last sheet: the first one added stays, marked for the next run", async () => {
    const fake = new FakeExcel({ sheets: [] });
    fake.seedSheet("Xếp hạng", [["nửa chừng"]]);
    fake.seedName("BlocScoring.Output.ranking", "Xếp hạng");
    fake.seedSheet("Chi tiết điểm", [["nửa chừng"]]);
    const gone = await fake.run((context) => removeAdded(context, ["Xếp hạng", "Chi tiết điểm"], new Set()));
    expect(gone).toEqual(["Chi tiết điểm"]);
    expect(fake.sheetNames()).toEqual(["Xếp hạng"]);
    expect(Object.keys(fake.names())).toEqual(["BlocScoring.Output.ranking"]);
  });

  test("a cleanup that fails itself returns nothing and throws nothing", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", values: [] }] }, { cellEditMode: true });
    await expect(fake.run((context) => removeAdded(context, ["Sheet1"], new Set()))).resolves.toEqual([]);
  });
});
