// Ribbon function commands (ExecuteFunction). They run in their own runtime, with the task pane closed,
// so this file stays free of React and Fluent, and the rank run is a chunk loaded on demand (DESIGN §7 budget:
// 60 KB gzip for what the page loads first). They report through the
// workbook itself: the ranking sheet is activated, or the data-check sheet when there are data errors.
// A failure is shown in a dialog (src/dialog), or in the console when no dialog can open.
import type { DialogContent } from "../dialog/dialogQuery";
import { ExcelHostError, type ExcelHostErrorKind, type RankOptions, toHostError } from "../excel";
import { hostErrorMessage, type HostAction } from "../strings/hostMessages";
import { pickLang, type Lang } from "../strings/ui";
import { COMMAND_COMPLETE_LIMIT_MS, showFailure, type ShownIn } from "./showFailure";

/** What a command did, or why it could not and where the user was told. */
export type CommandOutcome =
  | { ok: true; activated: string }
  | { ok: false; kind: ExcelHostErrorKind | "unexpected"; message: string; shown: ShownIn };

// The ribbon's two buttons, as the host failures' words name them.
type RibbonAction = Extract<HostAction, "rank" | "check">;

function explain(
  error: unknown,
  action: RibbonAction,
  lang: Lang,
): { content: DialogContent; message: string } {
  // Excel.run itself may reject with Office's raw error (its closing sync), not only rankInExcel's typed one.
  const failure = toHostError(error);
  if (failure instanceof ExcelHostError) {
    const content: DialogContent = { kind: failure.kind, lang, name: failure.subject, action };
    return { content, message: hostErrorMessage(failure.kind, action, lang, failure.subject) };
  }
  const text = failure instanceof Error ? failure.message : String(failure);
  return { content: { kind: "unexpected", lang, text }, message: text };
}

async function runCommand(
  event: Office.AddinCommands.Event,
  action: RibbonAction,
  options: RankOptions,
): Promise<CommandOutcome> {
  const completeBy = Date.now() + COMMAND_COMPLETE_LIMIT_MS;
  try {
    // The engine, the layouts and their words load when a button is pressed, not with the page: Office loads
    // this page with the workbook, in every webview IE11 included, and only associates the handlers here.
    const { rankInExcel } = await import(
      /* webpackChunkName: "ribbonRank", webpackExports: ["rankInExcel"] */ "../excel"
    );
    const report = await Excel.run((context) => rankInExcel(context, options));
    return { ok: true, activated: report.activated };
  } catch (error) {
    const lang = pickLang(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
    const { content, message } = explain(error, action, lang);
    // Awaited until the dialog has closed: completing the command closes its dialogs on some platforms.
    const shown = await showFailure(content, message, completeBy);
    return { ok: false, kind: content.kind, message, shown };
  } finally {
    // Once, on every path. Office shows a spinner and eventually an error on the button until it is called.
    try {
      event.completed();
    } catch {
      // Office already ended the command (its 5 minutes passed): nothing left to tell.
    }
  }
}

/** "Xếp hạng đơn vị": ranks the units and writes every output sheet. */
export function rankAndWrite(event: Office.AddinCommands.Event): Promise<CommandOutcome> {
  return runCommand(event, "rank", {});
}

/** "Kiểm tra dữ liệu": validates the workbook and writes the data-check sheet only. */
export function checkData(event: Office.AddinCommands.Event): Promise<CommandOutcome> {
  return runCommand(event, "check", { only: ["dataCheck"] });
}

// Guarded so that tests (and a page opened without office.js) can import the handlers.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("rankAndWrite", rankAndWrite);
    Office.actions.associate("checkData", checkData);
  });
}
