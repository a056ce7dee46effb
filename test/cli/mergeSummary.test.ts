import { mergeSummary } from "../../src/cli/mergeSummary";
import type { FormImport } from "../../src/engine/merge/planMerge";
import { issue } from "../../src/engine/issues";
import { cliCount } from "../../src/strings/cliLabels";
import { mergeLabel, statusLabel } from "../../src/strings/mergeLabels";

const LANGS = ["vi", "en"] as const;
const entry = (changes: Partial<FormImport>): FormImport => ({
  file: "vp.xlsx",
  sheet: "Phiếu",
  unit: "Văn phòng Tỉnh ủy",
  status: "imported",
  target: "Tổng hợp",
  written: 1,
  ...changes,
});
const lineOf = (text: string, file: string) => text.split("\n").find((l) => l.trim().startsWith(file))!;

describe.each(LANGS)("the merge summary (%s)", (lang) => {
  it("counts cells in the number's form", () => {
    const text = mergeSummary("khoi.xlsx", [entry({}), entry({ file: "btc.xlsx", written: 2 })], [], lang);
    expect(lineOf(text, "vp.xlsx")).toContain(cliCount(lang, 1, "cell"));
    expect(lineOf(text, "btc.xlsx")).toContain(cliCount(lang, 2, "cell"));
    expect(text).toContain(`${cliCount(lang, 0, "error")}, ${cliCount(lang, 0, "warning")}`);
  });

  it("says a partly imported form with no cell written imported nothing, and names no target", () => {
    const text = mergeSummary("khoi.xlsx", [entry({ status: "partial", written: 0 })], [], lang);
    const line = lineOf(text, "vp.xlsx");
    expect(line).toContain(mergeLabel(lang, "nothingImported"));
    expect(line).not.toContain(statusLabel(lang, "partial"));
    expect(line).not.toContain("Tổng hợp");
  });

  it("gives a file not imported its status and the issue its reason, without 'unit unknown'", () => {
    const unreadable = issue({
      code: "form-unreadable",
      file: "thu.xlsx",
      sheet: "",
      cell: "",
      details: { reason: "x" },
    });
    const skipped = entry({
      file: "thu.xlsx",
      sheet: null,
      unit: null,
      status: "skipped",
      target: null,
      written: 0,
    });
    const text = mergeSummary("khoi.xlsx", [skipped], [unreadable], lang);
    expect(lineOf(text, "thu.xlsx").trim()).toBe(`thu.xlsx: ${statusLabel(lang, "skipped")}`);
    expect(text).not.toContain(mergeLabel(lang, "noUnit"));
    expect(text).toContain(cliCount(lang, 1, "error"));
  });
});
