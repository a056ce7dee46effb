import { checkData, rankAndWrite } from "../../src/commands/commands";
import { COMMAND_COMPLETE_LIMIT_MS, DIALOG_CALLBACK_LIMIT_MS } from "../../src/commands/showFailure";
import { SAMPLES } from "../../src/samples";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";
import { installOffice, uninstallOffice } from "./fakeOffice";

// When a ribbon command completes its event. Completing a function command ends its runtime, and on some
// platforms closes its dialogs (the fake does, as the record's closedBy shows): so the failure dialog must be
// closed first, by the user or by the command at its time limit, and completed() must come exactly once.
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
const CLOSE = { message: "close", origin: "https://localhost:3000" };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the failure dialog stays until it is closed", () => {
  it("the command completes after the user's Close, never while the dialog is open", async () => {
    const office = installOffice(cellEdit());
    const running = rankAndWrite(office.event);
    const dialog = await office.opened();
    for (let tick = 0; tick < 20; tick++) await settle();
    expect(office.completed).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
    office.fire(0, "dialogMessageReceived", CLOSE);
    expect(await running).toMatchObject({ ok: false, kind: "cell-edit", shown: "dialog" });
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(dialog.closedBy).toBe("addin");
  });

  it("the command completes after the user closed it with its X, and closes nothing itself", async () => {
    const office = installOffice(cellEdit());
    const running = checkData(office.event);
    const dialog = await office.opened();
    expect(office.completed).not.toHaveBeenCalled();
    office.fire(0, "dialogEventReceived", { error: 12006 });
    expect(await running).toMatchObject({ ok: false, shown: "dialog" });
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect([dialog.closedBy, dialog.closed]).toEqual(["user", 0]);
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("a Close and then the X (or a second Close) complete the command once", async () => {
    const office = installOffice(cellEdit());
    const running = rankAndWrite(office.event);
    await office.opened();
    office.fire(0, "dialogMessageReceived", CLOSE);
    office.fire(0, "dialogMessageReceived", CLOSE);
    office.fire(0, "dialogEventReceived", { error: 12006 });
    await running;
    for (let tick = 0; tick < 5; tick++) await settle();
    expect(office.completed).toHaveBeenCalledTimes(1);
  });

  it("the limit is well under Office's 5 minutes for a function command, and longer than a rank", () => {
    expect(COMMAND_COMPLETE_LIMIT_MS).toBeLessThanOrEqual(4.5 * 60 * 1000);
    expect(COMMAND_COMPLETE_LIMIT_MS).toBeGreaterThanOrEqual(60 * 1000);
  });

  it("at the limit the command closes the dialog itself, then completes once", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] });
    const office = installOffice(cellEdit());
    const running = rankAndWrite(office.event);
    await jest.advanceTimersByTimeAsync(0);
    const dialog = office.dialogs[0]!;
    expect(dialog.handlers.size).toBe(2);
    // Past the wait for Office's answer: an open dialog is not given up on.
    await jest.advanceTimersByTimeAsync(DIALOG_CALLBACK_LIMIT_MS * 2);
    expect(office.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(COMMAND_COMPLETE_LIMIT_MS - DIALOG_CALLBACK_LIMIT_MS * 2 - 1);
    expect(office.completed).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
    await jest.advanceTimersByTimeAsync(1);
    expect(await running).toMatchObject({ ok: false, shown: "dialog" });
    expect(office.completed).toHaveBeenCalledTimes(1);
    expect(dialog.closedBy).toBe("addin");
    await jest.advanceTimersByTimeAsync(COMMAND_COMPLETE_LIMIT_MS);
    expect(office.completed).toHaveBeenCalledTimes(1);
  });

  it("a dialog Office opens only after the wait for its answer is closed at once", async () => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] });
    const office = installOffice(cellEdit());
    // The fake answers on the next timer tick; hold that tick back past the wait.
    const realSetTimeout = globalThis.setTimeout;
    const late: (() => void)[] = [];
    jest
      .spyOn(globalThis, "setTimeout")
      .mockImplementation(((run: () => void, ms?: number) =>
        ms === undefined ? (late.push(run), 0) : realSetTimeout(run, ms)) as typeof setTimeout);
    const running = rankAndWrite(office.event);
    await jest.advanceTimersByTimeAsync(DIALOG_CALLBACK_LIMIT_MS);
    expect(await running).toMatchObject({ ok: false, shown: "console" });
    expect(office.completed).toHaveBeenCalledTimes(1);
    late.forEach((run) => run());
    expect(office.dialogs[0]!.closed).toBe(1);
  });
});

describe("completed() once on every path", () => {
  it.each([
    ["success", () => new FakeExcel(SAMPLES[0]!.build(2024)), undefined],
    ["no dialog API", cellEdit, "missing"],
    ["the dialog fails to open (12007)", cellEdit, { failCode: 12007 }],
    ["displayDialogAsync throws", cellEdit, "throws"],
  ] as const)("%s", async (_, workbook, dialog) => {
    const office = installOffice(workbook(), dialog ? { dialog } : {});
    await rankAndWrite(office.event);
    for (let tick = 0; tick < 5; tick++) await settle();
    expect(office.completed).toHaveBeenCalledTimes(1);
  });

  it("a completed() that throws (Office already ended the command) is not the command's failure", async () => {
    const office = installOffice(new FakeExcel(SAMPLES[0]!.build(2024)));
    office.completed.mockImplementation(() => {
      throw new Error("the command has already ended");
    });
    await expect(rankAndWrite(office.event)).resolves.toMatchObject({ ok: true });
    expect(office.completed).toHaveBeenCalledTimes(1);
  });
});
