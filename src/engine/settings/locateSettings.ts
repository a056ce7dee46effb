import { a1 } from "../address";
import type { Lang } from "../lang";
import { cellAt, isBlank, type CellValue, type WorkbookInput } from "../workbook";
import { isSettingsSheet } from "./isSettingsSheet";
import { foldLabel, type Labels } from "./labels";
import { findRulesHeader } from "./readAwardRules";
import { readKeyValues, type KeyValueLayout, type KeyValueRow } from "./readKeyValues";
import { SETTING_KEYS, SETTING_KEY_LABELS, SETTINGS_COLUMN_LABELS, type SettingKey } from "./settingKeys";
import { SETTINGS_SHEET_NAME } from "./settingsSheetName";

/** A key's value cell on the settings sheet and what it holds. */
export interface SettingCell {
  cell: string;
  value: CellValue;
}

/** Where new key rows can go: `rows` free rows from `row` (0-based), or any number when `rows` is null. */
export interface SettingsAppendPlace {
  row: number;
  keyCol: number;
  valueCol: number;
  rows: number | null;
}

/** Where everything is on the settings sheet, for a writer that must change only what it means to. */
export interface SettingsLocation {
  sheet: string;
  /** The language the sheet's labels are written in, when they tell (null: as many of each, or none). */
  lang: Lang | null;
  /** Each key's value cell, from the row the reader uses (the lowest when a key is repeated); null without one. */
  values: Record<SettingKey, SettingCell | null>;
  append: SettingsAppendPlace;
  /** The award-rules table's top-left (header) cell, or null when the sheet has no rules table. */
  rulesCell: string | null;
}

// The sheet's language by majority of what names one: the sheet's name, the key-value header, the keys.
function sheetLang(name: string, rows: readonly KeyValueRow[], header: readonly CellValue[]): Lang | null {
  const votes = { vi: 0, en: 0 };
  const vote = (text: string, labels: Labels): void => {
    const folded = foldLabel(text);
    if (folded === foldLabel(labels.vi)) votes.vi++;
    else if (folded === foldLabel(labels.en)) votes.en++;
  };
  vote(name, SETTINGS_SHEET_NAME);
  for (const cell of header) if (typeof cell === "string") vote(cell, SETTINGS_COLUMN_LABELS.key);
  for (const row of rows) if (row.key) vote(row.keyText, SETTING_KEY_LABELS[row.key]);
  return votes.vi === votes.en ? null : votes.vi > votes.en ? "vi" : "en";
}

// New keys go right under the last key row, never below a caption (the reader would then take the caption
// for an unknown key) and never into a cell that holds anything; the rules table or other content bounds them.
function appendPlace(
  values: CellValue[][],
  rows: readonly KeyValueRow[],
  layout: KeyValueLayout,
  end: number,
): SettingsAppendPlace {
  const { keyCol, valueCol } = layout;
  const free = (r: number): boolean =>
    isBlank(cellAt(values, r, keyCol)) && isBlank(cellAt(values, r, valueCol));
  const lastRow = rows.at(-1)?.row;
  let row = lastRow === undefined ? layout.start : lastRow + 1;
  // With no key yet, a title above the first free row is fine: the reader skips a lone caption above the keys.
  if (lastRow === undefined) while (row < end && !free(row)) row++;
  let room = 0;
  while (row + room < end && free(row + room)) room++;
  const unbounded = row + room >= values.length;
  return { row, keyCol, valueCol, rows: unbounded ? null : room };
}

/**
 * Finds the settings sheet (DESIGN §2.4) and, reading it as readSettings does, where each key's value is,
 * where a missing key's row can be added without overwriting anything, and where the award-rules table
 * starts. Null when the workbook has no settings sheet.
 */
export function locateSettings(workbook: WorkbookInput): SettingsLocation | null {
  const found = workbook.sheets.find((candidate) => isSettingsSheet(candidate.name));
  if (!found) return null;
  const rulesHeader = findRulesHeader(found.values);
  const end = rulesHeader?.row ?? found.values.length;
  const { rows, layout } = readKeyValues(found.values, end);
  const values = Object.fromEntries(SETTING_KEYS.map((key) => [key, null])) as Record<
    SettingKey,
    SettingCell | null
  >;
  // Later rows overwrite earlier ones: the lowest row of a repeated key is the one readSettings uses.
  for (const row of rows) if (row.key) values[row.key] = { cell: row.valueCell, value: row.value };

  const rulesCell = rulesHeader ? a1(rulesHeader.row, Math.min(...Object.values(rulesHeader.columns))) : null;
  const header = layout.start > 0 ? (found.values[layout.start - 1] ?? []) : [];
  return {
    sheet: found.name,
    lang: sheetLang(found.name, rows, header),
    values,
    append: appendPlace(found.values, rows, layout, end),
    rulesCell,
  };
}
