import BigBase from "big.js";

// A private constructor, so that no other code's Big settings (DP, RM) change our arithmetic.
const Big = BigBase();
Big.DP = 20; // decimal places kept by division (weighted mode), far below any displayed precision
Big.RM = Big.roundHalfUp;

/** An exact decimal number: scores are added in decimal so that 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
export type Decimal = BigBase.Big;

export const ZERO: Decimal = new Big(0);

/** A cell's number as the decimal it displays (JavaScript's shortest round-trip form: 0.1 stays 0.1). */
export function dec(value: number): Decimal {
  // Scores repeat (0.5, 10, 15…): parse each once. Big values are never mutated, so sharing them is safe.
  let parsed = parsedNumbers.get(value);
  if (parsed === undefined) {
    if (parsedNumbers.size >= 10_000) parsedNumbers.clear();
    parsed = new Big(value);
    parsedNumbers.set(value, parsed);
  }
  return parsed;
}

const parsedNumbers = new Map<number, Decimal>();

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), ZERO);
}

/** Rounds half away from zero to a number of decimals, as totals are shown and compared (DESIGN §4). */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return value.round(decimals, Big.roundHalfUp);
}

export function minOf(a: Decimal, b: Decimal): Decimal {
  return a.lt(b) ? a : b;
}

/** The plain number of an exact decimal, for output. */
export function toNumber(value: Decimal): number {
  return Number(value.toString());
}
