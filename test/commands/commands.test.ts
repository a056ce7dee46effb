import { partyBloc } from "../../src/samples/partyBloc";
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";

// The handlers use the Office.js globals, as they do in the ribbon runtime: the fake stands in for Excel.
function install(fake: FakeExcel): { completed: jest.Mock } {
  (globalThis as unknown as { Excel: unknown }).Excel = { run: (batch: never) => fake.run(batch) };
  return { completed: jest.fn() };
}

describe("ribbon commands", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it("Xếp hạng đơn vị writes the outputs, activates the ranking and completes the event", async () => {
    const { rankUnits } = await import("../../src/commands/commands");
    const fake = new FakeExcel(partyBloc(2024));
    const event = install(fake);
    const outcome = await rankUnits(event as unknown as Office.AddinCommands.Event);
    expect(outcome).toEqual({ ok: true, activated: "Xếp hạng" });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(fake.sheet("Xếp hạng")).toBeDefined();
    expect(fake.sheet("Đề nghị khen thưởng")).toBeDefined();
    expect(fake.syncCount).toBeLessThanOrEqual(4);
  });

  it("Kiểm tra dữ liệu writes the data check alone and activates it", async () => {
    const { checkData } = await import("../../src/commands/commands");
    const fake = new FakeExcel(partyBloc(2024));
    const event = install(fake);
    const outcome = await checkData(event as unknown as Office.AddinCommands.Event);
    expect(outcome).toEqual({ ok: true, activated: "Kiểm tra dữ liệu" });
    expect(() => fake.sheet("Xếp hạng")).toThrow();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("reports a host failure and still completes the event", async () => {
    const { rankUnits } = await import("../../src/commands/commands");
    (globalThis as unknown as { Excel: unknown }).Excel = {
      run: () =>
        Promise.reject(Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" })),
    };
    const completed = jest.fn();
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const outcome = await rankUnits({ completed } as unknown as Office.AddinCommands.Event);
    expect(outcome.ok).toBe(false);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
