import { ownershipName, type OutputKind } from "../../src/engine/layout/sheetLayout";
import { sameSheetName, sheetOfReference } from "../../src/engine/layout/sheetReference";
import { rankInExcel, type RankReport } from "../../src/excel/rankInExcel";
import { generatedBloc } from "../../src/samples/generatedBloc";
import { FakeExcel, FakeExcelError } from "./fakeExcel/fakeExcel";

// Small enough to run a rank per failing sync, large enough that its write is cut into several syncs and a
// sheet's cells span more than one of them.
const LIMIT = 20 * 1024;
const workbook = generatedBloc(30, 4, 10);
const inputs = workbook.sheets.map((sheet) => sheet.name);
const untouched = new FakeExcel(workbook);

async function rank(fake: FakeExcel): Promise<RankReport> {
  return fake.run((context) =>
    rankInExcel(context, { year: 2024, supports: fake.isSetSupported, payloadLimit: LIMIT }),
  );
}

/** Our output sheets by the marks that name them: the sheets a next run will replace. */
function marked(fake: FakeExcel): Map<string, OutputKind> {
  const kinds: OutputKind[] = ["ranking", "details", "proposals", "dataCheck"];
  const found = new Map<string, OutputKind>();
  for (const kind of kinds) {
    const sheet = sheetOfReference(fake.names()[ownershipName(kind)] ?? "");
    if (sheet !== null) found.set(sheet, kind);
  }
  return found;
}

const unmarkedOutputs = (fake: FakeExcel, settingsSheet: string): string[] =>
  fake
    .sheetNames()
    .filter((name) => !inputs.includes(name) && !sameSheetName(name, settingsSheet))
    .filter((name) => !marked(fake).has(name));

describe("a split write that fails part-way", () => {
  let clean: FakeExcel;
  let report: RankReport;
  let writeSyncs: number[];
  beforeAll(async () => {
    clean = new FakeExcel(workbook, { payloadLimit: LIMIT });
    report = await rank(clean);
    // The two reads come first; every later sync is part of the write.
    writeSyncs = clean.syncs.map((_, i) => i + 1).slice(2);
  });

  test("the write is split, so a later sync can fail after the first sheets were made", () => {
    expect(writeSyncs.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...clean.syncs)).toBeLessThanOrEqual(LIMIT);
  });

  test.each([
    ["a workbook never ranked", 0],
    ["a workbook ranked before", 1],
  ])("%s: every sheet made is already marked ours, and a re-run replaces them all", async (_, earlier) => {
    const settings = report.layouts.find((l) => l.kind === "settings")?.name ?? "";
    // What the same runs give when no sync fails (a re-run moves our sheets after the settings sheet, so
    // once a failed run has added the settings sheet, the re-run ends as a second run does).
    const afterRuns = async (runs: number): Promise<FakeExcel> => {
      const done = new FakeExcel(workbook, { payloadLimit: LIMIT });
      for (let run = 0; run < runs; run++) await rank(done);
      return done;
    };
    const once = await afterRuns(earlier + 1);
    const twice = await afterRuns(2);
    // The failing run's own write syncs: a re-run deletes our old sheets first, so it may cut differently.
    const start = once.syncs.length - (await afterRuns(earlier)).syncs.length;
    const failingSyncs = earlier === 0 ? writeSyncs : Array.from({ length: start - 2 }, (_, i) => i + 3);
    for (const failing of failingSyncs) {
      const fake = new FakeExcel(workbook, { payloadLimit: LIMIT });
      for (let run = 0; run < earlier; run++) await rank(fake);
      const offset = fake.syncCount;
      fake.failSync = (index) =>
        index === offset + failing
          ? new FakeExcelError("GeneralException", "The connection was lost.")
          : null;
      await expect(rank(fake)).rejects.toMatchObject({ code: "GeneralException" });
      expect({ failing, unmarked: unmarkedOutputs(fake, settings) }).toEqual({ failing, unmarked: [] });
      for (const name of inputs) expect(fake.formulas(name)).toEqual(untouched.formulas(name));

      const settled = fake.sheetNames().some((name) => sameSheetName(name, settings));
      const expected = settled ? (earlier === 0 ? twice : once) : once;
      fake.failSync = null;
      await rank(fake);
      expect(fake.sheetNames()).toEqual(expected.sheetNames());
      expect(marked(fake)).toEqual(marked(expected));
      for (const name of fake.sheetNames().filter((n) => !sameSheetName(n, settings))) {
        expect(fake.formulas(name)).toEqual(expected.formulas(name));
      }
    }
  });
});
