import { rankAndWrite } from "../../src/commands/commands";
import type { ExcelHostErrorKind } from "../../src/excel/ExcelHostError";
import { rankInExcel } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { hostErrorMessage } from "../../src/strings/hostMessages";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";
import { installOffice, queryOf, uninstallOffice } from "./fakeOffice";

afterEach(() => uninstallOffice());

const sample = () => SAMPLES[0]!.build(2024);

describe("a ribbon rank whose write fails half-way", () => {
  it.each<[string, ExcelHostErrorKind]>([
    ["InvalidOperation", "busy"],
    ["GeneralException", "excel-failed"],
    ["ResponsePayloadSizeLimitExceeded", "payload"],
    ["FormulaLengthExceedsLimit", "formula-too-long"],
  ])("%s: the dialog says what to do (%s), no output is left, completed once", async (code, kind) => {
    const fake = new FakeExcel(sample());
    const before = fake.sheetNames();
    // The read's syncs send nothing; the write's one sync fails after half its operations.
    const probe = new FakeExcel(sample());
    await probe.run((context) => rankInExcel(context, { supports: probe.isSetSupported }));
    fake.failAt(probe.syncs.findIndex((bytes) => bytes > 0) + 1, code, (ops) => Math.floor(ops / 2));
    const office = installOffice(fake, { displayLanguage: "en-US" });
    const running = rankAndWrite(office.event);
    // The command completes once the secretary has closed the dialog.
    await office.opened();
    expect(office.completed).not.toHaveBeenCalled();
    office.fire(0, "dialogEventReceived", { error: 12006 });
    const outcome = await running;
    expect(outcome).toMatchObject({
      ok: false,
      kind,
      shown: "dialog",
      message: hostErrorMessage(kind, "rank", "en"),
    });
    expect(queryOf(office.dialogs[0]!.url)).toEqual({ kind, lang: "en" });
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(fake.sheetNames()).toEqual(before);
    expect(fake.names()).toEqual({});
  });
});
