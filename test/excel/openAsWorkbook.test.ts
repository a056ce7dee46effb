import { ExcelHostError } from "../../src/excel/ExcelHostError";
import { canOpenWorkbooks, openAsWorkbook, toBase64 } from "../../src/excel/openAsWorkbook";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7919 + (i >> 8)) & 0xff);

describe("openAsWorkbook", () => {
  test.each([0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 + 1, 200_003])(
    "encodes %i bytes as Base64 exactly as Node does",
    (length) => {
      const data = bytes(length);
      expect(toBase64(data)).toBe(Buffer.from(data).toString("base64"));
    },
  );

  test("hands Excel the file as Base64 once, and Excel's refusal as a typed host error", async () => {
    const data = bytes(70_000);
    const calls: string[] = [];
    await openAsWorkbook(data, async (base64) => void calls.push(base64));
    expect(calls).toEqual([Buffer.from(data).toString("base64")]);

    const refused = openAsWorkbook(data, () =>
      Promise.reject(Object.assign(new Error("denied"), { code: "AccessDenied" })),
    );
    await expect(refused).rejects.toBeInstanceOf(ExcelHostError);
    await expect(refused).rejects.toMatchObject({ kind: "protected" });
  });

  test("is offered from ExcelApi 1.8 on", () => {
    expect(canOpenWorkbooks(new FakeExcel(undefined, { excelApi: "1.7" }).isSetSupported)).toBe(false);
    expect(canOpenWorkbooks(new FakeExcel(undefined, { excelApi: "1.8" }).isSetSupported)).toBe(true);
    expect(canOpenWorkbooks(() => false)).toBe(false);
  });
});
