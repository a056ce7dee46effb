// What the Office stub leaves on `window` for the tests to drive and inspect the page. Types only: the Jest side
// reads these through page.evaluate, the stub implements them.
import type { FakeExcel } from "../excel/fakeExcel/fakeExcel";

/** One `Office.context.ui.displayDialogAsync` call, as the add-in made it. */
export interface DialogCall {
  url: string;
  options: unknown;
  /** Event types the add-in listened for on the dialog. */
  handlers: string[];
  /** Whether the add-in called close(). */
  closed: boolean;
  /** Whether the dialog is still on screen. */
  open: boolean;
  /** Who took it off screen first: the add-in's close(), the user's X, or Office when the command completed. */
  closedBy: "addin" | "user" | "office" | null;
}

/** One ribbon command run through `__invoke`. */
export interface Invocation {
  name: string;
  completedCalls: number;
  /** Whether the handler's promise has settled. */
  returned: boolean;
}

/** The fake workbook as a test sees it, in plain data that crosses page.evaluate. */
export interface HostState {
  sheets: string[];
  /** Workbook-level names and what they refer to (`BlocScoring.Output.ranking` → `='Xếp hạng'!$A$1`). */
  names: Record<string, string>;
  /** The active sheet, or null when the fake cannot tell. */
  active: string | null;
  /** The selected cell, or null when nothing was selected (or the fake cannot tell yet). */
  selection: { sheet: string; address: string } | null;
  syncs: number;
}

export interface PageHooks {
  /** Resolves once the fixture is in place (a `protected` fixture runs an earlier rank first). */
  __ready: () => Promise<void>;
  __fake: FakeExcel;
  __dialogs: DialogCall[];
  /** What `Excel.createWorkbook` was given, in order: each a Base64 .xlsx file (empty for a blank workbook). */
  __createdWorkbooks: string[];
  /** What `Office.context.ui.messageParent` was given (a page running as a dialog). */
  __messages: string[];
  /** Names given to `Office.actions.associate`. */
  __associated: () => string[];
  /**
   * Runs a ribbon handler as Office would; resolves once it called completed() (or after a time limit). As
   * Office does on some platforms, completed() ends the command's runtime: the dialogs it left open close.
   */
  __invoke: (name: string) => Promise<{ completedCalls: number }>;
  /** Every `__invoke` so far, with its completed() count: for a test that does not wait for the invoke. */
  __invocations: () => Invocation[];
  /** Delivers a message from the dialog at this index to the add-in's DialogMessageReceived handler. */
  __dialogMessage: (index: number, message: string) => void;
  /** Delivers a DialogEventReceived with this error code (12006: the user closed the dialog with its X). */
  __dialogEvent: (index: number, code: number) => void;
  __state: () => HostState;
}
