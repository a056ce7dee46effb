import { main } from "../../src/cli/main";
import { doneStatus, EXIT, failureJson, issueJson, reporter } from "../../src/cli/report";
import { issue } from "../../src/engine";
import { partyBloc } from "../../src/samples/partyBloc";
import { cliError } from "../../src/strings/cliErrors";
import { formatIssue } from "../../src/strings/issueMessages";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { sheet, workbook } from "../helpers/grid";

const scoreIssue = issue({
  code: "score-not-number",
  sheet: "Tổng hợp",
  cell: "F9",
  unit: "Văn phòng Tỉnh ủy",
  criterion: "1.1",
  value: "abc",
});
const formIssue = issue({
  code: "form-unreadable",
  file: "hong.xlsx",
  sheet: "",
  cell: "",
  details: { reason: "x" },
});
const enoent = Object.assign(new Error("ENOENT: gone.xlsx"), { code: "ENOENT" });

describe("an issue in --json", () => {
  it("has the same fields in the same order for every command, its message in the run's language", () => {
    for (const lang of ["vi", "en"] as const) {
      const shown = issueJson(scoreIssue, lang, "cluster");
      expect(Object.keys(shown)).toEqual([
        "code",
        "severity",
        "sheet",
        "cell",
        "unit",
        "criterion",
        "message",
      ]);
      expect(shown).toEqual({
        code: "score-not-number",
        severity: "error",
        sheet: "Tổng hợp",
        cell: "F9",
        unit: "Văn phòng Tỉnh ủy",
        criterion: "1.1",
        message: formatIssue(scoreIssue, lang, "cluster"),
      });
    }
  });

  it("says null for a unit or criterion it is not about, and names the file only when asked (merge)", () => {
    const shown = issueJson(formIssue, "vi", "bloc", true);
    expect(Object.keys(shown)).toEqual([
      "code",
      "severity",
      "sheet",
      "cell",
      "unit",
      "criterion",
      "file",
      "message",
    ]);
    expect(shown).toMatchObject({ code: "form-unreadable", unit: null, criterion: null, file: "hong.xlsx" });
    expect(issueJson(scoreIssue, "vi", "bloc", true)).toMatchObject({ file: null });
    expect(issueJson(formIssue, "vi", "bloc")).not.toHaveProperty("file");
  });
});

describe("a failure", () => {
  it("is { ok: false, error, file } and what else the command knows", () => {
    const problem = { code: "usage", message: "m" };
    expect(JSON.parse(failureJson(problem, "a.xlsx", { output: "b.xlsx" }))).toEqual({
      ok: false,
      error: { code: "usage", message: "m" },
      file: "a.xlsx",
      output: "b.xlsx",
    });
    expect(Object.keys(JSON.parse(failureJson(problem, "")))).toEqual(["ok", "error", "file"]);
  });

  it("is one stderr line naming the command and file, and with --json one object; exit 2 unless told", () => {
    const run = fakeCliIo({});
    const report = reporter(run.io, "merge", { json: true }, () => ({ output: "o.xlsx" }));
    expect(report.fail("m.xlsx", { code: "same-as-input", message: "m" })).toBe(EXIT.failed);
    expect(report.fail("", { code: "no-units", message: "n" }, EXIT.dataErrors)).toBe(EXIT.dataErrors);
    expect(run.stderr()).toBe("bloc-rank merge: m.xlsx: m\nbloc-rank merge: n\n");
    expect(
      run
        .stdout()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { ok: false, error: { code: "same-as-input", message: "m" }, file: "m.xlsx", output: "o.xlsx" },
      { ok: false, error: { code: "no-units", message: "n" }, file: "", output: "o.xlsx" },
    ]);
  });

  it("prints nothing on stdout without --json", () => {
    const run = fakeCliIo({});
    expect(reporter(run.io, "rank", { json: false }).failOn("x.xlsx", enoent)).toBe(EXIT.failed);
    expect(run.stdout()).toBe("");
    expect(run.stderr()).toBe(`bloc-rank: x.xlsx: ${cliError("vi", "file-not-found")}\n`);
  });

  it("follows --lang, else Vietnamese until the settings are read, then the settings' language", () => {
    const codes = (lang: "vi" | "en" | null, settings: "vi" | "en") => {
      const run = fakeCliIo({});
      const report = reporter(run.io, "rank", { json: true, lang });
      const before = report.lang;
      report.failOn("x.xlsx", enoent);
      const after = report.settle({ lang: settings });
      report.failOn("x.xlsx", enoent);
      const messages = run
        .stdout()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line).error);
      expect(messages).toEqual([
        { code: "file-not-found", message: cliError(before, "file-not-found") },
        { code: "file-not-found", message: cliError(after, "file-not-found") },
      ]);
      return [before, after, report.lang];
    };
    expect(codes(null, "en")).toEqual(["vi", "en", "en"]);
    expect(codes("en", "vi")).toEqual(["en", "en", "en"]);
    expect(codes("vi", "en")).toEqual(["vi", "vi", "vi"]);
  });
});

describe("exit statuses", () => {
  it("are 0 done, 1 done despite data errors, 2 nothing done (DESIGN §8)", () => {
    expect(EXIT).toEqual({ ok: 0, dataErrors: 1, failed: 2 });
    expect([doneStatus(false), doneStatus(true)]).toEqual([EXIT.ok, EXIT.dataErrors]);
  });

  const CRITERIA = partyBloc(2024).sheets.find((s) => s.name === "Bảng tiêu chí")!;
  const ROSTER = partyBloc(2024).sheets.find((s) => s.name === "Đơn vị")!;

  let inputs: Record<string, Uint8Array> = {};
  beforeAll(async () => {
    inputs = await files();
  });

  async function files(): Promise<Record<string, Uint8Array>> {
    const wrong = partyBloc(2024);
    wrong.sheets[2]!.values[8]![5] = "abc";
    const badCriteria = CRITERIA.values.map((row) => [...row]);
    badCriteria[badCriteria.findIndex((row) => row[0] === "1.1")]![2] = "mười";
    return {
      "khoi.xlsx": await xlsxOf(partyBloc(2024)),
      "loi.xlsx": await xlsxOf(wrong),
      "tc-loi.xlsx": await xlsxOf(workbook(sheet(CRITERIA.name, badCriteria), ROSTER)),
      "ds.xlsx": await xlsxOf(workbook(ROSTER)),
      "tc.xlsx": await xlsxOf(workbook(CRITERIA)),
      "hong.xlsx": new TextEncoder().encode("not a workbook"),
      "master.xlsx": await xlsxOf(f.freshMaster()),
      "vp.xlsx": await xlsxOf({ sheets: [f.filled(f.UNITS[0]!)] }),
    };
  }

  // With --json, the one object (the last line: a form already there needs a first run) says ok on exit 0
  // only, and a failure's code says which failure it was.
  it.each([
    ["help", ["--help"], EXIT.ok, null],
    ["a usage error", ["a.xlsx", "--frobnicate"], EXIT.failed, "usage"],
    ["rank: ranked", ["khoi.xlsx"], EXIT.ok, null],
    ["rank: data errors", ["loi.xlsx"], EXIT.dataErrors, null],
    ["rank --check: data errors", ["loi.xlsx", "--check"], EXIT.dataErrors, null],
    ["rank: unreadable input", ["hong.xlsx"], EXIT.failed, "not-xlsx"],
    ["rank: missing input", ["mat.xlsx"], EXIT.failed, "file-not-found"],
    ["rank: output is the input", ["khoi.xlsx", "-o", "khoi.xlsx"], EXIT.failed, "same-as-input"],
    ["forms: made", ["forms", "khoi.xlsx"], EXIT.ok, null],
    ["forms: made from a criteria table with errors", ["forms", "tc-loi.xlsx"], EXIT.dataErrors, null],
    ["forms: no criteria table", ["forms", "ds.xlsx"], EXIT.dataErrors, "no-criteria"],
    ["forms: no unit", ["forms", "tc.xlsx"], EXIT.dataErrors, "no-units"],
    ["forms: unreadable input", ["forms", "hong.xlsx"], EXIT.failed, "not-xlsx"],
    ["forms: a form already there", ["forms", "khoi.xlsx", "-o", "."], EXIT.failed, "forms-exist"],
    ["merge: brought in", ["merge", "master.xlsx", "vp.xlsx"], EXIT.ok, null],
    [
      "merge: an unusable returned file",
      ["merge", "master.xlsx", "vp.xlsx", "hong.xlsx"],
      EXIT.dataErrors,
      null,
    ],
    ["merge: unreadable master", ["merge", "hong.xlsx", "vp.xlsx"], EXIT.failed, "not-xlsx"],
    [
      "merge: output is an input",
      ["merge", "master.xlsx", "vp.xlsx", "-o", "vp.xlsx"],
      EXIT.failed,
      "same-as-input",
    ],
  ] as const)("%s (%j): exit %i, error %s", async (_situation, argv, status, code) => {
    for (const json of [[], ["--json"]]) {
      const run = fakeCliIo({ ...inputs });
      if ((argv as readonly string[]).includes(".")) await main(["forms", "khoi.xlsx", "-o", "."], run.io);
      expect(await main([...argv, ...json], run.io)).toBe(status);
      if (json.length === 0) continue;
      const shown = JSON.parse(run.stdout().split("\n").filter(Boolean).pop()!);
      expect([shown.ok, shown.error?.code ?? null]).toEqual([status === EXIT.ok, code]);
    }
  });
});
