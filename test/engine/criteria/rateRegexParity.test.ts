import fc from "fast-check";
import { rateInMax, rateInText, readCap } from "../../../src/engine/criteria/parseRate";

// The rate expressions are regular expression literals without lookbehind, so that Babel can compile them for
// the ES5 ribbon bundle (IE11 has no lookbehind and no `\p{L}`). They must read exactly what the earlier
// lookbehind expressions read: those stay here as the reference, built the way parseRate built them.
const PER =
  "lần|lượt|sáng kiến|vụ|việc|trường hợp|văn bản|báo cáo|tin|bài|đợt|cuộc|người|đề tài|công trình|giải|time|times|occurrence|case";
const NUMBER = "(?<![\\d.,\\p{L}])(?<![eE][+\\-])(\\d{1,15}(?:[.,]\\d{1,15})?)";
const REFERENCE = {
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

// Pieces that meet at the boundaries the expressions care about: digits, separators, signs after an `e`,
// letters with and without diacritics, the units and the counted words.
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
  "x",
  "ể",
  "đ",
  "điểm",
  "/",
  "lần",
];
const MORE = ["tối đa", "max", "maximum", "up to", "01 ", "pts", "\t", "times", "Đ", "Lần", "văn bản", "漢"];
const text = fc
  .array(fc.constantFrom(...PIECES, ...MORE), { minLength: 1, maxLength: 10 })
  .map((p) => p.join(""));

describe("the ES5-compilable rate expressions", () => {
  it("read the same numbers as the lookbehind expressions they replace", () => {
    fc.assert(
      fc.property(text, (input) => {
        const rateMax = read(REFERENCE.max, input);
        const rateText = read(REFERENCE.text, input);
        const cap = read(REFERENCE.cap, input);
        expect(rateInMax(input)?.rate ?? null).toBe(rateMax === 0 ? null : rateMax);
        expect(rateInText(input)?.rate ?? null).toBe(rateText === 0 ? null : rateText);
        expect(readCap(input)).toBe(cap);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["1e+300đ/lần", null],
    ["x+3đ/lần", 3],
    ["+2 điểm/lần", 2],
    ["12,5đ/lần", 12.5],
    ["A12đ/lần", null],
  ])("%j: rate %p", (input, rate) => {
    expect(rateInMax(input)?.rate ?? null).toBe(rate);
    expect(read(REFERENCE.max, input)).toBe(rate);
  });

  it.each([
    ["tối đa 2 điểm", 2],
    ["tối đa:2", 2],
    ["tối đa2", null],
    ["tối đa +2", null],
  ])("%j: cap %p", (input, cap) => {
    expect(readCap(input)).toBe(cap);
    expect(read(REFERENCE.cap, input)).toBe(cap);
  });
});
