// The dialog page's script over a hand-made document (no jsdom here): what it writes, where the focus goes and
// what it tells Office. Each test loads the script afresh, as a new dialog window would.
import { dialogWord } from "../../src/strings/dialogStrings";
import { hostErrorMessage } from "../../src/strings/hostMessages";

type Listener = (event: { key?: string; preventDefault: () => void }) => void;

class FakeElement {
  textContent = "";
  innerHTML = "";
  focused = false;
  readonly listeners = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  focus(): void {
    this.focused = true;
  }
  dispatch(type: string, key?: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ key, preventDefault: () => undefined });
  }
}

interface Page {
  elements: Record<"heading" | "message" | "close", FakeElement>;
  root: { lang: string };
  document: FakeElement & { title: string };
  messages: string[];
}

async function openDialog(search: string, office: "ready" | "absent" | "throws" = "ready"): Promise<Page> {
  const elements = { heading: new FakeElement(), message: new FakeElement(), close: new FakeElement() };
  const root = { lang: "vi" };
  const messages: string[] = [];
  const document = Object.assign(new FakeElement(), {
    title: "",
    readyState: "interactive",
    documentElement: root,
    getElementById: (id: string) => elements[id as keyof typeof elements] ?? null,
  });
  const messageParent = (message: string) => {
    if (office === "throws") throw new Error("no parent");
    messages.push(message);
  };
  Object.assign(globalThis, {
    document,
    window: { location: { search } },
    ...(office === "absent"
      ? {}
      : {
          Office: {
            // As office.js does: the callback, then the promise, once initialised.
            onReady: (callback?: (info: object) => void) =>
              Promise.resolve({}).then((info) => {
                callback?.(info);
                return info;
              }),
            context: { ui: { messageParent } },
          },
        }),
  });
  await jest.isolateModulesAsync(async () => {
    await import("../../src/dialog/dialog");
  });
  return { elements, root, document, messages };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  for (const name of ["document", "window", "Office"]) delete (globalThis as Record<string, unknown>)[name];
});

describe("the failure dialog page", () => {
  it("writes the host failure's words as text, in the query's language, and focuses Close", async () => {
    const page = await openDialog("?kind=name-clash&lang=en&name=%3Cb%3EX%3C%2Fb%3E");
    expect(page.elements.heading.textContent).toBe(dialogWord.en.hostHeading);
    expect(page.elements.message.textContent).toBe(hostErrorMessage("name-clash", "rank", "en", "<b>X</b>"));
    expect(page.elements.close.textContent).toBe(dialogWord.en.close);
    expect(Object.values(page.elements).map((e) => e.innerHTML)).toEqual(["", "", ""]);
    expect(page.root.lang).toBe("en");
    expect(page.document.title).toBe(dialogWord.en.pageTitle);
    expect(page.elements.close.focused).toBe(true);
  });

  it("shows the generic message for a query it does not understand", async () => {
    const page = await openDialog("?kind=%ZZ");
    expect(page.elements.message.textContent).toBe(dialogWord.vi.generic);
    expect(page.root.lang).toBe("vi");
  });

  it.each([
    ["Close", (page: Page) => page.elements.close.dispatch("click")],
    ["Esc", (page: Page) => page.document.dispatch("keydown", "Escape")],
    ["Enter", (page: Page) => page.document.dispatch("keydown", "Enter")],
  ])("%s asks the command to close the dialog", async (_, press) => {
    const page = await openDialog("?kind=payload&lang=vi");
    press(page);
    await settle();
    expect(page.messages).toEqual(["close"]);
  });

  it("tells the parent once when Enter on the button also clicks it", async () => {
    const page = await openDialog("?kind=payload&lang=vi");
    page.document.dispatch("keydown", "Enter");
    page.elements.close.dispatch("click");
    await settle();
    expect(page.messages).toEqual(["close"]);
  });

  it("ignores other keys", async () => {
    const page = await openDialog("?kind=payload&lang=vi");
    page.document.dispatch("keydown", "a");
    await settle();
    expect(page.messages).toEqual([]);
  });

  it.each([
    ["missing", "absent"],
    ["unable to reach the parent", "throws"],
  ] as const)("does not throw when Office is %s", async (_, office) => {
    const page = await openDialog("?kind=payload&lang=en", office);
    page.elements.close.dispatch("click");
    await settle();
    expect(page.messages).toEqual([]);
    expect(page.elements.message.textContent).toBe(hostErrorMessage("payload", "rank", "en"));
  });
});
