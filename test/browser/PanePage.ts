// The task pane as a user meets it: found by roles and accessible names from ui (the pane's contract),
// never by CSS classes, so the tests survive restyling and fail when the pane stops being accessible.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../src/engine/lang";
import { ui } from "../../src/strings/ui";
import type { HostState, PageHooks } from "./PageHooks";
import { SCREENSHOTS, type OpenedPage } from "./startBrowser";
import type { Table } from "../../src/strings/dictionary";

/** Long enough for a rank run of a sample in a slow CI container; short enough that a broken pane fails fast. */
export const WAIT_MS = 10000;

type Hooked = Window & PageHooks & { __statusLog?: string[] };

export class PanePage {
  readonly page: Page;
  readonly t: Table<typeof ui>;

  constructor(
    readonly opened: OpenedPage,
    readonly lang: Lang,
  ) {
    this.page = opened.page;
    this.t = ui[lang];
  }

  button(name: string): Locator {
    return this.page.getByRole("button", { name, exact: true });
  }

  get rankButton(): Locator {
    return this.button(this.t.rankButton);
  }

  tab(name: string): Locator {
    return this.page.getByRole("tab", { name, exact: true });
  }

  select(label: string): Locator {
    return this.page.getByRole("combobox", { name: label, exact: true });
  }

  /** Waits until the control is shown and can be used (Fluent's disabledFocusable keeps it focusable, not usable). */
  async usable(control: Locator): Promise<Locator> {
    await control.waitFor({ timeout: WAIT_MS });
    const handle = await control.elementHandle({ timeout: WAIT_MS });
    await this.page.waitForFunction(
      (element) =>
        !!element &&
        !(element as HTMLButtonElement).disabled &&
        element.getAttribute("aria-disabled") !== "true",
      handle,
      { timeout: WAIT_MS },
    );
    return control;
  }

  state(): Promise<HostState> {
    return this.page.evaluate(() => (window as unknown as Hooked).__state());
  }

  /** Polls the fake workbook until `done` holds or time runs out; returns the last state either way. */
  async stateWhen(done: (state: HostState) => boolean): Promise<HostState> {
    const started = Date.now();
    let state = await this.state();
    while (!done(state) && Date.now() - started < WAIT_MS) {
      await this.page.waitForTimeout(50);
      state = await this.state();
    }
    return state;
  }

  /** Starts recording every text shown in role=status elements, in order, without repeats. */
  async recordStatus(): Promise<void> {
    await this.page.evaluate(() => {
      const hooked = window as unknown as Hooked;
      const log: string[] = [];
      hooked.__statusLog = log;
      const record = () => {
        const text = [...document.querySelectorAll('[role="status"]')]
          .map((element) => element.textContent?.trim() ?? "")
          .filter(Boolean)
          .join(" | ");
        if (text && log[log.length - 1] !== text) log.push(text);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
  }

  statusLog(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as Hooked).__statusLog ?? []);
  }

  /** Waits for a finished run: a status element saying stageDone. */
  async done(): Promise<void> {
    await this.page.getByRole("status").filter({ hasText: this.t.stageDone }).waitFor({ timeout: WAIT_MS });
  }

  /** Clicks Rank once it is usable and waits for the run to finish; returns the status texts seen. */
  async rank(): Promise<string[]> {
    await this.usable(this.rankButton);
    await this.recordStatus();
    await this.rankButton.click();
    await this.done();
    return this.statusLog();
  }

  /** How far the page is wider than the pane, in CSS pixels: 0 when it reflows (WCAG 1.4.10, AA). */
  overflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  }
}
