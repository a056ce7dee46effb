import * as evaluate from "../../src/engine/evaluateBloc";
import * as merging from "../../src/engine/merge/planMerge";
import { main } from "../../src/cli/main";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";

async function files(): Promise<Record<string, Uint8Array>> {
  return {
    "khoi.xlsx": await xlsxOf(partyBloc(2024)),
    "master.xlsx": await xlsxOf(f.freshMaster()),
    "vp.xlsx": await xlsxOf({ sheets: [f.filled(f.UNITS[0]!)] }),
  };
}

/** Runs the CLI and checks the failure contract: exit 2, one stderr line, one JSON object, inputs untouched. */
async function failure(argv: string[], run: ReturnType<typeof fakeCliIo>) {
  const before = Object.fromEntries(
    Object.entries(run.files).map(([name, data]) => [name, Buffer.from(data)]),
  );
  expect([argv.join(" "), await main(argv, run.io)]).toEqual([argv.join(" "), 2]);
  const lines = run.stdout().split("\n").filter(Boolean);
  expect(lines).toHaveLength(1);
  const report = JSON.parse(lines[0]!);
  expect(report).toMatchObject({
    ok: false,
    error: { code: expect.any(String), message: expect.any(String) },
  });
  expect(report.error.message.length).toBeGreaterThan(5);
  expect(run.stderr()).not.toMatch(/\bat \S+ \(/);
  expect(Object.keys(run.files).sort()).toEqual(Object.keys(before).sort());
  for (const [name, data] of Object.entries(before))
    expect(Buffer.from(run.files[name]!).equals(data)).toBe(true);
  return report as { error: { code: string; message: string; files?: string[] } };
}

const COMMANDS = [
  ["rank", ["khoi.xlsx"]],
  ["forms", ["forms", "khoi.xlsx"]],
  ["merge", ["merge", "master.xlsx", "vp.xlsx"]],
] as const;

afterEach(() => jest.restoreAllMocks());

describe("--json prints exactly one JSON object on every path, exit 2 included", () => {
  it.each([
    [["--json"]],
    [["forms", "--json"]],
    [["merge", "master.xlsx", "--json"]],
    [["khoi.xlsx", "--frobnicate", "--json"]],
  ])("a usage error %j: code usage", async (argv) => {
    expect((await failure(argv, fakeCliIo(await files()))).error.code).toBe("usage");
  });

  it.each(COMMANDS)(
    "%s: a missing input is file-not-found, worded in vi by default and in en on --lang en",
    async (_c, argv) => {
      const missing = argv.map((arg) => (arg.endsWith(".xlsx") && arg !== "vp.xlsx" ? "mat.xlsx" : arg));
      const vi = await failure([...missing, "--json"], fakeCliIo(await files()));
      const en = await failure([...missing, "--json", "--lang", "en"], fakeCliIo(await files()));
      expect([vi.error.code, en.error.code]).toEqual(["file-not-found", "file-not-found"]);
      expect(vi.error.message).not.toBe(en.error.message);
    },
  );

  it.each(COMMANDS)(
    "%s: an exception from the surroundings (the clock) is caught: internal, one line on stderr",
    async (command, argv) => {
      const run = fakeCliIo(await files());
      run.io.now = () => {
        throw new Error("clock broken\nsecond line");
      };
      expect((await failure([...argv, "--json"], run)).error.code).toBe("internal");
      expect(run.stderr()).toMatch(/^bloc-rank: [^\n]+\n$/);
      expect(command).toBeTruthy();
    },
  );

  it.each(COMMANDS.slice(0, 2))(
    "%s: an exception inside the engine is caught the same way",
    async (_c, argv) => {
      jest.spyOn(evaluate, "evaluateBloc").mockImplementation(() => {
        throw new Error("[big.js] Invalid number");
      });
      const run = fakeCliIo(await files());
      expect((await failure([...argv, "--json"], run)).error.code).toBe("internal");
      expect(run.stderr()).toMatch(/^bloc-rank: [^\n]+\n$/);
    },
  );

  it("merge: an exception inside the merge plan is caught the same way", async () => {
    jest.spyOn(merging, "planMerge").mockImplementation(() => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    const run = fakeCliIo(await files());
    expect((await failure(["merge", "master.xlsx", "vp.xlsx", "--json"], run)).error.code).toBe("internal");
  });

  it("without --json an exception still ends with one line on stderr, nothing on stdout, exit 2", async () => {
    jest.spyOn(evaluate, "evaluateBloc").mockImplementation(() => {
      throw new Error("boom");
    });
    const run = fakeCliIo(await files());
    expect(await main(["khoi.xlsx"], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/^bloc-rank: [^\n]+\n$/);
    expect(run.stdout()).toBe("");
    expect(run.files["khoi.ranked.xlsx"]).toBeUndefined();
  });

  it.each(COMMANDS)(
    "%s: a reader that returns garbage instead of bytes is one failure, not a crash",
    async (_c, argv) => {
      const run = fakeCliIo(await files());
      const read = run.io.readFile;
      run.io.readFile = async (file) => (file === "vp.xlsx" ? read(file) : (null as unknown as Uint8Array));
      await failure([...argv, "--json"], run);
    },
  );
});

describe("bloc-rank forms never overwrites an existing file", () => {
  it("stops before writing anything, listing the files already under the forms' names", async () => {
    const run = fakeCliIo(await files());
    expect(await main(["forms", "khoi.xlsx", "--json"], run.io)).toBe(0);
    const made = JSON.parse(run.stdout()).forms.map((form: { file: string }) => form.file) as string[];
    // A unit sends its filled-in form back and the secretary saves it where the blank came from.
    const returned = await xlsxOf({ sheets: [f.filled(f.UNITS[0]!)] });
    run.files[made[1]!] = returned;
    for (const file of made.filter((_, i) => i !== 1)) delete run.files[file];
    const again = fakeCliIo(run.files);
    const report = await failure(["forms", "khoi.xlsx", "--json"], again);
    expect(report.error).toMatchObject({ code: "forms-exist", files: [made[1]] });
    expect(again.files[made[1]!]).toBe(returned);
    expect(again.stderr()).toContain(made[1]!.split("/").pop());
  });

  it("lists every one when the whole set is there from an earlier run", async () => {
    const run = fakeCliIo(await files());
    expect(await main(["forms", "khoi.xlsx", "-o", "phieu"], run.io)).toBe(0);
    const made = Object.keys(run.files).filter((name) => name.startsWith("phieu/"));
    expect(made.length).toBeGreaterThan(5);
    const report = await failure(["forms", "khoi.xlsx", "-o", "phieu", "--json"], fakeCliIo(run.files));
    expect([...report.error.files!].sort()).toEqual([...made].sort());
  });

  it("writes into a folder that holds other files, leaving them", async () => {
    const run = fakeCliIo({ ...(await files()), "khoi.forms/ghi chu.xlsx": new Uint8Array([1, 2, 3]) });
    expect(await main(["forms", "khoi.xlsx"], run.io)).toBe(0);
    expect(run.files["khoi.forms/ghi chu.xlsx"]).toEqual(new Uint8Array([1, 2, 3]));
  });
});

describe("an option that takes a value never takes another option as it", () => {
  it.each([
    [["khoi.xlsx", "-o", "--json"]],
    [["khoi.xlsx", "--output", "--check", "--json"]],
    [["forms", "khoi.xlsx", "-o", "--json"]],
    [["merge", "master.xlsx", "vp.xlsx", "-o", "--json"]],
    [["merge", "master.xlsx", "vp.xlsx", "-o", "--replace", "--json"]],
  ])("%j is a usage error: exit 2, one JSON object, no file named --json", async (argv) => {
    const run = fakeCliIo(await files());
    expect((await failure(argv, run)).error.code).toBe("usage");
    expect(run.files["--json"]).toBeUndefined();
  });

  it("a file whose name starts with a dash can still be named as ./-name", async () => {
    const run = fakeCliIo(await files());
    expect(await main(["khoi.xlsx", "-o", "./-ket-qua.xlsx"], run.io)).toBe(0);
    expect(Object.keys(run.files)).toContain("./-ket-qua.xlsx");
  });
});

describe("bloc-rank --help", () => {
  it.each([[["--help"]], [["help"]], [["-h", "--lang", "en"]]])(
    "%j prints the usage of every command and exits 0",
    async (argv) => {
      const run = fakeCliIo({});
      expect(await main(argv, run.io)).toBe(0);
      expect(run.stdout()).toMatch(/bloc-rank forms [\s\S]*bloc-rank merge /);
    },
  );

  it("with --json prints one object holding the usage", async () => {
    const run = fakeCliIo({});
    expect(await main(["--help", "--json"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ ok: true, usage: expect.stringContaining("bloc-rank") });
  });
});
