/**
 * Folds a label for comparison the way secretaries expect headers and names to match:
 * case, diacritics (including đ), punctuation and runs of white space do not count.
 * `"Điểm  tự chấm:"` → `"diem tu cham"`.
 */
export function normalizeLabel(text: string): string {
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
