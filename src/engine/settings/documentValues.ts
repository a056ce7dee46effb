import type { CellValue } from "../workbook";
import type { MeetingDate, Signer } from "./settings";

/**
 * Reads `Trưởng khối: Nguyễn Văn A; Thư ký: Trần Thị B` (parts separated by `;`, `|` or line breaks) into
 * title→name pairs; null when a part has no `title: name`.
 */
export function parseSigners(text: string): Signer[] | null {
  const signers: Signer[] = [];
  for (const part of text.split(/[;|\n]+/)) {
    if (part.trim() === "") continue;
    const colon = part.indexOf(":");
    const title = colon < 0 ? "" : part.slice(0, colon).trim();
    const name = colon < 0 ? "" : part.slice(colon + 1).trim();
    if (title === "" || name === "") return null;
    signers.push({ title, name });
  }
  return signers.length > 0 ? signers : null;
}

/** Writes signers as parseSigners reads them. */
export function formatSigners(signers: readonly Signer[]): string {
  return signers.map((signer) => `${signer.title}: ${signer.name}`).join("; ");
}

function validDate(day: number, month: number, year: number): MeetingDate | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? { day, month, year } : null;
}

// Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was: from day 61 on, the serial is
// one more than the days since 1899-12-31. The 1904 date system is not told to the engine; its serials for
// the years a bloc meets read four years early, which a secretary sees on the printed date line.
function fromSerial(serial: number): MeetingDate | null {
  if (!Number.isInteger(serial) || serial < 61) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return validDate(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear());
}

/**
 * Reads a meeting date: a date cell (Excel's serial number), `15/12/2024` (day first, as Vietnam writes it;
 * `-` or `.` also separate), `2024-12-15`, or `ngày 15 tháng 12 năm 2024`; null when it is none of them.
 */
export function parseMeetingDate(value: CellValue): MeetingDate | null {
  if (typeof value === "number") return fromSerial(value);
  if (typeof value !== "string") return null;
  const text = value.trim().toLowerCase();
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (dmy) return validDate(Number(dmy[1]), Number(dmy[2]), Number(dmy[3]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return validDate(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const words = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/u.exec(text.normalize("NFC"));
  if (words) return validDate(Number(words[1]), Number(words[2]), Number(words[3]));
  return null;
}

/** Writes a date as `15/12/2024`, which parseMeetingDate reads back. */
export function formatMeetingDate(date: MeetingDate): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

/** The words a `Căn cứ` line starts with when typed whole; the memo prints them itself. */
export const LEGAL_BASIS_PREFIX = /^(căn cứ|pursuant to)\s+/iu;

/**
 * Reads the lines of a list setting (`Nơi nhận`, `Căn cứ`): separated by `;` or line breaks, each without
 * the dash, bullet and final punctuation a document prints around it, nor the `prefix` (`Căn cứ`); null
 * when no line is left.
 */
export function parseLines(text: string, prefix: RegExp | null): string[] | null {
  const lines = text
    .split(/[;\n]+/)
    .map((line) => {
      const bare = line
        .trim()
        .replace(/^[-+•*–]\s*/u, "")
        .replace(/[.,;]+$/u, "")
        .trim();
      return prefix ? bare.replace(prefix, "").trim() : bare;
    })
    .filter((line) => line !== "");
  return lines.length > 0 ? lines : null;
}

/** Writes the lines of a list setting as parseLines reads them. */
export function formatLines(lines: readonly string[]): string {
  return lines.join("; ");
}
