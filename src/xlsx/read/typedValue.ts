import type { CellValue } from "../../engine";
import { decodeXml } from "../xml";
import { xmlText } from "./richText";

const MS_PER_DAY = 24 * 60 * 60 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;
// Excel's 1900 system counts a 29 February 1900 that never was: serials before 1 March 1900 are one less.
const FIRST_REAL_SERIAL = 61;
const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;
const ISO_TIME = /^\s*T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/;

const dayFraction = (hours?: string, minutes?: string, seconds?: string): number =>
  (Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) / 86400;

/** An `xsd:dateTime` (a cell typed `t="d"`) to the serial number Excel keeps for it; "" when it is none. */
export function dateSerial(text: string, date1904: boolean): CellValue {
  const date = ISO_DATE.exec(text);
  if (!date) {
    const time = ISO_TIME.exec(text);
    return time ? dayFraction(time[1], time[2], time[3]) : "";
  }
  const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  const serial = UNIX_EPOCH_SERIAL + ms / MS_PER_DAY + dayFraction(date[4], date[5], date[6]);
  if (!Number.isFinite(serial)) return "";
  if (date1904) return serial - DATE_1904_OFFSET;
  return serial < FIRST_REAL_SERIAL ? serial - 1 : serial;
}

/**
 * A cell's cached value (the text of its `<v>`, still XML-escaped) by the cell's type `t`, as Office.js
 * `Range.values` gives it: numbers as numbers (date-formatted ones too: their serial), shared strings by their
 * text, booleans, errors by their text (`#N/A`), a formula's text result.
 */
export function typedValue(
  type: string | undefined,
  raw: string,
  strings: readonly string[],
  date1904: boolean,
): CellValue {
  switch (type) {
    case undefined:
    case "n": {
      const number = Number(raw);
      return Number.isFinite(number) ? number : "#NUM!";
    }
    case "s": {
      const index = Number(raw);
      return Number.isInteger(index) ? (strings[index] ?? "") : "";
    }
    case "b": {
      const text = raw.trim();
      return !(text === "0" || text === "false" || text === "");
    }
    case "e":
      return decodeXml(raw);
    case "d":
      return dateSerial(decodeXml(raw), date1904);
    default:
      // "str" (a formula's text result), "inlineStr" given as <v>, and what no writer should use.
      return xmlText(raw);
  }
}
