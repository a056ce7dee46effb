// Shows a ribbon command's failure to the user in the dialog page (src/dialog), or, when Office cannot open a
// dialog, writes it to the console: never swallowed, and never a throw that would keep the event from completing.
import { dialogUrl, type DialogContent } from "../dialog/dialogQuery";

/** Where a failure was shown. */
export type ShownIn = "dialog" | "console";

// Percent of the screen. In Office on the web an iframe opens faster than a window and meets no pop-up prompt.
const DIALOG_OPTIONS: Office.DialogOptions = { height: 30, width: 30, displayInIframe: true };

// Office always calls back, but a host that never did would leave the button spinning forever.
export const DIALOG_CALLBACK_LIMIT_MS = 10000;

/**
 * How long after a command started its failure dialog may keep it running. Office ends a function command 5
 * minutes after it started, and completing the command closes its dialogs on some platforms, so the command
 * completes once the user has closed the dialog, or at this limit (the dialog is then closed first, since its
 * Close button would have nobody left to tell).
 */
export const COMMAND_COMPLETE_LIMIT_MS = 4 * 60 * 1000;

// DialogEventReceived's code when the user closed the dialog with its X: nothing went wrong.
const USER_CLOSED = 12006;

function commandsPageUrl(): string | undefined {
  return typeof location === "undefined" ? undefined : location.href;
}

function closeQuietly(dialog: Office.Dialog): void {
  try {
    dialog.close();
  } catch {
    // Already gone.
  }
}

/**
 * Shows `content` in the failure dialog and resolves once the dialog is gone: closed by its Close button or
 * its X, or by this function at `completeBy` (a `Date.now()` time) at the latest. Falls back to
 * `console.error(message)`, resolving at once, when there is no dialog API or page address, when Office fails
 * to open the dialog (12007: a dialog is already open) or does not answer, or when the dialog page fails to
 * load. The caller completes its event afterwards; never rejects.
 */
export function showFailure(
  content: DialogContent,
  message: string,
  completeBy: number = Date.now() + COMMAND_COMPLETE_LIMIT_MS,
): Promise<ShownIn> {
  const ui = typeof Office === "undefined" ? undefined : Office.context?.ui;
  const base = commandsPageUrl();
  if (typeof ui?.displayDialogAsync !== "function" || !base) {
    console.error(message);
    return Promise.resolve("console");
  }
  return new Promise<ShownIn>((resolve) => {
    let done = false;
    let closeLimit: ReturnType<typeof setTimeout> | undefined;
    const finish = (shown: ShownIn) => {
      if (done) return;
      done = true;
      clearTimeout(answerLimit);
      clearTimeout(closeLimit);
      if (shown === "console") console.error(message);
      resolve(shown);
    };
    const answerLimit = setTimeout(() => finish("console"), DIALOG_CALLBACK_LIMIT_MS);
    try {
      ui.displayDialogAsync(dialogUrl(base, content), DIALOG_OPTIONS, (result) => {
        const dialog = result.status === Office.AsyncResultStatus.Failed ? undefined : result.value;
        if (done) {
          // Office answered after the wait, and the message went to the console: no dialog without a command.
          if (dialog) closeQuietly(dialog);
          return;
        }
        if (!dialog) {
          finish("console");
          return;
        }
        clearTimeout(answerLimit);
        const close = (shown: ShownIn) => {
          closeQuietly(dialog);
          finish(shown);
        };
        // The dialog's only message is its Close button.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => close("dialog"));
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = "error" in arg ? arg.error : undefined;
          // 12002/12003: the page did not load, so the user saw no message; keep it in the console at least.
          if (code === USER_CLOSED) finish("dialog");
          else close("console");
        });
        closeLimit = setTimeout(() => close("dialog"), Math.max(0, completeBy - Date.now()));
      });
    } catch {
      finish("console");
    }
  });
}
