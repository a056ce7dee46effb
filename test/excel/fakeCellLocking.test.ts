import { FakeExcel } from "./fakeExcel/fakeExcel";
import { typeInto } from "./fakeExcel/userEntry";
import { codeOf } from "../helpers/codeOf";

const workbook = {
  sheets: [
    {
      name: "Phiếu",
      values: [
        ["STT", "Điểm"],
        ["1", ""],
      ],
    },
  ],
};

/** Unlocks B2:B3 and protects the sheet through Office.js, as the add-in does for a form. */
async function protectForm(fake: FakeExcel, options?: Excel.WorksheetProtectionOptions): Promise<string> {
  return codeOf(
    fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Phiếu");
      sheet.getRange("B2:B3").format.protection.locked = false;
      sheet.protection.protect(options);
      await context.sync();
    }),
  );
}

const write = (fake: FakeExcel, address: string, values: unknown[][]) =>
  codeOf(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("Phiếu").getRange(address).values = values;
      await context.sync();
    }),
  );

/** One change in its own Excel.run, so that each failure is seen alone. */
const attempt = (fake: FakeExcel, change: (sheet: Excel.Worksheet) => unknown) =>
  codeOf(
    fake.run(async (context) => {
      change(context.workbook.worksheets.getItem("Phiếu"));
      await context.sync();
    }),
  );

describe("cell locking and sheet protection in the fake host (ExcelApi 1.2)", () => {
  test("protect() with options; then only unlocked cells take values, one locked cell refuses the write", async () => {
    const fake = new FakeExcel(workbook);
    expect(await protectForm(fake, { allowFormatColumns: true })).toBe("no error");
    expect(fake.sheet("Phiếu").protected).toBe(true);
    expect(fake.sheet("Phiếu").protectionOptions).toEqual({ allowFormatColumns: true });
    expect(await write(fake, "B2:B3", [[7], [8.5]])).toBe("no error");
    expect(await write(fake, "A2:B2", [["2", 9]])).toBe("AccessDenied");
    expect([fake.cell("Phiếu", "A2")?.value, fake.cell("Phiếu", "B2")?.value]).toEqual(["1", 7]);
  });

  test("formats, unlocking and a second protect() fail on a protected sheet", async () => {
    const fake = new FakeExcel(workbook);
    await protectForm(fake);
    const codes = [
      await attempt(fake, (sheet) => (sheet.getRange("B2").format.font.bold = true)),
      await attempt(fake, (sheet) => (sheet.getRange("A2").format.protection.locked = false)),
      await attempt(fake, (sheet) => sheet.protection.protect()),
    ];
    expect(codes).toEqual(["AccessDenied", "AccessDenied", "InvalidOperation"]);
  });

  test("locked loads as true, false, or null for a mixed range; unknown options and old hosts are refused", async () => {
    const fake = new FakeExcel(workbook);
    await protectForm(fake);
    const locked = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Phiếu");
      const ranges = ["A1", "B2:B3", "A2:B2"].map((a) => sheet.getRange(a).format.protection.load("locked"));
      await context.sync();
      return ranges.map((range) => range.locked);
    });
    expect(locked).toEqual([true, false, null]);
    const other = new FakeExcel(workbook);
    expect(await protectForm(other, { allowEverything: true } as Excel.WorksheetProtectionOptions)).toBe(
      "InvalidArgument",
    );
    expect(await protectForm(new FakeExcel(workbook, { excelApi: "1.1" }))).toBe("ApiNotFound");
  });

  test("a user can type only into unlocked cells of a protected sheet; unprotect() lifts it", async () => {
    const fake = new FakeExcel(workbook);
    await protectForm(fake);
    expect(typeInto(fake, "Phiếu", "A2", "x")).toBe("locked");
    expect(typeInto(fake, "Phiếu", "B3", 6)).toBe("entered");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Phiếu").protection.unprotect();
      await context.sync();
    });
    expect(typeInto(fake, "Phiếu", "A2", "x")).toBe("entered");
  });
});
