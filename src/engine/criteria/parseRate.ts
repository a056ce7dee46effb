/** A per-occurrence rate read from a criterion's max cell or text (DESIGN §2.1): points per occurrence. */
export interface RateRead {
  rate: number;
  /** The cap written with it (`tối đa 2 điểm`), when there is one. */
  cap: number | null;
}

// What a rate counts: "0,5đ/lần", "trừ 1 điểm/lượt", "cộng 0,25 điểm/sáng kiến", "1 điểm/01 văn bản".
// The number is bounded, and never starts inside a longer number, a word or an exponent (`1e+300đ/lần` is
// no rate of 300): an unbounded `\d+` searched through a cell of 32,000 digits backtracks from every position
// (seconds per cell). Rates and caps stay below LIMIT anyway. What comes before the number is matched
// (start, or a character that is no digit, separator or letter, or a sign not after an `e`) rather than
// looked behind at: the ribbon's ES5 build runs in IE11, which has no lookbehind, and Babel rewrites only
// regular expression literals (their `\p{L}` and `u` flag), so these are literals, written out in full.
// In a max cell the unit of points may be left out ("0,5/lần"); in running text it must be there, so that
// "Quyết định 114/2017" or "12/QĐ" are not rates.
const RATE_IN_MAX =
  /(?:^|[^\d.,\p{L}+-]|(?:^|[^eE])[+-])(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?|pts?)?\s*\/\s*(?:0?1\s+)?(?:lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case)(?![\p{L}])/iu;
const RATE_IN_TEXT =
  /(?:^|[^\d.,\p{L}+-]|(?:^|[^eE])[+-])(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?)\s*\/\s*(?:0?1\s+)?(?:lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case)(?![\p{L}])/iu;
// After the words, a space or a colon always comes before the number: "tối đa2" is no cap.
const CAP =
  /(?:tối đa|không quá|max(?:imum)?|up to)(?:\s+:?\s*|:\s*)(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?)?/iu;

const toNumber = (text: string): number => Number(text.replace(",", "."));

// Numbers beyond this are not points anyone typed as a rate or a cap.
const LIMIT = 1e6;

function readIn(text: string, rate: RegExp): RateRead | null {
  const normalized = text.normalize("NFC");
  const match = rate.exec(normalized);
  if (!match?.[1]) return null;
  const value = toNumber(match[1]);
  if (!(value > 0 && value < LIMIT)) return null;
  return { rate: value, cap: readCap(normalized) };
}

/** A cap written in words (`tối đa 2 điểm`, `không quá 5đ`), or null. */
export function readCap(text: string): number | null {
  const match = CAP.exec(text.normalize("NFC"));
  if (!match?.[1]) return null;
  const value = toNumber(match[1]);
  return value >= 0 && value < LIMIT ? value : null;
}

/** The rate typed in a max cell (`0,5đ/lần`, `1 điểm/lần, tối đa 3`), or null. */
export function rateInMax(text: string): RateRead | null {
  return readIn(text, RATE_IN_MAX);
}

/** The rate in a criterion's text (`trừ 1 điểm/lần`, `cộng 0,25 điểm/sáng kiến, tối đa 2 điểm`), or null. */
export function rateInText(text: string): RateRead | null {
  return readIn(text, RATE_IN_TEXT);
}
