// The production task pane in Chromium over the fake workbook: what a secretary sees and does, by role and
// accessible name (ui), with what the clicks wrote checked in the workbook itself, an axe check of
// each main state, and screenshots in out/screenshots for a human look.
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import type { Issue } from "../../src/engine/issues";
import type { Lang } from "../../src/engine/lang";
import { SAMPLES } from "../../src/samples";
import { settingsUi } from "../../src/strings/settingsUi";
import { ui } from "../../src/strings/ui";
import type { HostState } from "./PageHooks";
import { PanePage, WAIT_MS } from "./PanePage";
import { axeViolations } from "./axeViolations";
import { fixtureWorkbook, OUTPUT_SHEETS } from "./fixtures";
import { startBrowser, type BrowserSession } from "./startBrowser";

// Bounded so that a Rank button the keyboard cannot reach fails the test instead of looping.
const MAX_TABS = 40;

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function openPane(fixture: string, lang: Lang = "vi"): Promise<PanePage> {
  return new PanePage(await session.open("taskpane.html", { fixture, lang }), lang);
}

/** What the engine concludes about a fixture: the pane must show the same. */
const expected = (fixture: string) =>
  evaluateBloc(fixtureWorkbook(fixture), { year: new Date().getFullYear() });
const topUnit = (fixture: string) => expected(fixture).ranking[0]?.result.unit;

function expectOutputs(state: HostState): void {
  expect(state.sheets).toEqual(expect.arrayContaining(Object.values(OUTPUT_SHEETS)));
  expect(Object.keys(state.names)).toEqual(
    expect.arrayContaining(Object.keys(OUTPUT_SHEETS).map((kind) => `BlocScoring.Output.${kind}`)),
  );
}

function expectQuiet(pane: PanePage): void {
  expect(pane.opened.pageErrors).toEqual([]);
  expect(pane.opened.consoleErrors).toEqual([]);
  expect(pane.opened.external).toEqual([]);
}

/** Which stage each recorded status text shows (0 read … 3 done), -1 for anything else. */
function stagesSeen(pane: PanePage, log: string[]): number[] {
  const stages = [pane.t.stageRead, pane.t.stageEvaluate, pane.t.stageWrite, pane.t.stageDone];
  return log.map((text) => stages.reduce((found, stage, i) => (text.includes(stage) ? i : found), -1));
}

/** The accessible name of an issue's location button. */
function locationName(lang: Lang, issue: Issue): string {
  return issue.cell
    ? ui(lang, "goToCell", { sheet: issue.sheet, cell: issue.cell })
    : ui(lang, "goToSheet", { sheet: issue.sheet });
}

async function summaryFirstRow(pane: PanePage) {
  const summary = pane.page.getByRole("region", { name: pane.t.summaryHeading, exact: true });
  await summary.waitFor({ timeout: WAIT_MS });
  const table = summary.getByRole("table");
  // Row 0 is the header row.
  const row = table.getByRole("row").nth(1);
  await row.waitFor({ timeout: WAIT_MS });
  return row;
}

describe("the task pane in the production build", () => {
  test("Rank on the sample: progress in a status, the outputs in the workbook, the engine's rank 1 on top", async () => {
    const pane = await openPane("sample");
    const log = await pane.rank();
    const stages = stagesSeen(pane, log);
    expect(stages.at(-1)).toBe(3);
    expect(stages.filter((stage) => stage >= 0 && stage < 3).length).toBeGreaterThan(0);
    const shown = stages.filter((stage) => stage >= 0);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));

    const state = await pane.stateWhen((s) => s.sheets.includes(OUTPUT_SHEETS.dataCheck));
    expectOutputs(state);
    const row = await summaryFirstRow(pane);
    expect(await row.textContent()).toContain(topUnit("sample"));
    expect((await row.getByRole("cell").first().textContent())?.trim()).toBe("1");

    await pane.screenshot("pane-sample-ranked.png");
    expect(await pane.overflow()).toBe(0);
    expect(await axeViolations(pane.page)).toEqual([]);
    expectQuiet(pane);
  });

  test("four tabs: overview, the issue count, forms, settings", async () => {
    const pane = await openPane("sample");
    await pane.usable(pane.rankButton);
    const issues = expected("sample").issues.length;
    for (const name of [
      pane.t.tabOverview,
      ui(pane.lang, "tabIssues", { count: issues }),
      ui(pane.lang, "tabForms"),
      pane.t.tabSettings,
    ]) {
      await pane.tab(name).waitFor({ timeout: WAIT_MS });
    }
    expect(await pane.page.getByRole("tab").count()).toBe(4);
    expect(await pane.tab(pane.t.tabOverview).getAttribute("aria-selected")).toBe("true");

    await pane.tab(pane.t.tabSettings).click();
    expect(await pane.tab(pane.t.tabSettings).getAttribute("aria-selected")).toBe("true");
    // The settings tab is a lazy chunk, and then reads the sheet: its form shows once both are done.
    await pane.page
      .getByRole("form", { name: settingsUi(pane.lang, "fieldsLabel"), exact: true })
      .waitFor({ timeout: WAIT_MS });
    await pane.page.waitForTimeout(300);
    await pane.screenshot("pane-settings.png");
    expectQuiet(pane);
  });

  test("an empty workbook offers the samples: the chosen one's sheets are inserted, then Rank works", async () => {
    const pane = await openPane("empty");
    const insert = await pane.usable(pane.button(pane.t.insertSampleButton));
    const choice = pane.select(pane.t.sampleLabel);
    await choice.waitFor({ timeout: WAIT_MS });
    await pane.screenshot("pane-empty.png");
    expect(await pane.overflow()).toBe(0);
    expect(await axeViolations(pane.page)).toEqual([]);

    // Not the default choice, so the test sees that the choice is what gets inserted.
    const sample = SAMPLES.find((s) => s.id === "khoi-hoi-dac-thu")!;
    await choice.selectOption({ label: pane.t.sample_khoi_hoi_dac_thu });
    await insert.click();
    const sheets = sample.build().sheets.map((sheet) => sheet.name);
    const inserted = await pane.stateWhen((s) => s.sheets.length > 1);
    expect(inserted.sheets).toEqual(["Sheet1", ...sheets]);

    await pane.rank();
    expectOutputs(await pane.stateWhen((s) => s.sheets.includes(OUTPUT_SHEETS.dataCheck)));
    const row = await summaryFirstRow(pane);
    expect(await row.textContent()).toContain(
      evaluateBloc(sample.build(), { year: new Date().getFullYear() }).ranking[0]?.result.unit,
    );
    expectQuiet(pane);
  });

  test("issues of a workbook with errors: filters, a button per issue that selects its cell", async () => {
    const pane = await openPane("errors");
    const { issues } = expected("errors");
    const errors = issues.filter((issue) => issue.severity === "error");
    const errorNames = new Set(errors.map((issue) => locationName(pane.lang, issue)));
    const otherNames = issues
      .filter((issue) => issue.severity !== "error" && issue.sheet)
      .map((issue) => locationName(pane.lang, issue))
      .filter((name) => !errorNames.has(name));
    // Guards the fixture: without both severities the filter check below could not fail.
    expect(errorNames.size).toBeGreaterThan(0);
    expect(otherNames.length).toBeGreaterThan(0);

    await pane.rank();
    const tab = pane.tab(ui(pane.lang, "tabIssues", { count: issues.length }));
    await tab.click({ timeout: WAIT_MS });

    const severity = pane.select(pane.t.filterSeverity);
    await severity.waitFor({ timeout: WAIT_MS });
    expect((await severity.locator("option").allTextContents()).map((text) => text.trim())).toEqual([
      pane.t.allSeverities,
      pane.t.severity_error,
      pane.t.severity_warning,
      pane.t.severity_info,
    ]);
    const units = (await pane.select(pane.t.filterUnit).locator("option").allTextContents()).map((u) =>
      u.trim(),
    );
    expect(units).toEqual(
      expect.arrayContaining([pane.t.allUnits, ...new Set(issues.flatMap((i) => i.unit ?? []))]),
    );
    for (const issue of issues.filter((i) => i.sheet)) {
      expect(await pane.button(locationName(pane.lang, issue)).count()).toBeGreaterThan(0);
    }
    await pane.screenshot("pane-errors-issues.png");
    expect(await pane.overflow()).toBe(0);
    expect(await axeViolations(pane.page)).toEqual([]);

    const first = errors[0]!;
    await pane.button(locationName(pane.lang, first)).first().click();
    const selected = await pane.stateWhen((s) => s.selection !== null);
    expect(selected.selection).toEqual({ sheet: first.sheet, address: first.cell });

    await severity.selectOption({ label: pane.t.severity_error });
    for (const name of otherNames) {
      // Gone once the list re-renders; if it never goes, the count below says so.
      await pane
        .button(name)
        .first()
        .waitFor({ state: "detached", timeout: WAIT_MS })
        .catch(() => undefined);
      expect(`${name}: ${await pane.button(name).count()}`).toBe(`${name}: 0`);
    }
    for (const name of errorNames) expect(await pane.button(name).count()).toBeGreaterThan(0);
    expectQuiet(pane);
  });

  test("keyboard only: Tab reaches Rank from the top of the page and Enter runs it", async () => {
    const pane = await openPane("sample");
    await pane.usable(pane.rankButton);
    let presses = 0;
    const focused = () => pane.rankButton.evaluate((element) => element === document.activeElement);
    while (!(await focused()) && presses < MAX_TABS) {
      await pane.page.keyboard.press("Tab");
      presses++;
    }
    expect(await focused()).toBe(true);

    await pane.recordStatus();
    await pane.page.keyboard.press("Enter");
    await pane.done();
    expectOutputs(await pane.stateWhen((s) => s.sheets.includes(OUTPUT_SHEETS.dataCheck)));
    expectQuiet(pane);
  });

  test("in English Office the pane speaks English", async () => {
    const pane = await openPane("sample", "en");
    await pane.rankButton.waitFor({ timeout: WAIT_MS });
    expect(await pane.button(ui("vi", "rankButton")).count()).toBe(0);
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe("en");
    await pane.page.waitForTimeout(300);
    await pane.screenshot("pane-en-sample.png");
    expect(await pane.overflow()).toBe(0);
    expectQuiet(pane);
  });
});
