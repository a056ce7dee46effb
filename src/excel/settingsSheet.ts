import {
  type Issue,
  type Lang,
  type LocatedSettings,
  planSettingsSave,
  readLocatedSettings,
  type SettingChanges,
  type SettingKey,
  settingsLayout,
} from "../engine";
import { yearOf } from "./actionOptions";
import { applyLayouts } from "./applyLayouts";
import { ExcelHostError, syncOrThrow } from "./ExcelHostError";
import { hostCell } from "./hostCell";
import { readWorkbook } from "./readWorkbook";

/** The settings in force, the sheet they come from (null: none, the defaults apply) and where each value is. */
export type SettingsSheetView = LocatedSettings;

/** What a save did: written (the cells, or a new sheet), refused for bad values, or short of free rows. */
export type SaveSettingsResult =
  | { status: "saved"; sheet: string; created: boolean; cells: string[] }
  | { status: "invalid"; issues: Partial<Record<SettingKey, Issue>> }
  | { status: "no-room"; sheet: string; cell: string; needed: number; free: number };

export interface SettingsSheetOptions {
  /** The year a workbook without a `Năm` setting is for; defaults to the current year. */
  year?: number;
  /** `Office.context.requirements.isSetSupported`, for a new sheet's page setup; injected by tests. */
  supports?: (set: string, version: string) => boolean;
}

/**
 * Reads the settings for the task pane's settings view (3 syncs, as readWorkbook): what is in force, the
 * problems the reader found, and where each key's value cell and the award-rules table are.
 * @throws ExcelHostError for a host failure of a known kind (cell-edit mode…).
 */
export async function readSettingsView(
  context: Excel.RequestContext,
  options: SettingsSheetOptions = {},
): Promise<SettingsSheetView> {
  const { workbook } = await readWorkbook(context);
  return readLocatedSettings(workbook, yearOf(options));
}

/**
 * Saves typed setting changes into the open workbook, at most 4 syncs (the read's 3, then one write). The
 * workbook is read afresh and every change checked first: if any is invalid, or missing keys do not fit
 * above the rules table, nothing is written. Otherwise only the changed keys' value cells (and the rows of
 * missing keys, in free rows) are written, one cell at a time; every other cell is left as it was. Without a
 * settings sheet, one is added, named `Cấu hình` / `Settings` per `lang`, holding the changes over the
 * defaults, never marked as an output (it is the user's sheet), and shown.
 * @throws ExcelHostError `protected`, `cell-edit`… from the host; `name-clash` when both settings names are
 *   taken by sheets that are not settings.
 */
export async function saveSettings(
  context: Excel.RequestContext,
  changes: SettingChanges,
  lang: Lang,
  options: SettingsSheetOptions = {},
): Promise<SaveSettingsResult> {
  const contents = await readWorkbook(context);
  const plan = planSettingsSave(contents.workbook, changes, {
    lang,
    year: yearOf(options),
    sheetNames: contents.existing.map((sheet) => sheet.name),
  });
  switch (plan.kind) {
    case "invalid":
      return { status: "invalid", issues: plan.issues };
    case "no-room":
      return { status: "no-room", sheet: plan.sheet, cell: plan.cell, needed: plan.needed, free: plan.free };
    case "name-taken":
      throw new ExcelHostError("name-clash", { subject: plan.sheet });
    case "create":
      await applyLayouts(context, [settingsLayout({ settings: plan.settings }, plan.lang, plan.sheet)], {
        contents,
        activate: plan.sheet,
        ...(options.supports ? { supports: options.supports } : {}),
      });
      return { status: "saved", sheet: plan.sheet, created: true, cells: [] };
    case "write": {
      if (plan.cells.length === 0) return { status: "saved", sheet: plan.sheet, created: false, cells: [] };
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      // Single cells, so a neighbour of a changed value (a note, a formula, a format) is never rewritten.
      for (const { cell, value } of plan.cells) sheet.getRange(cell).values = [[hostCell(value)]];
      await syncOrThrow(context);
      return { status: "saved", sheet: plan.sheet, created: false, cells: plan.cells.map((c) => c.cell) };
    }
  }
}
