// Ribbon function commands (ExecuteFunction). They run in their own runtime, with the task pane closed,
// so this file stays free of React and Fluent (DESIGN §7 budget: 60 KB gzip). They report through the
// workbook itself: the ranking sheet is activated, or the data-check sheet when there are data errors.
import { ExcelHostError } from "../excel/ExcelHostError";
import { rankInExcel, type RankOptions } from "../excel/rankInExcel";
import { hostErrorMessage } from "../strings/hostMessages";
import { pickLang } from "../strings/ui";

/** What a command did, or why it could not (a host failure the user must act on). */
export type CommandOutcome = { ok: true; activated: string } | { ok: false; message: string };

async function runCommand(event: Office.AddinCommands.Event, options: RankOptions): Promise<CommandOutcome> {
  try {
    const report = await Excel.run((context) => rankInExcel(context, options));
    return { ok: true, activated: report.activated };
  } catch (error) {
    // Host failures (protected sheet, cell-edit mode…) carry a message a secretary can act on; showing it in
    // a dialog is the Excel-host issue's remaining work, so for now it goes to the console, never swallowed silently.
    const lang = pickLang(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
    const message =
      error instanceof ExcelHostError
        ? hostErrorMessage(error.kind, lang, { name: error.subject })
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(message);
    return { ok: false, message };
  } finally {
    // Office shows a spinner and eventually an error on the button until completed() is called.
    event.completed();
  }
}

/** "Xếp hạng đơn vị": ranks the units and writes every output sheet. */
export function rankUnits(event: Office.AddinCommands.Event): Promise<CommandOutcome> {
  return runCommand(event, {});
}

/** "Kiểm tra dữ liệu": validates the workbook and writes the data-check sheet only. */
export function checkData(event: Office.AddinCommands.Event): Promise<CommandOutcome> {
  return runCommand(event, { only: ["dataCheck"] });
}

// Guarded so that tests (and a page opened without office.js) can import the handlers.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("rankUnits", rankUnits);
    Office.actions.associate("checkData", checkData);
  });
}
