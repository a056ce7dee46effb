import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/engine";

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;

/**
 * A JS date back to the Excel serial number Office.js would return. ExcelJS turns every number with a date
 * format into a Date (in UTC, rounded to the millisecond), so the serial comes back exact for dates and for
 * times down to the millisecond.
 */
export function excelSerial(date: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
}

// Typed as unknown: ExcelJS's shapes are looser than its types (a hyperlink's text may be rich text).
/** The plain value of anything ExcelJS may put in a cell or a formula result. */
function plain(value: unknown, date1904: boolean): CellValue {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : excelSerial(value, date1904);
  if (typeof value !== "object" || value === null) return "";
  const v = value as Record<string, unknown>;
  if ("error" in v) return String(v.error);
  if (Array.isArray(v.richText))
    return v.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  // A formula (plain or shared): its cached result, or nothing when the file kept none.
  if ("formula" in v || "sharedFormula" in v || "result" in v) return plain(v.result, date1904);
  // A hyperlink: what the cell shows.
  if ("hyperlink" in v) return plain(v.text, date1904);
  return "";
}

/**
 * A cell as Office.js `Range.values` gives it: merged cells other than the top-left one are empty, formulas
 * give their cached result, rich text and hyperlinks their text, dates their serial number, errors their text.
 */
export function cellValue(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return "";
  // `cell.value` of a formula drops a falsy cached result (0, FALSE); `cell.result` keeps it.
  if (cell.type === ExcelJS.ValueType.Formula) return plain(cell.result, date1904);
  return plain(cell.value, date1904);
}
