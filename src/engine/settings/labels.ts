import { normalizeLabelCore } from "../read/normalizeLabel";

/** How a value is written in each language, and the other spellings a secretary may type for it. */
export interface Labels {
  vi: string;
  en: string;
  also?: readonly string[];
}

/**
 * Folds a settings label or word for comparison as headers are (DESIGN §2): case, diacritics, punctuation,
 * parenthesised remarks and `%` do not count. `"Tỷ lệ tối đa (%)"` → `"ty le toi da"`.
 */
export function foldLabel(text: string): string {
  return normalizeLabelCore(text).replace(/%/g, " ").replace(/\s+/g, " ").trim();
}

/** Builds a recogniser for a label table: the folded text of any spelling gives its value, else null. */
export function labelMatcher<T extends string>(
  table: Readonly<Record<T, Labels>>,
): (text: string) => T | null {
  const byLabel = new Map<string, T>();
  for (const [value, labels] of Object.entries(table) as [T, Labels][]) {
    for (const label of [labels.vi, labels.en, ...(labels.also ?? [])]) byLabel.set(foldLabel(label), value);
  }
  return (text) => byLabel.get(foldLabel(text)) ?? null;
}
