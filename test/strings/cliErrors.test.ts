import { cliError, type CliErrorCode } from "../../src/strings/cliErrors";
import { usageText } from "../../src/strings/cliHelp";

const CODES = Object.keys(cliError.vi) as CliErrorCode[];
const VALUES = {
  option: "-o",
  value: "--json",
  command: "forms",
  sheet: "Xếp hạng",
  detail: "x",
  n: 2,
  files: "a, b",
  input: "khoi.xlsx",
};

describe("command-line errors", () => {
  it("have the same codes in vi and en", () => {
    expect(Object.keys(cliError.en).sort()).toEqual([...CODES].sort());
  });

  it.each(CODES)("%s is worded in both languages, every placeholder filled", (code) => {
    const [vi, en] = [cliError("vi", code, VALUES), cliError("en", code, VALUES)];
    expect(vi).not.toBe(en);
    expect([vi, en].join(" ")).not.toMatch(/\{\w+\}/);
  });

  it("give the usage of every command in both languages, line for line", () => {
    const [vi, en] = [usageText("vi").split("\n"), usageText("en").split("\n")];
    expect(vi).toHaveLength(en.length);
    for (const [i, line] of en.entries()) {
      expect(line.match(/--?[a-z]+/g)).toEqual(vi[i]!.match(/--?[a-z]+/g));
      expect(line).not.toBe(vi[i]);
    }
  });
});
