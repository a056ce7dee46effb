import { rankAndWrite, type CommandOutcome } from "../../src/commands/commands";
import { DIALOG_CALLBACK_LIMIT_MS } from "../../src/commands/showFailure";
import { SAMPLES } from "../../src/samples";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";
import { installOffice, uninstallOffice, type DialogBehaviour } from "./fakeOffice";

// What happens around the failure dialog: its events once open, and the console when Office cannot open it.
let consoleError: jest.SpyInstance;
beforeEach(() => {
  consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  consoleError.mockRestore();
  uninstallOffice();
  jest.useRealTimers();
});

const cellEdit = () => new FakeExcel(SAMPLES[0]!.build(2024), { cellEditMode: true });

describe("the open dialog", () => {
  it("closes the dialog on its Close message; the X needs nothing more", async () => {
    const office = installOffice(cellEdit());
    const first = rankAndWrite(office.event);
    await office.opened();
    office.fire(0, "dialogMessageReceived", { message: "close", origin: "https://localhost:3000" });
    await first;
    expect(office.dialogs[0]!.closed).toBe(1);
    uninstallOffice();
    const again = installOffice(cellEdit());
    const second = rankAndWrite(again.event);
    await again.opened();
    again.fire(0, "dialogEventReceived", { error: 12006 });
    await second;
    expect(again.dialogs[0]!.closed).toBe(0);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("a dialog page that failed to load (12002) leaves the message in the console and closes", async () => {
    const office = installOffice(cellEdit());
    const running = rankAndWrite(office.event);
    await office.opened();
    office.fire(0, "dialogEventReceived", { error: 12002 });
    expect(await running).toMatchObject({ ok: false, shown: "console" });
    expect(consoleError).toHaveBeenCalledTimes(1);
    expect(office.dialogs[0]!.closed).toBe(1);
    expect(office.completed).toHaveBeenCalledTimes(1);
  });
});

describe("when no dialog can open, the console has the message and the event still completes once", () => {
  async function failWith(dialog: DialogBehaviour | "missing"): Promise<[CommandOutcome, jest.Mock]> {
    const office = installOffice(cellEdit(), { dialog });
    const outcome = await rankAndWrite(office.event);
    return [outcome, office.completed];
  }

  it.each([
    ["a dialog is already open (12007)", { failCode: 12007 }],
    ["displayDialogAsync throws", "throws"],
    ["no dialog API", "missing"],
  ] as const)("%s", async (_, dialog) => {
    const [outcome, completed] = await failWith(dialog);
    expect(outcome).toMatchObject({ ok: false, kind: "cell-edit", shown: "console" });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });

  it("Office never answers: the console after the time limit, completed once", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] });
    const office = installOffice(cellEdit(), { dialog: "silent" });
    const running = rankAndWrite(office.event);
    await jest.advanceTimersByTimeAsync(DIALOG_CALLBACK_LIMIT_MS - 1);
    expect(office.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(await running).toMatchObject({ ok: false, kind: "cell-edit", shown: "console" });
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(consoleError).toHaveBeenCalledTimes(1);
  });
});
