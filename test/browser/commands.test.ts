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

describe("ribbon commands in the production build", () => {
  test("Xếp hạng đơn vị writes the four outputs with their names and shows the ranking", async () => {
    const opened = await session.open("commands.html", { fixture: "sample" });
    expect(await invoke(opened, "rankUnits")).toBe(1);
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

  test("in cell-edit mode the event still completes once and a dialog tells the user, nothing written", async () => {
    const opened = await session.open("commands.html", { fixture: "celledit" });
    expect(await invoke(opened, "rankUnits")).toBe(1);
    expect((await state(opened)).sheets).toEqual(fixtureWorkbook("celledit").sheets.map((s) => s.name));
    expect(opened.pageErrors).toEqual([]);
    expect(opened.external).toEqual([]);
    const shown = await dialogs(opened);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.url).toContain("kind=cell-edit");
  });

  test("an earlier output the user protected: the event completes once and a dialog names the problem", async () => {
    const opened = await session.open("commands.html", { fixture: "protected" });
    await opened.page.evaluate(() => (window as unknown as Hooked).__ready());
    const before = await state(opened);
    expect(before.sheets).toContain(OUTPUTS.ranking);
    expect(await invoke(opened, "rankUnits")).toBe(1);
    expect((await state(opened)).sheets).toContain(OUTPUTS.ranking);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.external).toEqual([]);
    const shown = await dialogs(opened);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.url).toContain("kind=protected");
  });
});
