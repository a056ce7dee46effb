import { FakeExcel } from "./fakeExcel/fakeExcel";
import { typeInto } from "./fakeExcel/userEntry";
import { codeOf } from "../helpers/codeOf";

const workbook = { sheets: [{ name: "Phiếu", values: [["STT", "Điểm"]] }] };
const between = (formula1: unknown, formula2: unknown, operator = "Between") => ({
  decimal: { formula1, formula2, operator },
});

async function setRule(fake: FakeExcel, rule: unknown, address = "B2:B4"): Promise<string> {
  return codeOf(
    fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Phiếu").getRange(address);
      range.dataValidation.rule = rule as Excel.DataValidationRule;
      await context.sync();
    }),
  );
}

describe("data validation in the fake host (ExcelApi 1.8)", () => {
  test("a decimal rule with its alert and prompt lands on every cell, and reads back with formulas as text", async () => {
    const fake = new FakeExcel(workbook, { excelApi: "1.8" });
    const loaded = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Phiếu").getRange("B2:B4");
      range.dataValidation.rule = between(0, 10) as Excel.DataValidationRule;
      range.dataValidation.errorAlert = { message: "0–10", title: "Điểm", style: "Stop", showAlert: true };
      range.dataValidation.prompt = { message: "Nhập 0–10", title: "", showPrompt: true };
      const validation = range.dataValidation.load("type,rule,errorAlert");
      expect(() => validation.type).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return { type: validation.type, rule: validation.rule, alert: validation.errorAlert };
    });
    expect(loaded.type).toBe("Decimal");
    expect(loaded.rule).toEqual(between("=0", "=10"));
    expect(loaded.alert.style).toBe("Stop");
    expect(fake.cell("Phiếu", "B4")?.validation?.prompt.showPrompt).toBe(true);
    expect(fake.cell("Phiếu", "B5")?.validation).toBeUndefined();
  });

  test.each([
    ["an unknown operator", between(0, 10, "Within")],
    ["Between without its upper bound", { decimal: { formula1: 0, operator: "Between" } }],
    ["bounds the wrong way round", between(10, 0)],
    ["two kinds in one rule", { ...between(0, 1), wholeNumber: { formula1: 0, operator: "GreaterThan" } }],
    ["an unknown key", { decimal: { formula1: 0, formula2: 1, operator: "Between", strict: true } }],
    ["a bound that is neither number nor formula", between("ten", 20)],
  ])("%s fails the sync with InvalidArgument and leaves no rule", async (_, rule) => {
    const fake = new FakeExcel(workbook, { excelApi: "1.8" });
    expect(await setRule(fake, rule)).toBe("InvalidArgument");
    expect(fake.cell("Phiếu", "B2")?.validation).toBeUndefined();
  });

  test("an alert title over Excel's 32 characters or an unknown style is refused", async () => {
    const fake = new FakeExcel(workbook, { excelApi: "1.8" });
    const setAlert = (alert: unknown) =>
      codeOf(
        fake.run(async (context) => {
          const range = context.workbook.worksheets.getItem("Phiếu").getRange("B2");
          range.dataValidation.errorAlert = alert as Excel.DataValidationErrorAlert;
          await context.sync();
        }),
      );
    expect(await setAlert({ title: "x".repeat(33) })).toBe("InvalidArgument");
    expect(await setAlert({ style: "Stern" })).toBe("InvalidArgument");
    expect(await setAlert({ title: "x".repeat(32), style: "Warning" })).toBe("no error");
  });

  test("an older host has no data validation (ApiNotFound); a protected sheet refuses it (AccessDenied)", async () => {
    expect(await setRule(new FakeExcel(workbook, { excelApi: "1.7" }), between(0, 1))).toBe("ApiNotFound");
    const fake = new FakeExcel(workbook, { excelApi: "1.8" });
    fake.protect("Phiếu");
    expect(await setRule(fake, between(0, 1))).toBe("AccessDenied");
  });

  test("clear() removes the rule; mixed cells load as Inconsistent", async () => {
    const fake = new FakeExcel(workbook, { excelApi: "1.8" });
    expect(await setRule(fake, between(0, 10))).toBe("no error");
    const type = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Phiếu");
      sheet.getRange("B2").dataValidation.clear();
      const validation = sheet.getRange("B2:B3").dataValidation.load("type");
      await context.sync();
      return validation.type;
    });
    expect(type).toBe("Inconsistent");
    expect(fake.cell("Phiếu", "B2")?.validation).toBeUndefined();
  });

  test("typing checks the rule as Excel's Stop alert does; the API's own writes are not checked", async () => {
    const fake = new FakeExcel(workbook, { excelApi: "1.8" });
    await setRule(fake, between(-5, 10));
    expect(typeInto(fake, "Phiếu", "B2", 12)).toBe("refused");
    expect(typeInto(fake, "Phiếu", "B2", "abc")).toBe("refused");
    expect(typeInto(fake, "Phiếu", "B2", -5)).toBe("entered");
    expect(typeInto(fake, "Phiếu", "B3", "9.5")).toBe("entered");
    expect([fake.cell("Phiếu", "B2")?.value, fake.cell("Phiếu", "B3")?.value]).toEqual([-5, 9.5]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Phiếu").getRange("B4").values = [[99]];
      await context.sync();
    });
    expect(fake.cell("Phiếu", "B4")?.value).toBe(99);
  });
});
