import { issue, ISSUE_CODES } from "../../src/engine/issues";
import { LANGS } from "../../src/engine/lang";
import { formatIssue, issueMessages } from "../../src/strings/issueMessages";

describe("issue messages", () => {
  it("has a non-empty message for every code in every language, and they differ between languages", () => {
    for (const code of ISSUE_CODES) {
      const sample = issue({
        code,
        sheet: "Tiêu chí",
        cell: "C7",
        value: "x",
        details: { max: 7.5, sum: 7, total: 90, scale: 100, read: 7.5, others: "S2" },
      });
      const texts = LANGS.map((lang) => formatIssue(sample, lang));
      for (const text of texts) expect(text.trim().length).toBeGreaterThan(20);
      expect(new Set(texts).size).toBe(LANGS.length);
    }
    expect(Object.keys(issueMessages.vi).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(issueMessages.en).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it("writes Vietnamese decimals with a comma and English ones with a point", () => {
    const sample = issue({
      code: "criteria-max-sum-mismatch",
      sheet: "S",
      cell: "C3",
      details: { max: 7.5, sum: 7.25 },
    });
    expect(formatIssue(sample, "vi")).toContain("7,25");
    expect(formatIssue(sample, "en")).toContain("7.25");
  });
});
