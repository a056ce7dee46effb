import { ExcelHostError, syncOrThrow, type ExcelHostErrorKind } from "../../src/excel/ExcelHostError";
import { HostError } from "../../src/engine";
import { FakeExcel, FakeExcelError } from "./fakeExcel/fakeExcel";

const workbook = { sheets: [{ name: "Điểm", values: [["a", 1]] }] };

/** What one syncOrThrow rejects with when the fake host's first sync fails with `code`. */
async function refusal(code: string, refuse?: (error: unknown) => unknown): Promise<unknown> {
  const fake = new FakeExcel(workbook);
  fake.failAt(1, code);
  return fake
    .run(async (context) => {
      context.workbook.worksheets.getItem("Điểm").getRange("A1").values = [["b"]];
      await syncOrThrow(context, refuse);
    })
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe("syncOrThrow", () => {
  it.each<[string, ExcelHostErrorKind]>([
    ["AccessDenied", "protected"],
    ["InvalidOperationInCellEditMode", "cell-edit"],
    ["ItemAlreadyExists", "name-clash"],
    ["RequestPayloadSizeLimitExceeded", "payload"],
    ["ResponsePayloadSizeLimitExceeded", "payload"],
    ["InvalidOperation", "busy"],
    ["GeneralException", "excel-failed"],
    ["FormulaLengthExceedsLimit", "formula-too-long"],
    ["ApiNotFound", "unsupported"],
  ])("Office's %s becomes a typed %s error, no words in it, Office's error kept", async (code, kind) => {
    const error = await refusal(code);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ name: "ExcelHostError", kind, subject: undefined, message: kind });
    expect((error as Error).cause).toBeInstanceOf(FakeExcelError);
    expect(((error as Error).cause as FakeExcelError).code).toBe(code);
  });

  it("lets an error of no known kind through as Office raised it", async () => {
    const error = await refusal("SomethingNew");
    expect(error).toBeInstanceOf(FakeExcelError);
    expect((error as FakeExcelError).code).toBe("SomethingNew");
  });

  it("a cell being edited fails the sync typed", async () => {
    const fake = new FakeExcel(workbook, { cellEditMode: true });
    const error = await fake.run((context) => syncOrThrow(context)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "cell-edit" });
    expect(fake.syncCount).toBe(1);
  });

  it("words a refusal as the caller says when it knows better, and resolves when the sync does", async () => {
    const tooLarge = (cause: unknown) => new ExcelHostError("too-large", { subject: "Điểm", cause });
    const error = await refusal("GeneralException", tooLarge);
    expect(error).toMatchObject({ kind: "too-large", subject: "Điểm", message: "too-large: Điểm" });
    const fake = new FakeExcel(workbook);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Điểm").getRange("A1").values = [["b"]];
      await syncOrThrow(context, tooLarge);
    });
    expect(fake.sheet("Điểm").cell(0, 0).value).toBe("b");
    expect(fake.syncCount).toBe(1);
  });
});
