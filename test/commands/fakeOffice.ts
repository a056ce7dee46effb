// The Office.js globals the ribbon runtime sees, over the strict fake workbook: Excel.run, the display language,
// requirement sets and a displayDialogAsync that records its calls and answers as the test tells it to.
import { FakeExcel } from "../excel/fakeExcel/fakeExcel";

export const COMMANDS_PAGE = "https://localhost:3000/commands.html?_host_Info=Excel$Win32$16.01$vi-VN";

/** How the fake answers displayDialogAsync: open, fail with a code, never call back, or throw. */
export type DialogBehaviour = { open: true } | { failCode: number } | "silent" | "throws";

type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

/** One displayDialogAsync call and what the add-in did with the dialog it got. */
export interface DialogRecord {
  url: string;
  options: unknown;
  handlers: Map<string, Handler>;
  closed: number;
}

export interface FakeOffice {
  dialogs: DialogRecord[];
  completed: jest.Mock;
  event: Office.AddinCommands.Event;
  /** Handlers given to Office.actions.associate, by name. */
  associated: Map<string, unknown>;
  /** Delivers what Office would to the add-in's handler of `type` on dialog `index`. */
  fire(index: number, type: "dialogMessageReceived" | "dialogEventReceived", arg: unknown): void;
}

const EventType = {
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
};
const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };

export function installOffice(
  fake: FakeExcel,
  options: { displayLanguage?: string; dialog?: DialogBehaviour | "missing" } = {},
): FakeOffice {
  const dialogs: DialogRecord[] = [];
  const behaviour = options.dialog ?? { open: true };
  function displayDialogAsync(url: string, dialogOptions: unknown, callback: (result: unknown) => void) {
    if (behaviour === "throws") throw new Error("displayDialogAsync is not available here");
    const record: DialogRecord = { url, options: dialogOptions, handlers: new Map(), closed: 0 };
    dialogs.push(record);
    if (behaviour === "silent" || behaviour === "missing") return;
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => record.handlers.set(type, handler),
      close: () => (record.closed += 1),
    };
    // Office answers asynchronously; so does the fake, so the add-in meets the same ordering.
    setTimeout(() =>
      callback(
        "failCode" in behaviour
          ? {
              status: AsyncResultStatus.Failed,
              error: { code: behaviour.failCode, message: "failed" },
              value: undefined,
            }
          : { status: AsyncResultStatus.Succeeded, value: dialog },
      ),
    );
  }
  const ui = behaviour === "missing" ? {} : { displayDialogAsync };
  const associated = new Map<string, unknown>();
  Object.assign(globalThis, {
    Office: {
      EventType,
      AsyncResultStatus,
      onReady: (callback?: () => void) => Promise.resolve().then(() => callback?.()),
      actions: { associate: (name: string, handler: unknown) => associated.set(name, handler) },
      context: {
        displayLanguage: options.displayLanguage ?? "vi-VN",
        requirements: { isSetSupported: fake.isSetSupported },
        ui,
      },
    },
    Excel: { run: (batch: never) => fake.run(batch) },
    location: { href: COMMANDS_PAGE },
  });
  const completed = jest.fn();
  return {
    dialogs,
    completed,
    associated,
    event: { completed } as unknown as Office.AddinCommands.Event,
    fire(index, type, arg) {
      const handler = dialogs[index]?.handlers.get(type);
      if (!handler) throw new Error(`dialog ${index} has no ${type} handler`);
      handler(arg as never);
    },
  };
}

export function uninstallOffice(): void {
  for (const name of ["Office", "Excel", "location"]) delete (globalThis as Record<string, unknown>)[name];
}

/** The query the add-in put in a dialog URL, as a plain object. */
export function queryOf(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}
