// The ribbon buttons in the production commands.html, in Chromium: the stub's Office invokes the handlers the
// bundle associated, as Excel does when the task pane is closed, and the fake workbook shows what they wrote.
import type { HostState, PageHooks } from "./PageHooks";
import { fixtureWorkbook, OUTPUT_SHEETS as OUTPUTS } from "./fixtures";
import { startBrowser, type BrowserSession, type OpenedPage } from "./startBrowser";

type Hooked = Window & PageHooks;

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function invoke(opened: OpenedPage, name: string): Promise<number> {
  const { completedCalls } = await opened.page.evaluate(
    (n) => (window as unknown as Hooked).__invoke(n),
    name,
  );
  return completedCalls;
}

const state = (opened: OpenedPage): Promise<HostState> =>
  opened.page.evaluate(() => (window as unknown as Hooked).__state());

const dialogs = (opened: OpenedPage) => opened.page.evaluate(() => (window as unknown as Hooked).__dialogs);

/** Starts a ribbon command without waiting for it, and waits until its failure dialog is open. */
async function startUntilDialog(opened: OpenedPage, name: string): Promise<void> {
  await opened.page.evaluate((n) => {
    void (window as unknown as Hooked).__invoke(n);
  }, name);
  await opened.page.waitForFunction(() => {
    const dialog = (window as unknown as Hooked).__dialogs[0];
    return dialog !== undefined && dialog.handlers.length >= 2;
  });
}

const invocations = (opened: OpenedPage) =>
  opened.page.evaluate(() => (window as unknown as Hooked).__invocations());

/** Waits until the command has returned, then gives a second completed() a moment to show. */
async function finished(opened: OpenedPage): Promise<void> {
  await opened.page.waitForFunction(() =>
    (window as unknown as Hooked).__invocations().every((invocation) => invocation.returned),
  );
  await opened.page.waitForTimeout(100);
}

describe("ribbon commands in the production build", () => {
  test("Xếp hạng đơn vị writes the four outputs with their names and shows the ranking", async () => {
    const opened = await session.open("commands.html", { fixture: "sample" });
    expect(await invoke(opened, "rankAndWrite")).toBe(1);
    const after = await state(opened);
    expect(after.sheets).toEqual(expect.arrayContaining(Object.values(OUTPUTS)));
    expect(Object.keys(after.names)).toEqual(
      expect.arrayContaining(Object.keys(OUTPUTS).map((kind) => `BlocScoring.Output.${kind}`)),
    );
    expect(after.names["BlocScoring.Output.ranking"]).toContain(OUTPUTS.ranking);
    expect(after.active).toBe(OUTPUTS.ranking);
    expect(after.syncs).toBeLessThanOrEqual(4);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.external).toEqual([]);
  });

  test("Kiểm tra dữ liệu on a workbook with errors writes only the data check, and shows it", async () => {
    const opened = await session.open("commands.html", { fixture: "errors" });
    expect(await invoke(opened, "checkData")).toBe(1);
    const after = await state(opened);
    const added = after.sheets.filter(
      (name) => !fixtureWorkbook("errors").sheets.some((s) => s.name === name),
    );
    expect(added).toEqual([OUTPUTS.dataCheck]);
    expect(Object.keys(after.names)).toEqual(["BlocScoring.Output.dataCheck"]);
    expect(after.active).toBe(OUTPUTS.dataCheck);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.external).toEqual([]);
  });

  test("in cell-edit mode a dialog tells the user and stays until closed; then the event completes once", async () => {
    const opened = await session.open("commands.html", { fixture: "celledit" });
    await startUntilDialog(opened, "rankAndWrite");
    // Long enough for a command that completed right after opening the dialog to have done so.
    await opened.page.waitForTimeout(300);
    expect(await invocations(opened)).toEqual([{ name: "rankAndWrite", completedCalls: 0, returned: false }]);
    expect((await dialogs(opened))[0]).toMatchObject({ open: true, closedBy: null });
    await opened.page.evaluate(() => (window as unknown as Hooked).__dialogMessage(0, "close"));
    await finished(opened);
    expect(await invocations(opened)).toEqual([{ name: "rankAndWrite", completedCalls: 1, returned: true }]);
    const shown = await dialogs(opened);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ open: false, closed: true, closedBy: "addin" });
    expect(shown[0]?.url).toContain("kind=cell-edit");
    expect((await state(opened)).sheets).toEqual(fixtureWorkbook("celledit").sheets.map((s) => s.name));
    expect(opened.pageErrors).toEqual([]);
    expect(opened.external).toEqual([]);
  });

  test("an earlier output the user protected: a dialog names the problem; the X ends the command once", async () => {
    const opened = await session.open("commands.html", { fixture: "protected" });
    await opened.page.evaluate(() => (window as unknown as Hooked).__ready());
    const before = await state(opened);
    expect(before.sheets).toContain(OUTPUTS.ranking);
    await startUntilDialog(opened, "rankAndWrite");
    await opened.page.waitForTimeout(300);
    expect((await invocations(opened))[0]?.completedCalls).toBe(0);
    await opened.page.evaluate(() => (window as unknown as Hooked).__dialogEvent(0, 12006));
    await finished(opened);
    expect((await invocations(opened))[0]?.completedCalls).toBe(1);
    expect((await state(opened)).sheets).toContain(OUTPUTS.ranking);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.external).toEqual([]);
    const shown = await dialogs(opened);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ open: false, closed: false, closedBy: "user" });
    expect(shown[0]?.url).toContain("kind=protected");
  });
});
