import { fillTemplate } from "../../src/strings/fillTemplate";
import { label } from "../../src/strings/outputLabels";

describe("fillTemplate", () => {
  it("fills placeholders from the values, then the fallback, and leaves an unknown one to be seen", () => {
    expect(fillTemplate("{a} {b} {c}", { a: 1 }, { b: "x" })).toBe("1 x {c}");
  });

  it("writes a count with its English noun in the singular for 1 only", () => {
    const template = "{n|error|errors}";
    expect([0, 1, 2, "01"].map((n) => fillTemplate(template, { n }))).toEqual([
      "0 errors",
      "1 error",
      "2 errors",
      "01 error",
    ]);
  });

  it("leaves a plural placeholder without a value as it is", () => {
    expect(fillTemplate("{n|error|errors}", {})).toBe("{n|error|errors}");
  });

  it("gives the data check's English counts in the right number, with no (s) left in the labels", () => {
    const one = label("en", "dataCheckSummary", { errors: 1, warnings: 2, infos: 1 });
    const many = label("en", "dataCheckSummary", { errors: 2, warnings: 2, infos: 2 });
    const nouns = (text: string) => text.split(", ").map((part) => part.split(" ").slice(1).join(" "));
    // The singular's nouns differ from the plural's where the count is 1, and only there.
    expect(nouns(one).map((noun, i) => noun === nouns(many)[i])).toEqual([false, true, false]);
    for (const n of [1, 2]) {
      expect(label("en", "provisional", { n })).not.toMatch(/\(s\)|\{/);
      expect(label("en", "awardGroup", { award: "Flag", n })).not.toMatch(/\(s\)|\{/);
    }
  });
});
