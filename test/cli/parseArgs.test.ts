import { parseArgs } from "../../src/cli/parseArgs";
import { cliError } from "../../src/strings/cliErrors";

describe("parseArgs", () => {
  it("reads a workbook to rank as before, the default command", () => {
    expect(parseArgs(["khoi.xlsx", "--json", "--lang=en", "--check"])).toEqual({
      command: "rank",
      input: "khoi.xlsx",
      output: null,
      json: true,
      lang: "en",
      check: true,
    });
    expect(parseArgs(["khoi.xlsx", "-o", "out.xlsx"])).toMatchObject({ command: "rank", output: "out.xlsx" });
  });

  it("reads forms with its output folder", () => {
    expect(parseArgs(["forms", "khoi.xlsx", "-o", "thu-muc", "--lang", "vi"])).toEqual({
      command: "forms",
      input: "khoi.xlsx",
      outputDir: "thu-muc",
      json: false,
      lang: "vi",
    });
    expect(parseArgs(["forms", "--json", "khoi.xlsx"])).toMatchObject({ outputDir: null, json: true });
  });

  it("reads merge with its master and every returned workbook, in order", () => {
    expect(parseArgs(["merge", "master.xlsx", "a.xlsx", "b.xlsx", "-o", "out.xlsx", "--json"])).toEqual({
      command: "merge",
      master: "master.xlsx",
      returned: ["a.xlsx", "b.xlsx"],
      output: "out.xlsx",
      json: true,
      lang: null,
      replace: false,
    });
    expect(parseArgs(["merge", "m.xlsx", "r.xlsx", "--replace"])).toMatchObject({ replace: true });
  });

  it.each([
    [[]],
    [["forms"]],
    [["forms", "a.xlsx", "b.xlsx"]],
    [["forms", "a.xlsx", "--check"]],
    [["merge"]],
    [["merge", "master.xlsx"]],
    [["merge", "m.xlsx", "r.xlsx", "--check"]],
    [["merge", "m.xlsx", "r.xlsx", "-o"]],
    [["forms", "a.xlsx", "--lang", "fr"]],
    [["forms", "a.xlsx", "--replace"]],
    [["a.xlsx", "--replace"]],
    [["a.xlsx", "--check", "-o", "b.xlsx"]],
    [["a.xlsx", "-o", "--json"]],
    [["a.xlsx", "--output", "--lang", "en"]],
    [["forms", "a.xlsx", "-o", "--json"]],
    [["merge", "m.xlsx", "r.xlsx", "-o", "--replace"]],
  ])("refuses %j with a message", (argv) => {
    expect(typeof parseArgs(argv)).toBe("string");
  });

  it("words a usage error in the language --lang asks for, Vietnamese by default", () => {
    const vi = parseArgs(["a.xlsx", "-o", "--json"]);
    const en = parseArgs(["a.xlsx", "--lang", "en", "-o", "--json"]);
    expect([typeof vi, typeof en]).toEqual(["string", "string"]);
    expect(vi).not.toBe(en);
    expect(parseArgs(["a.xlsx", "--lang=en", "-o", "--json"])).toBe(en);
  });

  it("reads --help and help as the help command", () => {
    expect(parseArgs(["--help"])).toEqual({ command: "help", topic: null, json: false, lang: null });
    expect(parseArgs(["help", "--lang", "en"])).toEqual({
      command: "help",
      topic: null,
      json: false,
      lang: "en",
    });
    expect(parseArgs(["khoi.xlsx", "-h"])).toMatchObject({ command: "help", topic: null });
  });

  it("reads help COMMAND and COMMAND --help as the help of that command", () => {
    expect(parseArgs(["help", "forms"])).toMatchObject({ command: "help", topic: "forms" });
    expect(parseArgs(["merge", "--help"])).toMatchObject({ command: "help", topic: "merge" });
    // Without a workbook: --help wins over what the command would need.
    expect(parseArgs(["forms", "-h", "--lang", "en"])).toMatchObject({ topic: "forms", lang: "en" });
  });

  it("refuses help about a command that does not exist, in the language asked for", () => {
    const vi = parseArgs(["help", "rnak"]);
    expect(vi).toBe(cliError("vi", "usage-help-topic", { command: "rnak" }));
    expect(parseArgs(["help", "rnak", "--lang", "en"])).toBe(
      cliError("en", "usage-help-topic", { command: "rnak" }),
    );
  });
});
