import { rateInMax, rateInText, readCap } from "../../../src/engine/criteria/parseRate";
import { issue } from "../../../src/engine/issues";
import { NUMBER_LIMIT, readNumber } from "../../../src/engine/read/readNumber";
import type { CellValue } from "../../../src/engine/workbook";

describe("readNumber: the limits of DESIGN §9", () => {
  it.each<[string, CellValue]>([
    ["a 400-digit text", `1${"0".repeat(399)}`],
    ["a 32,000-digit text", "9".repeat(32_000)],
    ["a 400-digit text with a decimal comma and points", `${"9".repeat(400)},5 điểm`],
    ["a negative 400-digit text", `-${"9".repeat(400)}`],
    ["one more than 10¹⁵ as text", "1000000000000001"],
    ["1e999 as text", "1e999"],
    ["1E+300 as text", "1E+300"],
    ["−1,5e20 as text", "−1,5e20"],
    ["a number cell 1e300", 1e300],
    ["a number cell −1e300", -1e300],
    ["a number cell just beyond 10¹⁵", 1e15 + 2],
    ["Infinity", Infinity],
    ["−Infinity", -Infinity],
    ["NaN", NaN],
  ])("reads %s as out of range", (_what, value) => {
    expect(readNumber(value)).toMatchObject({ kind: "invalid", outOfRange: true });
  });

  it.each<[CellValue, number]>([
    [1e15, 1e15],
    [-1e15, -1e15],
    ["1000000000000000", 1e15],
    ["-1000000000000000", -1e15],
    [`${"0".repeat(400)}7,5`, 7.5],
    [`0.${"5".repeat(400)}`, Number(`0.${"5".repeat(400)}`)],
  ])("still reads %p as %p", (value, expected) => {
    expect(readNumber(value)).toMatchObject({ kind: "number", value: expected });
  });

  it("says nothing of range for text that is no number, nor for small exponents (text, as before)", () => {
    for (const value of ["abc", "1e5", "1e-300", "#NUM!"]) {
      const read = readNumber(value);
      expect(read).toEqual({ kind: "invalid", text: value });
    }
    expect(NUMBER_LIMIT).toBe(1e15);
  });

  it("reads a 32,000-digit text in linear time", () => {
    const start = Date.now();
    for (let i = 0; i < 20; i++) readNumber(`${"9".repeat(32_000)}x`);
    expect(Date.now() - start).toBeLessThan(1_000);
  });
});

describe("per-occurrence rates in hostile cells", () => {
  it("finds no rate in a 32,000-digit cell, and quickly (an unbounded search backtracks from every digit)", () => {
    const digits = "1".repeat(32_000);
    const start = Date.now();
    for (const text of [digits, `${digits}đ/lần`, `${digits},5/lần`, `tối đa ${digits}`]) {
      expect([rateInMax(text), rateInText(text), readCap(text)]).toEqual([null, null, null]);
    }
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  it("takes no rate from an exponent or from inside a word", () => {
    for (const text of ["1e999đ/lần", "1e+300đ/lần", "-1e+300 điểm/lần", "x5đ/lần"])
      expect([text, rateInMax(text)]).toEqual([text, null]);
    expect(rateInMax("-0,5đ/lần")?.rate).toBe(0.5);
    expect(rateInMax("(0,5đ/lần)")?.rate).toBe(0.5);
  });
});

describe("issue", () => {
  it("shortens a very long value for messages and the data check, and keeps a short one whole", () => {
    const long = issue({ code: "score-not-number", sheet: "S", cell: "A1", value: "9".repeat(32_000) });
    expect(long.value).toBe(`${"9".repeat(100)}…`);
    const sentence = "Đã hoàn thành nhưng chưa nộp báo cáo";
    expect(issue({ code: "score-not-number", sheet: "S", cell: "A1", value: sentence }).value).toBe(sentence);
    expect(issue({ code: "score-negative", sheet: "S", cell: "A1", value: -2 }).value).toBe(-2);
  });
});
