import type { CellValue } from "../workbook";

/** What a cell holds when a number is expected. */
export type NumberRead =
  | { kind: "empty" }
  | { kind: "number"; value: number; fromText: boolean }
  | {
      kind: "invalid";
      text: string;
      /** A number, but not finite or beyond ±NUMBER_LIMIT (DESIGN §9): not text that means something else. */
      outOfRange?: true;
    };

/**
 * The largest magnitude read as a number (DESIGN §9). No score, maximum, weight or setting comes near it;
 * beyond it a value is a slip of the keyboard or a hostile file, and exact decimal arithmetic on it (or on
 * Infinity, which big.js refuses) would only mislead.
 */
export const NUMBER_LIMIT = 1e15;

// Secretaries type "7,5" (Vietnamese decimal comma), "7.5", "10 điểm" or "10đ" into number cells;
// all are read, and the caller reports that the number was stored as text.
const NUMBER_TEXT = /^([+\-−]?)\s*(\d+)(?:[.,](\d+))?\s*(điểm|điêm|diem|đ|d|points?|pts?)?$/iu;
// JavaScript's and Excel's exponent form (`1e999`, `1E+300`): never read as a number, but when it stands for
// one beyond the limit it is said so, like a 400-digit text.
const EXPONENT_TEXT = /^[+\-−]?\d+(?:[.,]\d+)?e[+-]?\d+$/iu;

const inRange = (value: number): boolean => Number.isFinite(value) && Math.abs(value) <= NUMBER_LIMIT;

const outOfRange = (text: string): NumberRead => ({ kind: "invalid", text, outOfRange: true });

/**
 * Reads a cell as a number: Excel numbers as they are, numbers typed as text with a note, the rest invalid.
 * Values that are not finite or lie beyond ±NUMBER_LIMIT are invalid too, marked `outOfRange`.
 */
export function readNumber(value: CellValue): NumberRead {
  if (typeof value === "number") {
    return inRange(value) ? { kind: "number", value, fromText: false } : outOfRange(String(value));
  }
  if (typeof value === "boolean") return { kind: "invalid", text: String(value).toUpperCase() };
  const text = value.trim();
  if (text === "") return { kind: "empty" };
  const normalized = text.normalize("NFC");
  const match = NUMBER_TEXT.exec(normalized);
  if (!match) {
    if (EXPONENT_TEXT.test(normalized) && !inRange(Number(normalized.replace(",", ".").replace("−", "-"))))
      return outOfRange(text);
    return { kind: "invalid", text };
  }
  const [, sign, whole, fraction] = match;
  const magnitude = Number(`${whole}${fraction ? `.${fraction}` : ""}`);
  if (!inRange(magnitude)) return outOfRange(text);
  return { kind: "number", value: sign === "-" || sign === "−" ? -magnitude : magnitude, fromText: true };
}

/** True when a cell holds a number beyond ±NUMBER_LIMIT or not finite, typed or as text (DESIGN §9). */
export function isOutOfRange(value: CellValue): boolean {
  const read = readNumber(value);
  return read.kind === "invalid" && read.outOfRange === true;
}
