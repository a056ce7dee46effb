import { formatNumber } from "../formatNumber";
import type { Lang } from "../lang";
import { readNumber } from "../read/readNumber";

/** Classification thresholds as read: three numbers, or null when the text is not three numbers. */
export function parseThresholds(text: string): [number, number, number] | null {
  // `;`, `/` and `|` separate, because a comma is the Vietnamese decimal point (`92,5; 70; 50`); a comma
  // followed by a space separates only when nothing else does (`90, 70, 50`).
  const parts = /[;/|]/.test(text) ? text.split(/[;/|]/) : text.split(/,\s+/);
  const numbers: number[] = [];
  for (const part of parts.filter((piece) => piece.trim() !== "")) {
    const read = readNumber(part);
    if (read.kind !== "number") return null;
    numbers.push(read.value);
  }
  const [excellent, good, completed] = numbers;
  if (numbers.length !== 3 || excellent === undefined || good === undefined || completed === undefined)
    return null;
  return [excellent, good, completed];
}

/** True when the thresholds descend strictly and lie within 0..scale. */
export function thresholdsInOrder(thresholds: readonly number[], scale: number): boolean {
  return thresholds.every(
    (value, i) => value >= 0 && value <= scale && (i === 0 || value < (thresholds[i - 1] ?? Infinity)),
  );
}

/** Writes thresholds as `90; 70; 50` (`92,5; 70; 50` in Vietnamese). */
export function formatThresholds(thresholds: readonly number[], lang: Lang): string {
  return thresholds.map((value) => formatNumber(value, lang)).join("; ");
}
