// Shows a ribbon command's failure to the user in the dialog page (src/dialog), or, when Office cannot open a
// dialog, writes it to the console: never swallowed, and never a throw that would keep the event from completing.
import { dialogUrl, type DialogContent } from "../dialog/dialogQuery";

/** Where a failure was shown. */
export type ShownIn = "dialog" | "console";

// Percent of the screen. In Office on the web an iframe opens faster than a window and meets no pop-up prompt.
const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 30, displayInIframe: true };

// Office always calls back, but a host that never did would leave the button spinning forever.
export const DIALOG_CALLBACK_LIMIT_MS = 10000;

// DialogEventReceived's code when the user closed the dialog with its X: nothing went wrong.
const USER_CLOSED = 12006;

function commandsPageUrl(): string | undefined {
  return typeof location === "undefined" ? undefined : location.href;
}

/**
 * Opens the failure dialog with `content`; falls back to `console.error(message)` when there is no dialog API,
 * no page address, or Office fails to open it (12007: a dialog is already open). Resolves once Office has
 * answered, so the caller may complete its event afterwards; never rejects.
 */
export function showFailure(content: DialogContent, message: string): Promise<ShownIn> {
  const ui = typeof Office === "undefined" ? undefined : Office.context?.ui;
  const base = commandsPageUrl();
  if (typeof ui?.displayDialogAsync !== "function" || !base) {
    console.error(message);
    return Promise.resolve("console");
  }
  return new Promise<ShownIn>((resolve) => {
    let settled = false;
    const settle = (shown: ShownIn) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      if (shown === "console") console.error(message);
      resolve(shown);
    };
    const limit = setTimeout(() => settle("console"), DIALOG_CALLBACK_LIMIT_MS);
    try {
      ui.displayDialogAsync(dialogUrl(base, content), DIALOG_OPTIONS, (result) => {
        if (result.status === Office.AsyncResultStatus.Failed || !result.value) {
          settle("console");
          return;
        }
        const dialog = result.value;
        // The dialog's only message is its Close button.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          // 12002/12003: the page did not load, so the user saw no message; keep it in the console at least.
          const code = "error" in arg ? arg.error : undefined;
          if (code !== USER_CLOSED) {
            console.error(message);
            dialog.close();
          }
        });
        settle("dialog");
      });
    } catch {
      settle("console");
    }
  });
}
