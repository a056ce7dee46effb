// What the task pane loads before any user action (DESIGN §7: ≤ 150 KB gzip): the shell and the rank tab.
// The forms, settings and issues tabs, the choose-form dialog, the sample picker and the rank run are lazy
// chunks (named in dist/bundle-report.json); each must exist, stay unloaded at startup, and load when used.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { ui } from "../../src/strings/ui";
import { PanePage, WAIT_MS } from "./PanePage";
import { startBrowser, type BrowserSession } from "./startBrowser";

const DIST = resolve(__dirname, "../../dist");
const BUDGET_KB = 150;

interface LazyChunk {
  name: string;
  files: string[];
}
const report = JSON.parse(readFileSync(join(DIST, "bundle-report.json"), "utf8")) as {
  lazy: LazyChunk[];
};

/** The files of a named lazy chunk; fails when the chunk is gone (its code merged into another bundle). */
function chunkFiles(name: string): string[] {
  const chunk = report.lazy.find((candidate) => candidate.name === name);
  expect(`${name}: ${chunk ? "lazy chunk" : "not a lazy chunk"}`).toBe(`${name}: lazy chunk`);
  return chunk!.files;
}

const SECONDARY = ["forms", "settings", "issues", "chooseFormDialog", "rank", "samplePicker", "samples"];

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowser();
});
afterAll(async () => {
  await session?.close();
});

/** The local scripts the page has fetched so far, as paths under dist/ (office.js is the CDN's, not counted). */
function scriptsLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.endsWith(".js"))
      .map((url) => decodeURIComponent(url.pathname.slice(1))),
  );
}

/** Waits until every file of the chunk has been fetched. */
async function chunkArrives(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (files) => {
      const seen = performance.getEntriesByType("resource").map((entry) => entry.name);
      return files.every((file) => seen.some((url) => url.endsWith(`/${file}`)));
    },
    chunkFiles(name),
    { timeout: WAIT_MS },
  );
}

function gzipKb(files: string[]): number {
  const bytes = files.map((file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length);
  return bytes.reduce((sum, size) => sum + size, 0) / 1024;
}

/** Opens the pane, waits for what shows once it has read the workbook, then until nothing is left to fetch. */
async function settledPane(fixture: string, shown: (pane: PanePage) => Promise<unknown>): Promise<PanePage> {
  const pane = new PanePage(await session.open("taskpane.html", { fixture, lang: "vi" }), "vi");
  await shown(pane);
  await pane.page.waitForLoadState("networkidle");
  return pane;
}

function loadedChunks(loaded: string[]): string[] {
  return SECONDARY.filter((name) => chunkFiles(name).some((file) => loaded.includes(file)));
}

describe("the task pane's first bundle", () => {
  test("a filled workbook loads no secondary chunk before a click, within 150 KB gzip; each tab then loads its own", async () => {
    const pane = await settledPane("sample", (opened) => opened.usable(opened.rankButton));
    const atStart = await scriptsLoaded(pane.page);
    expect(loadedChunks(atStart)).toEqual([]);
    expect(gzipKb(atStart)).toBeLessThanOrEqual(BUDGET_KB);

    await pane.tab(pane.t.tabSettings).click();
    await chunkArrives(pane.page, "settings");
    await pane.tab(ui("vi", "tabForms")).click();
    await chunkArrives(pane.page, "forms");
    // The forms tab lists an import's problems with the issues tab's list, so that chunk comes along.
    expect(loadedChunks(await scriptsLoaded(pane.page))).toEqual(["forms", "settings", "issues"]);

    await pane.tab(pane.t.tabOverview).click();
    await pane.rank();
    expect(loadedChunks(await scriptsLoaded(pane.page))).toEqual(["forms", "settings", "issues", "rank"]);
    expect(pane.opened.pageErrors).toEqual([]);
    expect(pane.opened.consoleErrors).toEqual([]);
  });

  test("an empty workbook loads the sample picker (not the samples) at startup, still within 150 KB gzip", async () => {
    const pane = await settledPane("empty", (opened) =>
      opened.button(opened.t.insertSampleButton).waitFor({ timeout: WAIT_MS }),
    );
    const atStart = await scriptsLoaded(pane.page);
    expect(loadedChunks(atStart)).toEqual(["samplePicker"]);
    expect(gzipKb(atStart)).toBeLessThanOrEqual(BUDGET_KB);
  });
});
