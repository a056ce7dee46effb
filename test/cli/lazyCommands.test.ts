import { readFileSync } from "fs";
import path from "path";
import type { main as Main } from "../../src/cli/main";
import { fakeCliIo } from "../helpers/fakeCliIo";

// Issue 17, start-up: `bloc-rank --help` and a usage error must not load a command's module, nor what is behind
// them (ExcelJS, JSZip, and for --help the engine). Each module here records that it was loaded, then is itself.
const mockLoaded = new Set<string>();
const recorded = (name: string, actual: string) => {
  mockLoaded.add(name);
  return jest.requireActual(actual);
};
jest.mock("../../src/cli/rankCommand", () => recorded("rank", "../../src/cli/rankCommand"));
jest.mock("../../src/cli/formsCommand", () => recorded("forms", "../../src/cli/formsCommand"));
jest.mock("../../src/cli/mergeCommand", () => recorded("merge", "../../src/cli/mergeCommand"));
jest.mock("../../src/engine", () => recorded("engine", "../../src/engine"));
jest.mock("exceljs", () => recorded("exceljs", "exceljs"));
jest.mock("jszip", () => recorded("jszip", "jszip"));

const sample = readFileSync(path.join(__dirname, "../../assets/samples/khoi-co-quan-dang.xlsx"));

/** Runs `bloc-rank ARGV` in a module registry of its own, and says which of the recorded modules it loaded. */
async function loadedBy(argv: string[]) {
  mockLoaded.clear();
  const run = fakeCliIo({ "khoi.xlsx": new Uint8Array(sample) });
  let status = NaN;
  await jest.isolateModulesAsync(async () => {
    const { main } = require("../../src/cli/main") as { main: typeof Main };
    status = await main(argv, run.io);
  });
  return { status, loaded: [...mockLoaded].sort(), out: run.stdout() };
}

describe("bloc-rank loads only what the command needs", () => {
  it.each([[["--help"]], [["help", "merge"]], [["forms", "--help", "--lang", "en"]]])(
    "%j loads no command, no engine, neither ExcelJS nor JSZip",
    async (argv) => {
      const { status, loaded, out } = await loadedBy(argv);
      expect(status).toBe(0);
      expect(out).toContain("bloc-rank");
      expect(loaded).toEqual([]);
    },
  );

  it.each([[["khoi.xlsx", "--bogus"]], [[]], [["merge", "khoi.xlsx"]]])(
    "the usage error %j loads no command, neither ExcelJS nor JSZip (only the engine, for the reporter)",
    async (argv) => {
      const { status, loaded } = await loadedBy(argv);
      expect(status).toBe(2);
      expect(loaded).toEqual(["engine"]);
    },
  );

  // The records can fire: each command loads its own module (and not the others'), and still works.
  it("a ranking loads the rank command alone of the three", async () => {
    const { status, loaded } = await loadedBy(["khoi.xlsx", "--check", "--json"]);
    expect(status).toBe(0);
    expect(loaded).toContain("rank");
    expect(loaded).toContain("engine");
    expect(loaded).not.toContain("forms");
    expect(loaded).not.toContain("merge");
  });

  it.each([
    ["forms", ["forms", "khoi.xlsx", "-o", "forms"]],
    ["merge", ["merge", "khoi.xlsx", "missing.xlsx"]],
  ])("`%s` loads its own command and not the ranking's", async (command, argv) => {
    const { loaded } = await loadedBy(argv);
    expect(loaded).toContain(command);
    expect(loaded).not.toContain("rank");
  });
});
