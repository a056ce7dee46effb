import { a1 } from "../address";
import { HEADER_SCAN_ROWS } from "../read/findHeader";
import { cellAt, isBlank, type CellValue } from "../workbook";
import { matchSettingKey, matchSettingsColumn, type SettingKey } from "./settingKeys";

/** A key-value row of the settings sheet; key is null when the key is not recognised. */
export interface KeyValueRow {
  key: SettingKey | null;
  /** The key as typed, trimmed. */
  keyText: string;
  value: CellValue;
  row: number;
  keyCell: string;
  valueCell: string;
}

/** Where the key-value rows are: the first row after any header, and the key and value columns (0-based). */
export interface KeyValueLayout {
  start: number;
  keyCol: number;
  valueCol: number;
}

/** The key-value rows as the reader sees them, and the columns they were read from. */
export interface KeyValues {
  rows: KeyValueRow[];
  layout: KeyValueLayout;
}

const text = (value: CellValue): string => (typeof value === "string" ? value.trim() : String(value));

// The key and value columns come from a `Tham số | Giá trị` header when there is one; otherwise keys sit
// where the first recognised key is (column A in the template), with their values to the right.
function findLayout(values: CellValue[][], end: number): KeyValueLayout {
  for (let r = 0; r < Math.min(end, HEADER_SCAN_ROWS); r++) {
    const row = values[r] ?? [];
    const keyCol = row.findIndex((cell) => typeof cell === "string" && matchSettingsColumn(cell) === "key");
    const valueCol = row.findIndex(
      (cell, c) => c > keyCol && typeof cell === "string" && matchSettingsColumn(cell) === "value",
    );
    if (keyCol >= 0 && valueCol >= 0) return { start: r + 1, keyCol, valueCol };
  }
  for (let r = 0; r < end; r++) {
    const keyCol = (values[r] ?? []).findIndex((cell) => typeof cell === "string" && matchSettingKey(cell));
    if (keyCol >= 0) return { start: 0, keyCol, valueCol: keyCol + 1 };
  }
  return { start: 0, keyCol: 0, valueCol: 1 };
}

/**
 * Reads the key-value rows above `end` (the rules table's header, or the end of the sheet). Rows without a
 * key are skipped, and so are lone captions (an unknown key with no value) above the first recognised key
 * or below the last one: a sheet title, a heading over the rules table. Every other unknown key is returned
 * for the caller to report. The layout comes back too, so that a writer adds rows where the reader looks.
 */
export function readKeyValues(values: CellValue[][], end: number): KeyValues {
  const layout = findLayout(values, end);
  const { start, keyCol, valueCol } = layout;
  const rows: KeyValueRow[] = [];
  for (let r = start; r < end; r++) {
    const keyText = text(cellAt(values, r, keyCol));
    if (keyText === "") continue;
    const value = cellAt(values, r, valueCol);
    rows.push({
      key: matchSettingKey(keyText),
      keyText,
      value,
      row: r,
      keyCell: a1(r, keyCol),
      valueCell: a1(r, valueCol),
    });
  }
  const known = rows.filter((row) => row.key !== null).map((row) => row.row);
  const first = Math.min(...known);
  const last = Math.max(...known);
  return {
    rows: rows.filter(
      (row) => row.key !== null || !isBlank(row.value) || (row.row > first && row.row < last),
    ),
    layout,
  };
}
