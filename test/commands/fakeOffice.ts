// The Office.js globals the ribbon runtime sees, over the strict fake workbook: Excel.run, the display language,
// requirement sets and a displayDialogAsync that records its calls and answers as the test tells it to. As
// Office does on some platforms, completing the command ends its runtime: the dialogs it left open are closed
// (by Office, which the record shows) and their handlers hear nothing more.
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
  /** The add-in's close() calls. */
  closed: number;
  /** Whether the dialog is still on screen. */
  open: boolean;
  /** Who took it off screen first: the add-in's close(), the user's X, or Office completing the command. */
  closedBy: "addin" | "user" | "office" | null;
}

export interface FakeOffice {
  dialogs: DialogRecord[];
  completed: jest.Mock;
  event: Office.AddinCommands.Event;
  /** Handlers given to Office.actions.associate, by name. */
  associated: Map<string, unknown>;
  /**
   * Delivers what Office would to the add-in's handler of `type` on dialog `index` (an event with error 12006
   * is the user closing it with its X). Throws once the command has completed: its runtime is gone.
   */
  fire(index: number, type: "dialogMessageReceived" | "dialogEventReceived", arg: unknown): void;
  /** Resolves once dialog `index` is open with its handlers attached (rejects after a few hundred ticks). */
  opened(index?: number): Promise<DialogRecord>;
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
    const record: DialogRecord = {
      url,
      options: dialogOptions,
      handlers: new Map(),
      closed: 0,
      open: false,
      closedBy: null,
    };
    dialogs.push(record);
    if (behaviour === "silent" || behaviour === "missing") return;
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => record.handlers.set(type, handler),
      close: () => {
        record.closed += 1;
        if (record.open) record.closedBy = "addin";
        record.open = false;
      },
    };
    if (!("failCode" in behaviour)) record.open = true;
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
  let finished = false;
  const completed = jest.fn();
  const endRuntime = () => {
    finished = true;
    for (const record of dialogs) {
      if (record.open) record.closedBy = "office";
      record.open = false;
    }
  };
  return {
    dialogs,
    completed,
    associated,
    event: {
      completed: () => {
        completed();
        endRuntime();
      },
    } as unknown as Office.AddinCommands.Event,
    fire(index, type, arg) {
      if (finished) throw new Error("the command has completed: its runtime and dialogs are gone");
      const record = dialogs[index];
      const handler = record?.handlers.get(type);
      if (!record || !handler) throw new Error(`dialog ${index} has no ${type} handler`);
      if (type === "dialogEventReceived" && (arg as { error?: number }).error === 12006 && record.open) {
        record.open = false;
        record.closedBy = "user";
      }
      handler(arg as never);
    },
    async opened(index = 0) {
      for (let tick = 0; tick < 500; tick++) {
        const record = dialogs[index];
        if (record && record.handlers.size >= 2) return record;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      throw new Error(`dialog ${index} never opened`);
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
