// The harness itself: the stub stands in for office.js as the query string asks, and a request off the local
// server is refused and recorded, so the other tests' "no external request" checks can fail.
import type { PageHooks } from "./PageHooks";
import { axeViolations } from "./axeViolations";
import { fixtureWorkbook } from "./fixtures";
import { startBrowser, type BrowserSession } from "./startBrowser";

type Hooked = Window & PageHooks;

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowser();
});
afterAll(async () => {
  await session?.close();
});

describe("the Office stub and the local server", () => {
  test("office.js is the stub: display language, requirement sets and the fixture follow the query", async () => {
    const opened = await session.open("commands.html", { fixture: "cross", lang: "en", excelApi: "1.9" });
    const seen = await opened.page.evaluate(async () => {
      const hooked = window as unknown as Hooked;
      const info = await Office.onReady();
      return {
        info,
        language: Office.context.displayLanguage,
        api19: Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
        api110: Office.context.requirements.isSetSupported("ExcelApi", "1.10"),
        sheets: hooked.__state().sheets,
      };
    });
    expect(seen).toEqual({
      info: { host: "Excel", platform: "OfficeOnline" },
      language: "en-US",
      api19: true,
      api110: false,
      sheets: fixtureWorkbook("cross").sheets.map((sheet) => sheet.name),
    });
    const vi = await session.open("commands.html", { fixture: "empty" });
    expect(await vi.page.evaluate(() => Office.context.displayLanguage)).toBe("vi-VN");
    expect(await vi.page.evaluate(() => Office.context.requirements.isSetSupported("ExcelApi", "1.9"))).toBe(
      false,
    );
    expect(await vi.page.evaluate(() => (window as unknown as Hooked).__state().sheets)).toEqual(["Sheet1"]);
  });

  test("the ribbon bundle associates both commands", async () => {
    const opened = await session.open("commands.html", { fixture: "sample" });
    await opened.page.evaluate(() => Office.onReady());
    const names = await opened.page.evaluate(() => (window as unknown as Hooked).__associated());
    expect(names.sort()).toEqual(["checkData", "rankAndWrite"]);
  });

  test("completed() ends the command's runtime as Office does: its open dialog closes, its messages stop", async () => {
    const opened = await session.open("commands.html", { fixture: "sample" });
    const seen = await opened.page.evaluate(async () => {
      const hooked = window as unknown as Hooked;
      await Office.onReady();
      // A command that completes as soon as its dialog is open, the order the stub must catch.
      Office.actions.associate("early", (event: Office.AddinCommands.Event) => {
        Office.context.ui.displayDialogAsync("https://example.invalid/dialog.html", {}, (result) => {
          result.value.addEventHandler(Office.EventType.DialogMessageReceived, () => undefined);
          event.completed();
        });
      });
      const { completedCalls } = await hooked.__invoke("early");
      let messageAfter = "delivered";
      try {
        hooked.__dialogMessage(0, "close");
      } catch {
        messageAfter = "refused";
      }
      return { completedCalls, dialog: hooked.__dialogs[0], messageAfter };
    });
    expect(seen).toEqual({
      completedCalls: 1,
      dialog: expect.objectContaining({ open: false, closed: false, closedBy: "office" }),
      messageAfter: "refused",
    });
  });

  test("a request off the local server is refused and recorded; a missing file is a 404", async () => {
    const opened = await session.open("commands.html", { fixture: "sample" });
    const outcome = await opened.page.evaluate(() =>
      fetch("https://example.invalid/telemetry").then(
        () => "answered",
        () => "refused",
      ),
    );
    expect(outcome).toBe("refused");
    expect(opened.external).toEqual(["https://example.invalid/telemetry"]);
    const status = await opened.page.evaluate(() => fetch("/no-such-file.js").then((r) => r.status));
    expect(status).toBe(404);
    expect(opened.consoleErrors.some((line) => line.includes("no-such-file.js"))).toBe(true);
  });

  test("the axe check reports real violations and leaves out only Tabster's focus dummies", async () => {
    const opened = await session.open("commands.html", { fixture: "empty" });
    await opened.page.evaluate(() => {
      document.body.innerHTML =
        '<main><i tabindex="0" aria-hidden="true" data-tabster-dummy=""></i>' +
        '<span tabindex="0" aria-hidden="true">x</span><img src="data:,"></main>';
    });
    const ids = (await axeViolations(opened.page)).map((line) => line.split(" ")[0]);
    expect(ids.sort()).toEqual(["aria-hidden-focus", "image-alt"]);
  });
});
