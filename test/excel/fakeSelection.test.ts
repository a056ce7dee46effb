import { FakeExcel } from "./fakeExcel/fakeExcel";
import { codeOf } from "../helpers/codeOf";

const workbook = {
  sheets: [
    { name: "Data", values: [["a", 1]] },
    { name: "Tiêu chí", values: [["STT", "Nội dung"]] },
  ],
};

describe("the fake host's active sheet and selection", () => {
  test("a workbook opens on its first sheet with A1 selected", () => {
    const fake = new FakeExcel(workbook);
    expect(fake.activeSheet()).toBe("Data");
    expect(fake.selection()).toEqual({ sheet: "Data", address: "A1" });
    expect(new FakeExcel().selection()).toBeNull();
  });

  test("select() is queued, and selecting on another sheet activates it", async () => {
    const fake = new FakeExcel(workbook);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Tiêu chí").getRange("$B$2:$D$4").select();
      expect(fake.selection()).toEqual({ sheet: "Data", address: "A1" });
      await context.sync();
    });
    expect(fake.activeSheet()).toBe("Tiêu chí");
    expect(fake.selection()).toEqual({ sheet: "Tiêu chí", address: "B2:D4" });
    expect(fake.syncCount).toBe(1);
  });

  test("each sheet keeps its own selection, as in Excel: activating a sheet shows what was selected there", async () => {
    const fake = new FakeExcel(workbook);
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Data").getRange("C7").select();
      sheets.getItem("Tiêu chí").activate();
      await context.sync();
      expect(fake.selection()).toEqual({ sheet: "Tiêu chí", address: "A1" });
      sheets.getItem("Data").activate();
      await context.sync();
    });
    expect(fake.selection()).toEqual({ sheet: "Data", address: "C7" });
  });

  test("getActiveWorksheet and getSelectedRange tell the pane where the user is", async () => {
    const fake = new FakeExcel(workbook);
    const where = await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Tiêu chí").getRange("C7").select();
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return { sheet: sheet.name, address: range.address };
    });
    // Excel quotes a sheet name with a space in an address.
    expect(where).toEqual({ sheet: "Tiêu chí", address: "'Tiêu chí'!C7" });
  });

  test("selecting on a sheet that no longer exists fails with ItemNotFound and changes nothing", async () => {
    const fake = new FakeExcel(workbook);
    const code = await codeOf(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Tiêu chí");
        sheet.delete();
        sheet.getRange("B2").select();
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
    expect(fake.selection()).toEqual({ sheet: "Data", address: "A1" });
  });
});
