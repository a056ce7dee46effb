import { selectCell } from "../../src/excel/selectCell";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const workbook = {
  sheets: [
    { name: "Tiêu chí", values: [["STT", "Nội dung"]] },
    { name: "Điểm", values: [["a", 1]] },
  ],
};

describe("selecting an issue's cell", () => {
  test("activates the issue's sheet and selects its cell", async () => {
    const fake = new FakeExcel(workbook);
    expect(await fake.run((context) => selectCell(context, "Điểm", "B7"))).toBe(true);
    expect(fake.selection()).toEqual({ sheet: "Điểm", address: "B7" });
    expect(fake.activeSheet()).toBe("Điểm");
    expect(fake.syncCount).toBe(2);
  });

  test("an issue without a cell shows its sheet", async () => {
    const fake = new FakeExcel(workbook);
    expect(await fake.run((context) => selectCell(context, "Điểm", ""))).toBe(true);
    expect(fake.activeSheet()).toBe("Điểm");
  });

  test("a sheet renamed since the read is reported, not thrown, and nothing changes", async () => {
    const fake = new FakeExcel(workbook);
    expect(await fake.run((context) => selectCell(context, "Điểm cũ", "B7"))).toBe(false);
    expect(fake.activeSheet()).toBe("Tiêu chí");
  });
});
