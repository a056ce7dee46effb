import { codePointAt, letterClass } from "../text/letterClass";

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
// looked behind at: the ribbon's ES5 build runs in IE11, which has no lookbehind.
// In a max cell the unit of points may be left out ("0,5/lần"); in running text it must be there, so that
// "Quyết định 114/2017" or "12/QĐ" are not rates.
// The expressions read the text through `folded` (below), where every letter is lower case and one of
// RATE_LETTERS: they match there exactly what they would match in the text itself with `\p{L}` for a letter
// and the `iu` flags, without either, which Babel would expand for the ES5 ribbon bundle into some 35 KB.
const RATE_IN_MAX =
  /(?:^|[^\d.,a-zàáìôăđưảầếềểệốộờợụ+-]|(?:^|[^e])[+-])(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?|pts?)?\s*\/\s*(?:0?1\s+)?(?:lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case)(?![a-zàáìôăđưảầếềểệốộờợụ])/;
const RATE_IN_TEXT =
  /(?:^|[^\d.,a-zàáìôăđưảầếềểệốộờợụ+-]|(?:^|[^e])[+-])(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?)\s*\/\s*(?:0?1\s+)?(?:lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case)(?![a-zàáìôăđưảầếềểệốộờợụ])/;
// After the words, a space or a colon always comes before the number: "tối đa2" is no cap.
const CAP =
  /(?:tối đa|không quá|max(?:imum)?|up to)(?:\s+:?\s*|:\s*)(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?)?/;

/** The letters the expressions name (lower case): every other letter of a text is read as `z`. */
export const RATE_LETTERS = "abcdefghijklmnopqrstuvwxyzàáìôăđưảầếềểệốộờợụ";

/**
 * The text as the expressions read it, one character for each code point: a letter in lower case if that is
 * one of RATE_LETTERS (`ſ` as `s`, as `i` with `u` folds it), any other letter `z`, a character outside the
 * Basic Multilingual Plane or a lone surrogate `#` (neither is a letter), anything else as it is.
 */
export function folded(text: string): string {
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  let out = "";
  for (let i = 0; i < text.length;) {
    const { code, size } = codePointAt(text, i);
    const char = text.substr(i, size);
    i += size;
    if (letterClass(code) === 1) {
      const lower = char.toLowerCase();
      out += lower.length === 1 && RATE_LETTERS.indexOf(lower) >= 0 ? lower : code === 0x17f ? "s" : "z";
    } else out += size === 2 || (code >= 0xd800 && code <= 0xdfff) ? "#" : char;
  }
  return out;
}

const toNumber = (text: string): number => Number(text.replace(",", "."));

// Numbers beyond this are not points anyone typed as a rate or a cap.
const LIMIT = 1e6;

function readIn(text: string, rate: RegExp): RateRead | null {
  const normalized = folded(text.normalize("NFC"));
  const match = rate.exec(normalized);
  if (!match?.[1]) return null;
  const value = toNumber(match[1]);
  if (!(value > 0 && value < LIMIT)) return null;
  return { rate: value, cap: capIn(normalized) };
}

/** A cap written in words (`tối đa 2 điểm`, `không quá 5đ`), or null. */
export function readCap(text: string): number | null {
  return capIn(folded(text.normalize("NFC")));
}

function capIn(foldedText: string): number | null {
  const match = CAP.exec(foldedText);
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
