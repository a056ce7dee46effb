import { main } from "../../src/cli/main";
import { cliError } from "../../src/strings/cliErrors";
import { helpText, usageText } from "../../src/strings/cliHelp";
import { cliCount, cliLabel } from "../../src/strings/cliLabels";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import { decreeBloc } from "../helpers/decreeBloc";
import { fakeCliIo } from "../helpers/fakeCliIo";

const LANGS = ["vi", "en"] as const;
// Every option each command takes, as the help must list it on a line of its own.
const OPTIONS = {
  rank: ["-o, --output", "--check", "--json", "--lang"],
  forms: ["-o, --output", "--json", "--lang"],
  merge: ["-o, --output", "--replace", "--json", "--lang"],
} as const;

async function help(argv: string[]) {
  const run = fakeCliIo({});
  const status = await main(argv, run.io);
  return { status, out: run.stdout(), err: run.stderr() };
}

/** The help's block of one command: from its command line to the next blank line. */
function block(text: string, command: "rank" | "forms" | "merge"): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((line) =>
    command === "rank"
      ? /^\s+bloc-rank \S+\.xlsx /.test(line)
      : line.trim().startsWith(`bloc-rank ${command} `),
  );
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line.trim() === "");
  return lines.slice(start, end);
}

describe.each(LANGS)("bloc-rank --help (%s)", (lang) => {
  it.each([[["--help"]], [["-h"]], [["help"]], [["khoi.xlsx", "--help"]]])(
    "%j exits 0 and prints every command with each option on its own line",
    async (argv) => {
      const { status, out, err } = await help([...argv, "--lang", lang]);
      expect(status).toBe(0);
      expect(err).toBe("");
      expect(out).toBe(`${helpText(lang)}\n`);
      for (const [command, options] of Object.entries(OPTIONS)) {
        const lines = block(out, command as keyof typeof OPTIONS);
        for (const option of options)
          expect(lines.filter((line) => line.trim().startsWith(option))).toHaveLength(1);
      }
      expect(out).toContain("bloc-rank help");
    },
  );

  it("is in the language asked for, Vietnamese by default", async () => {
    expect((await help(["--help"])).out).toBe(`${helpText("vi")}\n`);
    expect(helpText("vi")).not.toBe(helpText("en"));
    expect(helpText(lang)).toContain(cliError[lang].usage);
  });

  it.each([[["help", "forms"]], [["forms", "--help"]]])("%j prints the forms command alone", async (argv) => {
    const { status, out } = await help([...argv, "--lang", lang]);
    expect(status).toBe(0);
    expect(out).toBe(`${helpText(lang, "forms")}\n`);
    expect(block(out, "forms").length).toBeGreaterThan(OPTIONS.forms.length);
    expect(out).not.toMatch(/bloc-rank merge /);
  });

  it("help about an unknown command is a usage error in the language, exit 2", async () => {
    const { status, out, err } = await help(["help", "rnak", "--lang", lang]);
    expect(status).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(cliError(lang, "usage-help-topic", { command: "rnak" }));
    expect(err).toContain(usageText(lang));
  });

  it("an unknown option still exits 2 with the usage hint in the language, --lang after it", async () => {
    const { status, err } = await help(["khoi.xlsx", "--frobnicate", "--lang", lang]);
    expect(status).toBe(2);
    expect(err).toContain(cliError(lang, "usage-unknown-option", { option: "--frobnicate" }));
    expect(err).toContain(usageText(lang));
    // The hint names the three commands and where to find each option.
    expect(usageText(lang)).toMatch(/bloc-rank forms [\s\S]*bloc-rank merge [\s\S]*--help/);
  });
});

describe("file errors follow --lang", () => {
  it.each([
    ["vi", ["mat.xlsx", "--lang", "vi"]],
    ["vi", ["mat.xlsx"]],
    ["en", ["mat.xlsx", "--lang", "en"]],
    ["en", ["--lang=en", "mat.xlsx"]],
  ] as const)(
    "a missing file in %s (%j): the dictionary's message, code file-not-found",
    async (lang, argv) => {
      const run = fakeCliIo({});
      expect(await main([...argv], run.io)).toBe(2);
      expect(run.stderr()).toBe(`bloc-rank: mat.xlsx: ${cliError[lang]["file-not-found"]}\n`);
      const json = fakeCliIo({});
      expect(await main([...argv, "--json"], json.io)).toBe(2);
      expect(JSON.parse(json.stdout()).error).toEqual({
        code: "file-not-found",
        message: cliError[lang]["file-not-found"],
      });
    },
  );

  it.each([[["forms", "mat.xlsx", "--lang", "vi", "--json"]], [["merge", "mat.xlsx", "vp.xlsx", "--json"]]])(
    "%j: a missing input of forms and merge in Vietnamese too",
    async (argv) => {
      const run = fakeCliIo({});
      expect(await main(argv, run.io)).toBe(2);
      expect(JSON.parse(run.stdout()).error.message).toBe(cliError.vi["file-not-found"]);
    },
  );

  it("an invalid --lang is a usage error reported in Vietnamese, in --json too", async () => {
    const run = fakeCliIo({});
    expect(await main(["mat.xlsx", "--json", "--lang", "xx"], run.io)).toBe(2);
    expect(JSON.parse(run.stdout()).error).toEqual({
      code: "usage",
      message: cliError("vi", "usage-lang", { value: "xx" }),
    });
    expect(run.stderr()).toContain(usageText("vi"));
  });
});

describe("bloc-rank forms in English", () => {
  it("counts the forms it made in the number's form", async () => {
    const one = decreeBloc([{ name: "Sở Y tế", i: 50, ii: 30 }]);
    const run = fakeCliIo({ "khoi.xlsx": await xlsxOf(one) });
    await main(["forms", "khoi.xlsx", "--lang", "en", "-o", "out"], run.io);
    const first = run.stdout().split("\n")[0];
    expect(first).toBe(cliLabel("en", "formsWritten", { forms: cliCount("en", 1, "form"), dir: "out" }));
  });
});
