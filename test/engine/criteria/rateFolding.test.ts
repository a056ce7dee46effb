import fc from "fast-check";
import { folded, RATE_LETTERS, rateInMax, rateInText, readCap } from "../../../src/engine/criteria/parseRate";

// parseRate reads a folded copy of the text (every letter lower case, and one of RATE_LETTERS or `z`) with
// expressions that have neither `\p{L}` nor the `iu` flags, which Babel expands for the ES5 ribbon bundle. They
// must read what the `iu` expressions they replace read, kept here as the reference.
const REFERENCE = {
  max: /(?:^|[^\d.,\p{L}+-]|(?:^|[^eE])[+-])(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?|pts?)?\s*\/\s*(?:0?1\s+)?(?:lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case)(?![\p{L}])/iu,
  text: /(?:^|[^\d.,\p{L}+-]|(?:^|[^eE])[+-])(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?)\s*\/\s*(?:0?1\s+)?(?:lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case)(?![\p{L}])/iu,
  cap: /(?:tối đa|không quá|max(?:imum)?|up to)(?:\s+:?\s*|:\s*)(\d{1,15}(?:[.,]\d{1,15})?)\s*(?:điểm|đ|points?)?/iu,
};

// The lookbehind expressions before both (parseRate built them with `new RegExp`; IE11 has no lookbehind).
const PER =
  "lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case";
const NUMBER = "(?<![\\d.,\\p{L}])(?<![eE][+\\-])(\\d{1,15}(?:[.,]\\d{1,15})?)";
const ORIGINAL = {
  max: new RegExp(`${NUMBER}\\s*(?:điểm|đ|points?|pts?)?\\s*/\\s*(?:0?1\\s+)?(?:${PER})(?![\\p{L}])`, "iu"),
  text: new RegExp(`${NUMBER}\\s*(?:điểm|đ|points?)\\s*/\\s*(?:0?1\\s+)?(?:${PER})(?![\\p{L}])`, "iu"),
  cap: new RegExp(`(?:tối đa|không quá|max(?:imum)?|up to)\\s*:?\\s*${NUMBER}\\s*(?:điểm|đ|points?)?`, "iu"),
};

const LIMIT = 1e6;
const read = (pattern: RegExp, text: string): number | null => {
  const match = pattern.exec(text.normalize("NFC"));
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(",", "."));
  return value >= 0 && value < LIMIT ? value : null;
};

const expectSameReads = (input: string): void => {
  for (const reference of [REFERENCE, ORIGINAL]) {
    const rateMax = read(reference.max, input);
    const rateText = read(reference.text, input);
    expect(rateInMax(input)?.rate ?? null).toBe(rateMax === 0 ? null : rateMax);
    expect(rateInText(input)?.rate ?? null).toBe(rateText === 0 ? null : rateText);
    expect(readCap(input)).toBe(read(reference.cap, input));
  }
};

// Words and boundaries the expressions care about, in both cases and with the letters `iu` folds into theirs
// (ſ for s, the Kelvin sign for k), letters of other scripts and outside the BMP, marks and lone surrogates.
const PIECES = [
  "1",
  "0",
  "5",
  "12",
  ",",
  ".",
  "e",
  "E",
  "+",
  "-",
  " ",
  ":",
  "/",
  "\t",
  "điểm",
  "ĐIỂM",
  "Điểm",
  "đ",
  "Đ",
  "lần",
  "LẦN",
  "lượt",
  "Lượt",
  "sáng kiến",
  "SÁNG KIẾN",
  "văn bản",
  "trường hợp",
  "người",
  "công trình",
  "giải",
  "đợt",
  "cuộc",
  "việc",
  "vụ",
  "tin",
  "bài",
  "báo cáo",
  "đề tài",
  "points",
  "POINTS",
  "pts",
  "PTſ",
  "time",
  "TIMES",
  "occurrence",
  "case",
  "caſe",
  "01 ",
  "tối đa",
  "TỐI ĐA",
  "không quá",
  "KHÔNG QUÁ",
  "max",
  "MAXIMUM",
  "up to",
  "UP TO",
  "\u212a",
  "x",
  "ể",
  "ÿ",
  "ı",
  "İ",
  "ß",
  "漢",
  "Ω",
  "𝐀",
  "😀",
  "\u0301",
  "\u0323",
  "\ud800",
  "\udc00",
  "\u00a0",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 2 })), {
    minLength: 1,
    maxLength: 12,
  })
  .map((p) => p.join(""));

describe("the rate expressions over folded text", () => {
  it("read the same numbers as the `\\p{L}` and `iu` expressions, and as the lookbehind ones before them", () => {
    fc.assert(fc.property(text, expectSameReads), { numRuns: 20000 });
  });

  it.each([
    ["1,5 ĐIỂM/LẦN", 1.5],
    ["2 POINTſ/CAſE", 2],
    ["A12đ/lần", null],
    ["𝐀12đ/lần", null],
    ["😀12đ/lần", 12],
    ["3đ/lầnx", null],
    ["3đ/lần漢", null],
    ["3đ/lần\u0308", 3],
    ["1E+300Đ/LẦN", null],
  ])("%j: rate %p, as the reference reads it", (input, rate) => {
    expect(rateInMax(input)?.rate ?? null).toBe(rate);
    expect(read(REFERENCE.max, input)).toBe(rate);
    expectSameReads(input);
  });

  it.each([
    ["1e+300đ/lần", null],
    ["x+3đ/lần", 3],
    ["+2 điểm/lần", 2],
    ["12,5đ/lần", 12.5],
    ["A12đ/lần", null],
  ])("%j: rate %p, as the first (lookbehind) expression read it", (input, rate) => {
    expect(rateInMax(input)?.rate ?? null).toBe(rate);
    expect(read(ORIGINAL.max, input)).toBe(rate);
  });

  it.each([
    ["tối đa 2 điểm", 2],
    ["tối đa:2", 2],
    ["tối đa2", null],
    ["tối đa +2", null],
  ])("%j: cap %p, as the first (lookbehind) expression read it", (input, cap) => {
    expect(readCap(input)).toBe(cap);
    expect(read(ORIGINAL.cap, input)).toBe(cap);
  });

  it("fold every code point to a letter of RATE_LETTERS exactly when it is a letter", () => {
    const letter = /\p{L}/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      const isLetter = letter.test(char);
      const result = folded(char);
      if (result.length !== 1 || RATE_LETTERS.includes(result) !== isLetter) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("fold a character to a letter the expressions name exactly when `iu` matches that letter with it", () => {
    const letters = [...RATE_LETTERS].filter((letter) => letter !== "z");
    const matchers = letters.map((letter) => new RegExp(`^${letter}$`, "iu"));
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      // Case folding only relates characters that have a case mapping, and the letters themselves.
      if (char.toLowerCase() === char && char.toUpperCase() === char && !RATE_LETTERS.includes(char))
        continue;
      letters.forEach((letter, i) => {
        if (matchers[i]!.test(char) !== (folded(char) === letter))
          wrong.push(`${code.toString(16)} ${letter}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});
