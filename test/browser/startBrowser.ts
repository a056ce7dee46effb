// One Chromium and one static server per test file; each test opens its pages in a fresh browser context.
// Every request must stay on the local server: office.js from Microsoft's CDN is answered with the Office stub,
// anything else off-host is refused and recorded, since the add-in makes no network calls of its own (DESIGN §7).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveDirectory, type StaticServer } from "./serveDirectory";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ROOT = resolve(__dirname, "../..");
const DIST = resolve(ROOT, "dist");
const STUB = resolve(ROOT, ".browser/officeStub.js");
export const SCREENSHOTS = resolve(ROOT, "out/screenshots");

// Debian's Chromium: playwright cannot download its own browser here, and CI installs this one with apt.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

/** A task pane's size in Excel on a laptop. */
export const PANE_VIEWPORT = { width: 360, height: 900 };

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** console.error calls and failed local loads. */
  consoleErrors: string[];
  /** Off-host requests the page tried (all refused). */
  external: string[];
}

export interface OpenOptions {
  /** Script run in the page before any of its own (playwright's addInitScript), e.g. to remove a feature. */
  initScript?: string;
}

export interface BrowserSession {
  /** Opens a page of the build, e.g. `open("commands.html", { fixture: "sample" })`. */
  open: (page: string, query?: Record<string, string>, options?: OpenOptions) => Promise<OpenedPage>;
  close: () => Promise<void>;
}

function required(path: string, how: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${how} (npm run test:browser does both)`);
  return path;
}

export async function startBrowser(): Promise<BrowserSession> {
  required(resolve(DIST, "taskpane.html"), "run npm run build");
  const stub = readFileSync(
    required(STUB, "run webpack --config test/browser/webpack.stub.config.js"),
    "utf8",
  );
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveDirectory(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  } catch (error) {
    await server?.close();
    throw error;
  }
  const local = server.url;
  const running = browser;

  const open = async (
    path: string,
    query: Record<string, string> = {},
    options: OpenOptions = {},
  ): Promise<OpenedPage> => {
    const context = await running.newContext({ viewport: PANE_VIEWPORT, locale: "vi-VN" });
    if (options.initScript) await context.addInitScript(options.initScript);
    const opened: Omit<OpenedPage, "page"> = { pageErrors: [], consoleErrors: [], external: [] };
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS)
        return route.fulfill({ status: 200, contentType: "text/javascript", body: stub });
      if (url.startsWith(local)) return route.continue();
      opened.external.push(url);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => opened.pageErrors.push(error.stack ?? error.message));
    page.on("console", (message) => {
      if (message.type() === "error") opened.consoleErrors.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) opened.consoleErrors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${local}${path}?${new URLSearchParams(query)}`);
    return { page, ...opened };
  };

  return {
    open,
    close: async () => {
      await running.close();
      await server.close();
    },
  };
}
