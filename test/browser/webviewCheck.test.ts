// The task pane in a webview too old for it (IE11, EdgeHTML, Safari before 16.4), imitated in Chromium by
// removing what the pane's inline check looks for: the pane says which Office it needs, in the display
// language, instead of staying blank; in a modern webview the check is silent and the pane renders.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS, startBrowser, type BrowserSession, type OpenedPage } from "./startBrowser";

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowser();
});
afterAll(async () => {
  await session?.close();
});

const WITHOUT_PROXY = "delete window.Proxy;";
// Class static blocks are what EdgeHTML and Safari before 16.4 fail on: compiling one throws a SyntaxError.
const WITHOUT_STATIC_BLOCKS = `
  (() => {
    const RealFunction = Function;
    window.Function = new Proxy(RealFunction, {
      construct(target, args) {
        if (/static\\s*\\{/.test(args.join(" "))) throw new SyntaxError("Unexpected token '{'");
        return Reflect.construct(target, args);
      },
    });
  })();`;

interface Shown {
  present: boolean;
  lang: string | null;
  missing: string | null;
  documentLang: string;
  container: boolean;
}

async function shown(opened: OpenedPage): Promise<Shown> {
  return opened.page.evaluate(() => {
    const box = document.getElementById("unsupported-webview");
    return {
      present: box !== null && box.getBoundingClientRect().height > 0,
      lang: box?.getAttribute("data-lang") ?? null,
      missing: box?.getAttribute("data-missing") ?? null,
      documentLang: document.documentElement.lang,
      container: document.getElementById("container") !== null,
    };
  });
}

async function screenshot(opened: OpenedPage, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await opened.page.screenshot({ path: join(SCREENSHOTS, name) });
}

describe("the task pane in an unsupported webview", () => {
  test("without Proxy: the message in Vietnamese, and no pane", async () => {
    const opened = await session.open("taskpane.html", { fixture: "sample" }, { initScript: WITHOUT_PROXY });
    await opened.page.waitForSelector("#unsupported-webview");
    await opened.page.evaluate(() => Office.onReady());
    await opened.page.waitForTimeout(200);
    expect(await shown(opened)).toEqual({
      present: true,
      lang: "vi",
      missing: "Proxy",
      documentLang: "vi",
      container: false,
    });
    await screenshot(opened, "unsupported-webview.vi.png");
    expect(opened.external).toEqual([]);
  });

  test("without class static blocks, Office in English: the message in English", async () => {
    const opened = await session.open(
      "taskpane.html",
      { fixture: "sample", lang: "en" },
      { initScript: WITHOUT_STATIC_BLOCKS },
    );
    await opened.page.waitForSelector("#unsupported-webview");
    await opened.page.waitForFunction(
      () => document.getElementById("unsupported-webview")?.getAttribute("data-lang") === "en",
    );
    const seen = await shown(opened);
    expect(seen).toMatchObject({ present: true, lang: "en", documentLang: "en", container: false });
    expect(seen.missing).toMatch(/static/);
    await screenshot(opened, "unsupported-webview.en.png");
  });

  test("before Office has initialised, the language in Office's page address is used", async () => {
    const opened = await session.open(
      "taskpane.html",
      { fixture: "sample", _host_Info: "Excel$Win32$16.01$en-US$$$$0" },
      {
        initScript: `${WITHOUT_PROXY} delete window.Office; Object.defineProperty(window, "Office", { set() {} });`,
      },
    );
    await opened.page.waitForSelector("#unsupported-webview");
    expect(await shown(opened)).toMatchObject({ present: true, lang: "en" });
  });
});

describe("the task pane in a modern webview", () => {
  test("the check is silent and the pane renders", async () => {
    const opened = await session.open("taskpane.html", { fixture: "sample" });
    await opened.page.evaluate(() => Office.onReady());
    await opened.page.waitForFunction(
      () => (document.getElementById("container")?.childElementCount ?? 0) > 0,
    );
    expect(await shown(opened)).toMatchObject({ present: false, lang: null, container: true });
    expect(opened.pageErrors).toEqual([]);
  });
});
