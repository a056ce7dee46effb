import fc from "fast-check";
import { codePointAt, letterClass } from "../../../src/engine/text/letterClass";
import { DIGITS, LETTER_RUNS } from "../../../src/engine/text/letterRuns";
import { hostCell } from "../../../src/excel/hostCell";

const generator = require("../../../scripts/make-letter-runs.js") as {
  table: () => { DIGITS: string; LETTER_RUNS: string };
};

describe("letterClass", () => {
  it("is the class `\\p{L}` and `\\p{M}` give every code point", () => {
    const letter = /\p{L}/u;
    const mark = /\p{M}/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      const char = String.fromCodePoint(code);
      const expected = letter.test(char) ? 1 : mark.test(char) ? 2 : 0;
      if (letterClass(code) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("comes from a table that is current (node scripts/make-letter-runs.js)", () => {
    expect({ DIGITS, LETTER_RUNS }).toEqual(generator.table());
  });

  it("reads code points as a `u` expression does: pairs whole, lone surrogates alone", () => {
    expect(codePointAt("a𝐀", 1)).toEqual({ code: 0x1d400, size: 2 });
    expect(codePointAt("\ud835", 0)).toEqual({ code: 0xd835, size: 1 });
    expect(codePointAt("\udc00\ud835", 0)).toEqual({ code: 0xdc00, size: 1 });
  });
});

// hostCell's plain-words test replaced this expression; it must decide the same for every string.
const PLAIN_TEXT = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u;
const reference = (value: string) =>
  PLAIN_TEXT.test(value) && !/^(true|false)$/i.test(value) ? value : `'${value}`;

const PIECES = [
  " ",
  "  ",
  "a",
  "Z",
  "đ",
  "Điểm",
  "ể",
  "\u0301",
  "\u0323",
  "Tiếng Việt",
  "漢字",
  "𝐀",
  "😀",
  "1",
];
const PIECES_MORE = [
  "TRUE",
  "false",
  "-",
  "=",
  "'",
  "\ud800",
  "\udc00",
  "\u00a0",
  "\t",
  "ǅ",
  "ʰ",
  "々",
  "\u0903",
];
const strings = fc
  .array(fc.oneof(fc.constantFrom(...PIECES, ...PIECES_MORE), fc.string({ unit: "binary", maxLength: 3 })), {
    maxLength: 8,
  })
  .map((parts) => parts.join(""));

describe("hostCell's plain words", () => {
  it("are what `^[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)*$` matches", () => {
    fc.assert(
      fc.property(strings, (value) => {
        expect(hostCell(value)).toBe(value === "" ? "" : reference(value));
      }),
      { numRuns: 20000 },
    );
  });

  it.each(["Ban Tổ chức", "Tiếng Việt", "Khối thi đua", "漢字", "a\u0301", "𝐀𝐁"])(
    "%j is written as typed",
    (v) => expect(hostCell(v)).toBe(v),
  );

  it.each([" a", "a ", "a  b", "TRUE", "\ud800", "a1", "😀"])("%j gets the quote prefix", (v) =>
    expect(hostCell(v)).toBe(`'${v}`),
  );
});
