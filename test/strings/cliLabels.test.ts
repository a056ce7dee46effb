import { cliCount, type CountedNoun } from "../../src/strings/cliLabels";

const NOUNS: CountedNoun[] = ["error", "warning", "info", "dataError", "cell", "file", "form", "place"];

describe("cliCount", () => {
  it.each(NOUNS)("words one %s differently from two in English, the same noun in Vietnamese", (noun) => {
    const [one, two, none] = [1, 2, 0].map((n) => cliCount("en", n, noun).replace(/^\d+ /, ""));
    expect(one).not.toBe(two);
    expect(none).toBe(two);
    expect(two).toMatch(/s$/);
    expect(cliCount("vi", 1, noun).replace(/^\d+ /, "")).toBe(cliCount("vi", 2, noun).replace(/^\d+ /, ""));
    expect(cliCount("vi", 3, noun)).toMatch(/^3 \S/);
    expect(cliCount("vi", 3, noun)).not.toBe(cliCount("en", 3, noun));
  });
});
