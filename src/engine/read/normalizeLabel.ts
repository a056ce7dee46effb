/**
 * Folds a label for comparison the way secretaries expect headers and names to match:
 * case, diacritics (including đ), punctuation and runs of white space do not count.
 * `"Điểm  tự chấm:"` → `"diem tu cham"`.
 */
export function normalizeLabel(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    // The same few labels (headers, unit names) are compared again and again: fold each once.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    folded = fold(text);
    cache.set(text, folded);
  }
  return folded;
}

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** The label with parenthesised remarks removed: `"Điểm chuẩn (điểm)"` → `"diem chuan"`. */
export function normalizeLabelCore(text: string): string {
  return normalizeLabel(text.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " "));
}
