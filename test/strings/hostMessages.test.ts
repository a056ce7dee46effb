import { ExcelHostError, toHostError, type ExcelHostErrorKind } from "../../src/excel/ExcelHostError";
import { hostErrorMessage } from "../../src/strings/hostMessages";
import { HOST_KINDS } from "../helpers/hostKinds";

const KINDS = HOST_KINDS;

describe("host failure messages", () => {
  it("exist in both languages for every kind, and differ between them", () => {
    for (const kind of KINDS) {
      const [vi, en] = [hostErrorMessage(kind, "rank", "vi"), hostErrorMessage(kind, "rank", "en")];
      expect(vi.length).toBeGreaterThan(30);
      expect(en.length).toBeGreaterThan(30);
      expect(vi).not.toBe(en);
    }
  });

  it("name the clashing sheet, and map Office's error codes to kinds", () => {
    const clash = new ExcelHostError("name-clash", { subject: "Xếp hạng" });
    expect(clash.subject).toBe("Xếp hạng");
    expect(hostErrorMessage(clash.kind, "rank", "en", clash.subject)).toContain('"Xếp hạng"');
    const mapped = toHostError(Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" }));
    expect(mapped).toBeInstanceOf(ExcelHostError);
    expect((mapped as ExcelHostError).kind).toBe("cell-edit");
    const codes: [string, ExcelHostErrorKind][] = [
      ["InvalidOperation", "busy"],
      ["GeneralException", "excel-failed"],
      ["ResponsePayloadSizeLimitExceeded", "payload"],
      ["RequestPayloadSizeLimitExceeded", "payload"],
      ["FormulaLengthExceedsLimit", "formula-too-long"],
    ];
    for (const [code, kind] of codes) {
      expect(toHostError(Object.assign(new Error("x"), { code }))).toMatchObject({ kind });
    }
    const other = new Error("something else");
    expect(toHostError(other)).toBe(other);
  });
});
