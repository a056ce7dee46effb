// Ribbon function commands (ExecuteFunction). They run in their own runtime, with the task pane closed,
// so this file stays free of React and Fluent (DESIGN §7 budget: 60 KB gzip).

/** One Excel.run that only reads sheet names: proves the runtime can reach the workbook, changes nothing. */
async function touchWorkbook(): Promise<number> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    return sheets.items.length;
  });
}

async function runCommand(event: Office.AddinCommands.Event, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (error) {
    // No UI to report to yet; the Excel-host issue turns failures into a data-check sheet.
    console.error(error);
  } finally {
    // Office shows a spinner and eventually an error on the button until completed() is called.
    event.completed();
  }
}

export function rankUnits(event: Office.AddinCommands.Event): Promise<void> {
  // The engine is wired in the Excel-host issue; until then this only reads the workbook.
  return runCommand(event, touchWorkbook);
}

export function checkData(event: Office.AddinCommands.Event): Promise<void> {
  // The engine is wired in the Excel-host issue; until then this only reads the workbook.
  return runCommand(event, touchWorkbook);
}

// Guarded so that tests (and a page opened without office.js) can import the handlers.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    Office.actions.associate("rankUnits", rankUnits);
    Office.actions.associate("checkData", checkData);
  });
}
