import { checkData, rankAndWrite } from "../../src/commands/commands";
import { SAMPLES } from "../../src/samples";
import { partyBloc } from "../../src/samples/partyBloc";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";
import { installOffice, queryOf, uninstallOffice } from "./fakeOffice";

// The handlers use the Office.js globals, as they do in the ribbon runtime: the fakes stand in for Office and Excel.
let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  uninstallOffice();
});

const sample = () => SAMPLES[0]!.build(2024);

describe("ribbon commands that succeed", () => {
  it("Xếp hạng đơn vị writes the outputs, activates the ranking, opens no dialog and completes once", async () => {
    const fake = new FakeExcel(sample());
    const office = installOffice(fake);
    const outcome = await rankAndWrite(office.event);
    expect(outcome).toEqual({ ok: true, activated: "Xếp hạng" });
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(fake.model.active?.name).toBe("Xếp hạng");
    expect(fake.sheet("Đề nghị khen thưởng")).toBeDefined();
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(office.dialogs).toHaveLength(0);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("Kiểm tra dữ liệu writes the data check alone and activates it", async () => {
    const fake = new FakeExcel(partyBloc(2024));
    const office = installOffice(fake);
    const outcome = await checkData(office.event);
    expect(outcome).toEqual({ ok: true, activated: "Kiểm tra dữ liệu" });
    expect(() => fake.sheet("Xếp hạng")).toThrow();
    expect(fake.model.active?.name).toBe("Kiểm tra dữ liệu");
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(office.dialogs).toHaveLength(0);
  });

  it("associates both handlers once Office is ready", async () => {
    const office = installOffice(new FakeExcel(sample()));
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    await Promise.resolve();
    expect([...office.associated.keys()].sort()).toEqual(["checkData", "rankAndWrite"]);
  });
});

describe("a host failure is shown in a dialog", () => {
  it.each([
    ["vi-VN", "vi"],
    ["en-US", "en"],
  ])(
    "cell-edit mode in %s: one dialog with kind cell-edit, nothing written, completed once",
    async (display, lang) => {
      const fake = new FakeExcel(sample(), { cellEditMode: true });
      const before = fake.sheetNames();
      const office = installOffice(fake, { displayLanguage: display });
      const running = rankAndWrite(office.event);
      // The dialog stays until the user closes it: only then does the event complete.
      await office.opened();
      expect(office.completed).not.toHaveBeenCalled();
      office.fire(0, "dialogMessageReceived", { message: "close", origin: "https://localhost:3000" });
      const outcome = await running;
      expect(office.dialogs[0]!.closedBy).toBe("addin");
      expect(outcome).toMatchObject({ ok: false, kind: "cell-edit", shown: "dialog" });
      expect(office.completed).toHaveBeenCalledTimes(1);
      expect(fake.sheetNames()).toEqual(before);
      expect(office.dialogs).toHaveLength(1);
      const [dialog] = office.dialogs;
      expect(queryOf(dialog!.url)).toEqual({ kind: "cell-edit", lang });
      expect(new URL(dialog!.url).origin + new URL(dialog!.url).pathname).toBe(
        "https://localhost:3000/dialog.html",
      );
      expect(dialog!.options).toEqual({ height: 30, width: 30, displayInIframe: true });
      expect([...dialog!.handlers.keys()].sort()).toEqual(["dialogEventReceived", "dialogMessageReceived"]);
      expect(consoleError).not.toHaveBeenCalled();
    },
  );

  it("a raw Office error from Excel.run becomes its host kind (AccessDenied → protected)", async () => {
    const office = installOffice(new FakeExcel(sample()));
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: () =>
        Promise.reject(Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" })),
    };
    const running = rankAndWrite(office.event);
    await office.opened();
    office.fire(0, "dialogEventReceived", { error: 12006 });
    const outcome = await running;
    expect(outcome).toMatchObject({ ok: false, kind: "protected", shown: "dialog" });
    expect(queryOf(office.dialogs[0]!.url)).toEqual({ kind: "protected", lang: "vi" });
    expect(office.completed).toHaveBeenCalledTimes(1);
  });

  it("an unexpected error shows its text, as a query value, and still completes once", async () => {
    const office = installOffice(new FakeExcel(sample()), { displayLanguage: "en-GB" });
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: () => Promise.reject(new TypeError("x is <b>undefined</b>")),
    };
    const running = checkData(office.event);
    await office.opened();
    office.fire(0, "dialogEventReceived", { error: 12006 });
    const outcome = await running;
    expect(outcome).toMatchObject({ ok: false, kind: "unexpected", shown: "dialog" });
    expect(queryOf(office.dialogs[0]!.url)).toEqual({
      kind: "unexpected",
      lang: "en",
      text: "x is <b>undefined</b>",
    });
    expect(office.completed).toHaveBeenCalledTimes(1);
  });
});
