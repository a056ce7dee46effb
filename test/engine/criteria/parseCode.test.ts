import { parseCode, splitLeadingCode } from "../../../src/engine/criteria/parseCode";

describe("parseCode", () => {
  it.each([
    ["I", { level: "group", label: "I" }],
    ["XIX", { level: "group", label: "XIX" }],
    ["XX.", { level: "group", label: "XX" }],
    ["B", { level: "group", label: "B" }],
    ["1", { level: "criterion", path: [1] }],
    ["1.2.3", { level: "criterion", path: [1, 2, 3] }],
    ["2.", { level: "criterion", path: [2] }],
    ["a", { level: "item", letter: "a" }],
    ["đ)", { level: "item", letter: "đ" }],
    ["(c)", { level: "item", letter: "c" }],
    ["-", { level: "bullet" }],
    ["IIII", { level: "unrecognized" }],
    ["1-2", { level: "unrecognized" }],
    ["ab", { level: "unrecognized" }],
    ["", { level: "unrecognized" }],
  ])("%s", (code, shape) => {
    expect(parseCode(code)).toEqual(shape);
  });

  it("splits a code typed before the text, and only with a separator", () => {
    expect(splitLeadingCode("II. Công tác đoàn thể")).toEqual({ code: "II", rest: "Công tác đoàn thể" });
    expect(splitLeadingCode("1.2. Đúng hạn")).toEqual({ code: "1.2", rest: "Đúng hạn" });
    expect(splitLeadingCode("b) Có kế hoạch")).toEqual({ code: "b", rest: "Có kế hoạch" });
    expect(splitLeadingCode("2 lần trở lên")).toBeNull();
    expect(splitLeadingCode("Công tác khác")).toBeNull();
  });
});
