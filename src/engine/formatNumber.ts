import type { Decimal } from "./decimal";
import type { Lang } from "./lang";

/**
 * A number as the language writes it: Vietnamese with a decimal comma (7,5), English with a point (7.5). With
 * `decimals`, fixed to that many places, as the totals are shown (92,50).
 */
export function formatNumber(value: number | Decimal, lang: Lang, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return lang === "vi" ? text.replace(".", ",") : text;
}
