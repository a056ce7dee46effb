import { ownershipName, type OutputKind } from "../../src/engine/layout/sheetLayout";
import { sameSheetName, sheetOfReference } from "../../src/engine/layout/sheetReference";
import { createFormsInExcel } from "../../src/excel/createForms";
import type { ExcelHostErrorKind } from "../../src/excel/ExcelHostError";
import { insertSample } from "../../src/excel/insertSample";
import { rankInExcel, type RankReport } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { generatedBloc } from "../../src/samples/generatedBloc";
import { FakeExcel, FakeExcelError } from "./fakeExcel/fakeExcel";
import { freshMaster, FRESH_YEAR } from "./freshMaster";
import { changed, snapshot } from "./sheetDiff";

// Small enough to run a rank per failing sync, large enough that its write is cut into several syncs and a
// sheet's cells span more than one of them.
const LIMIT = 20 * 1024;
const workbook = generatedBloc(30, 4, 10);
const inputs = workbook.sheets.map((sheet) => sheet.name);

async function rank(fake: FakeExcel): Promise<RankReport> {
  return fake.run((context) =>
    rankInExcel(context, { year: 2024, supports: fake.isSetSupported, payloadLimit: LIMIT }),
  );
}

/** Our output sheets by the marks that name them: the sheets a next run will replace. */
function marked(fake: FakeExcel): Map<string, OutputKind> {
  const kinds: OutputKind[] = ["ranking", "details", "proposals", "memo", "minutes", "ballot", "dataCheck"];
  const found = new Map<string, OutputKind>();
  for (const kind of kinds) {
    const sheet = sheetOfReference(fake.names()[ownershipName(kind)] ?? "");
    if (sheet !== null) found.set(sheet, kind);
  }
  return found;
}

const inputsOf = (state: Map<string, unknown[][]>) =>
  new Map([...state].filter(([name]) => inputs.includes(name)));

/** Everything a sheet holds in the fake: cells with their formats, merges, sizes, panes, chart, page, protection. */
function sheetState(fake: FakeExcel, name: string): string {
  const sheet = fake.sheet(name);
  return JSON.stringify({
    cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)),
    merges: sheet.merges,
    columnWidths: [...sheet.columnWidths].sort(([a], [b]) => a - b),
    rowHeights: [...sheet.rowHeights].sort(([a], [b]) => a - b),
    freeze: sheet.freeze,
    tabColor: sheet.tabColor,
    charts: sheet.charts,
    pageLayout: sheet.pageLayout,
    protected: sheet.protected,
    protectionOptions: sheet.protectionOptions,
  });
}

const fullState = (fake: FakeExcel) =>
  new Map(fake.sheetNames().map((name) => [name, sheetState(fake, name)]));

/**
 * The sheets present that are neither inputs nor complete: a sheet other than an input must hold exactly what
 * one of the runs made it (the one before the failure, or the same run without it), formats and all.
 */
function broken(fake: FakeExcel, complete: Map<string, string>[]): string[] {
  return fake
    .sheetNames()
    .filter((name) => !inputs.includes(name))
    .filter((name) => !complete.some((state) => state.get(name) === sheetState(fake, name)));
}

// Each code Office.js gives for a failed sync, and the kind the secretary is told.
const CODES: [string, ExcelHostErrorKind][] = [
  ["InvalidOperation", "busy"],
  ["GeneralException", "excel-failed"],
  ["ResponsePayloadSizeLimitExceeded", "payload"],
  ["FormulaLengthExceedsLimit", "formula-too-long"],
  ["InvalidOperationInCellEditMode", "cell-edit"],
];

// Where in the write it fails: which of its syncs, and after how many of that sync's operations.
const half = (ops: number): number => Math.floor(ops / 2);
const WHERE: [string, number, number | ((ops: number) => number)][] = [
  ["its first sync, before anything", 1, 0],
  ["its first sync, half-way", 1, half],
  ["its second sync, before anything", 2, 0],
  ["its second sync, half-way", 2, half],
];

describe("a write that fails leaves no half-written output", () => {
  let clean: FakeExcel;
  let report: RankReport;
  // How many syncs the read takes: the write's are the first to send anything.
  let reads: number;
  const after: Map<string, unknown[][]>[] = [];
  const afterFull: Map<string, string>[] = [];
  beforeAll(async () => {
    clean = new FakeExcel(workbook, { payloadLimit: LIMIT });
    report = await rank(clean);
    reads = clean.syncs.findIndex((bytes) => bytes > 0);
    after.push(snapshot(clean));
    afterFull.push(fullState(clean));
    // What a second run gives when no sync fails (it moves our sheets after the settings sheet).
    await rank(clean);
    after.push(snapshot(clean));
    afterFull.push(fullState(clean));
  });

  test("the write is split, so a later sync can fail after the first sheets were made", () => {
    expect(report.syncs - reads).toBeGreaterThanOrEqual(4);
    expect(Math.max(...clean.syncs)).toBeLessThanOrEqual(LIMIT);
  });

  describe.each([
    ["a workbook never ranked", 0],
    ["a workbook ranked before", 1],
  ])("%s", (_, earlier) => {
    test.each(
      CODES.flatMap(([code, kind]) =>
        WHERE.map(([where, sync, ops]) => [code, kind, where, sync, ops] as const),
      ),
    )(
      "%s (%s) at %s: our sheets complete or absent, the inputs as they were, the next run whole",
      async (code, kind, _where, sync, ops) => {
        const fake = new FakeExcel(workbook, { payloadLimit: LIMIT });
        for (let run = 0; run < earlier; run++) await rank(fake);
        const before = snapshot(fake);
        const beforeFull = fullState(fake);
        fake.failAt(fake.syncCount + reads + sync, code, ops);
        await expect(rank(fake)).rejects.toMatchObject({ name: "ExcelHostError", kind });
        expect(broken(fake, [beforeFull, afterFull[earlier]!])).toEqual([]);
        expect(changed(inputsOf(before), inputsOf(snapshot(fake)))).toEqual([]);

        fake.failSync = null;
        await rank(fake);
        const expected = after[earlier]!;
        const settings = report.layouts.find((l) => l.kind === "settings")?.name ?? "";
        const ours = (names: Iterable<string>) => [...names].filter((n) => !sameSheetName(n, settings));
        expect(ours(fake.sheetNames()).sort()).toEqual(ours(expected.keys()).sort());
        for (const name of ours(fake.sheetNames())) expect(fake.formulas(name)).toEqual(expected.get(name));
        expect([...marked(fake).values()].sort()).toEqual([...marked(clean).values()].sort());
      },
    );
  });

  test("should the cleanup fail too, the sheets left are marked ours and the next run replaces them", async () => {
    const fake = new FakeExcel(workbook, { payloadLimit: LIMIT });
    const start = reads + 2;
    // The write's second sync fails half-way, and every sync after it (the cleanup's) too.
    fake.failSync = (index) =>
      index >= start
        ? { error: new FakeExcelError("GeneralException", "Lost."), after: index === start ? half : 0 }
        : null;
    await expect(rank(fake)).rejects.toMatchObject({ kind: "excel-failed" });
    const settings = report.layouts.find((l) => l.kind === "settings")?.name ?? "";
    const left = fake.sheetNames().filter((n) => !inputs.includes(n) && !sameSheetName(n, settings));
    expect(left.length).toBeGreaterThan(0);
    for (const name of left) expect(marked(fake).has(name)).toBe(true);
    fake.failSync = null;
    await rank(fake);
    const expected = after[0]!;
    for (const name of fake.sheetNames().filter((n) => !sameSheetName(n, settings))) {
      expect(fake.formulas(name)).toEqual(expected.get(name));
    }
  });
});

describe("other writes that fail part-way leave nothing half-made", () => {
  test.each(CODES)(
    "create forms failing with %s: no form sheet at all, the master as it was",
    async (code, kind) => {
      const create = (fake: FakeExcel) =>
        fake.run((context) =>
          createFormsInExcel(context, {
            lang: "vi",
            year: FRESH_YEAR,
            supports: fake.isSetSupported,
            payloadLimit: 8 * 1024,
          }),
        );
      // The write is split, and its syncs are the first to send anything.
      const probe = new FakeExcel(freshMaster(), { excelApi: "1.8", payloadLimit: 8 * 1024 });
      await create(probe);
      expect(probe.syncs.filter((bytes) => bytes > 0).length).toBeGreaterThan(1);
      const fake = new FakeExcel(freshMaster(), { excelApi: "1.8", payloadLimit: 8 * 1024 });
      const before = snapshot(fake);
      // The write's second sync, half-way through.
      fake.failAt(probe.syncs.findIndex((bytes) => bytes > 0) + 2, code, half);
      await expect(create(fake)).rejects.toMatchObject({ kind });
      expect(fake.sheetNames()).toEqual([...before.keys()]);
      expect(changed(before, snapshot(fake))).toEqual([]);
      fake.failSync = null;
      const result = await create(fake);
      expect(result.status === "created" ? result.created.length : 0).toBeGreaterThan(0);
    },
  );

  test.each(CODES)(
    "insert sample failing with %s half-way: none of its sheets, Sheet1 as it was",
    async (code, kind) => {
      const fake = new FakeExcel({ sheets: [{ name: "Sheet1", values: [["ghi chú"]] }] });
      const before = snapshot(fake);
      fake.failAt(2, code, half);
      const sample = SAMPLES[0]!.build(2024);
      await expect(fake.run((context) => insertSample(context, sample))).rejects.toMatchObject({ kind });
      expect(fake.sheetNames()).toEqual(["Sheet1"]);
      expect(changed(before, snapshot(fake))).toEqual([]);
    },
  );
});
