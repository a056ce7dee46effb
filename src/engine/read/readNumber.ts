import type { CellValue } from "../workbook";

/** What a cell holds when a number is expected. */
export type NumberRead =
  | { kind: "empty" }
  | { kind: "number"; value: number; fromText: boolean }
  | { kind: "invalid"; text: string };

// Secretaries type "7,5" (Vietnamese decimal comma), "7.5", "10 điểm" or "10đ" into number cells;
// all are read, and the caller reports that the number was stored as text.
const NUMBER_TEXT = /^([+\-−]?)\s*(\d+)(?:[.,](\d+))?\s*(điểm|điêm|diem|đ|d|points?|pts?)?$/iu;

/** Reads a cell as a number: Excel numbers as they are, numbers typed as text with a note, the rest invalid. */
export function readNumber(value: CellValue): NumberRead {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value, fromText: false }
      : { kind: "invalid", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "invalid", text: String(value).toUpperCase() };
  const text = value.trim();
  if (text === "") return { kind: "empty" };
  const match = NUMBER_TEXT.exec(text.normalize("NFC"));
  if (!match) return { kind: "invalid", text };
  const [, sign, whole, fraction] = match;
  const magnitude = Number(`${whole}${fraction ? `.${fraction}` : ""}`);
  return { kind: "number", value: sign === "-" || sign === "−" ? -magnitude : magnitude, fromText: true };
}
