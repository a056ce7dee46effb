import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { layoutOutputs } from "../../src/engine/layout/layoutOutputs";
import { ownershipName, type LayoutValue, type SheetLayout } from "../../src/engine/layout/sheetLayout";
import type { WorkbookInput } from "../../src/engine/workbook";
import { ExcelHostError } from "../../src/excel/ExcelHostError";
import { rankInExcel, type RankOptions } from "../../src/excel/rankInExcel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { SAMPLES } from "../../src/samples";
import { generatedBloc as bigBloc } from "../../src/samples/generatedBloc";
import { DEFAULT_PAYLOAD_LIMIT, FakeExcel, type FakeExcelOptions } from "./fakeExcel/fakeExcel";
import { allowedSyncs } from "./syncBudget";

const YEAR = 2024;

/** What `Range.formulas` should read on a sheet written from this layout. */
function expectedGrid(layout: SheetLayout): unknown[][] {
  const width = Math.max(0, ...layout.values.map((row) => row.length));
  const cell = (value: LayoutValue | undefined): unknown => {
    if (value === null || value === undefined) return "";
    if (typeof value === "object") return `=${value.formula}`;
    return value;
  };
  return layout.values.map((row) => Array.from({ length: width }, (_, c) => cell(row[c])));
}

/** The layouts the .xlsx path would write for the same workbook (no earlier outputs). */
function xlsxLayouts(
  workbook: WorkbookInput,
  existing = workbook.sheets.map((s) => ({ name: s.name, owner: null })),
) {
  return layoutOutputs(evaluateBloc(workbook, { year: YEAR }), { existing });
}

async function rank(fake: FakeExcel, options: RankOptions = {}) {
  return fake.run((context) =>
    rankInExcel(context, { year: YEAR, supports: fake.isSetSupported, ...options }),
  );
}

function expectWritten(fake: FakeExcel, layouts: SheetLayout[]): void {
  for (const layout of layouts) {
    const grid = expectedGrid(layout);
    expect(fake.formulas(layout.name, grid.length, grid[0]?.length ?? 0)).toEqual(grid);
  }
}

const seeded = (workbook: WorkbookInput, options?: FakeExcelOptions) => new FakeExcel(workbook, options);

/** Sheets in tab order, workbook names and every cell's value and formula: what "no lost data" compares. */
function workbookState(fake: FakeExcel, only = fake.sheetNames()) {
  // One line per cell, one string per sheet: a big bloc compares in milliseconds, and a change shows as a diff.
  const cells = (name: string): string =>
    [...fake.sheet(name).cells]
      .map(([at, { value, formula }]) => `${at} ${JSON.stringify(value)} ${formula ?? ""}`)
      .join("\n");
  return {
    sheets: fake.sheetNames(),
    names: fake.names(),
    cells: Object.fromEntries(only.map((name) => [name, cells(name)])),
  };
}

/** The input sheets' cells, values and formulas, as they were seeded. */
const inputCells = (fake: FakeExcel, workbook: WorkbookInput) =>
  workbookState(
    fake,
    workbook.sheets.map((s) => s.name),
  ).cells;

describe("rankInExcel through the fake host", () => {
  test.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: the same sheets as the .xlsx path",
    async (_, sample) => {
      const workbook = sample.build(YEAR);
      const fake = seeded(workbook);
      const report = await rank(fake);
      const expected = xlsxLayouts(workbook);
      expect(report.layouts.map((l) => l.name)).toEqual(expected.map((l) => l.name));
      expect(fake.sheetNames()).toEqual([
        ...workbook.sheets.map((s) => s.name),
        ...expected.map((l) => l.name),
      ]);
      expectWritten(fake, expected);
      // Inputs untouched.
      for (const sheet of workbook.sheets)
        expect(fake.formulas(sheet.name)).toEqual(new FakeExcel(workbook).formulas(sheet.name));
      // Marks on every output but a settings sheet; the shown sheet is the ranking or the data check.
      for (const layout of expected.filter((l) => l.kind !== "settings")) {
        expect(fake.names()[ownershipName(layout.kind)]).toMatch(new RegExp(`!\\$A\\$1$`));
      }
      const shown = expected.find((l) => l.kind === (report.result.provisional ? "dataCheck" : "ranking"))!;
      expect(fake.model.active?.name).toBe(shown.name);
    },
  );

  test("sync budget: the 9-unit sample and a 200-unit bloc take the same count, at most 4", async () => {
    const small = seeded(SAMPLES[0]!.build(YEAR));
    const smallReport = await rank(small);
    expect(smallReport.result.ranking).toHaveLength(9);
    const large = seeded(bigBloc(200));
    const largeReport = await rank(large);
    expect(largeReport.result.ranking).toHaveLength(200);
    expect(small.syncCount).toBe(large.syncCount);
    expect(large.syncCount).toBeLessThanOrEqual(4);
    expect(largeReport.syncs).toBe(large.syncCount);
    expectWritten(large, largeReport.layouts);
  });

  test("a unit named =SUM(A1) stays text", async () => {
    const workbook = SAMPLES[0]!.build(YEAR);
    const renamed: WorkbookInput = {
      sheets: workbook.sheets.map((sheet) => ({
        ...sheet,
        values: sheet.values.map((row) => row.map((v) => (v === "Văn phòng Tỉnh ủy" ? "=SUM(A1)" : v))),
      })),
    };
    const fake = seeded(renamed);
    const report = await rank(fake);
    const ranking = report.layouts.find((l) => l.kind === "ranking")!;
    const cells = [...fake.sheet(ranking.name).cells.values()].filter((c) => c.value === "=SUM(A1)");
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.formula).toBeNull();
    expect([...fake.sheet(ranking.name).cells.values()].some((c) => c.formula === "=SUM(A1)")).toBe(false);
    expectWritten(fake, report.layouts);
  });

  test("a user's own sheet named Xếp hạng is left alone; the output goes to Xếp hạng (2)", async () => {
    const workbook = SAMPLES[0]!.build(YEAR);
    const withUsers: WorkbookInput = {
      sheets: [...workbook.sheets, { name: "Xếp hạng", values: [["Ghi chú riêng", 1]] }],
    };
    const fake = seeded(withUsers);
    const before = inputCells(fake, withUsers);
    const report = await rank(fake);
    expect(report.layouts.find((l) => l.kind === "ranking")!.name).toBe("Xếp hạng (2)");
    expect(fake.formulas("Xếp hạng")).toEqual([["Ghi chú riêng", 1]]);
    expect(fake.names()[ownershipName("ranking")]).toBe("='Xếp hạng (2)'!$A$1");
    expect(Object.values(fake.names())).not.toContain("='Xếp hạng'!$A$1");
    expect(inputCells(fake, withUsers)).toEqual(before);
    expectWritten(fake, report.layouts);
    // And again: still left alone, ours replaced.
    const again = await rank(fake);
    expect(fake.formulas("Xếp hạng")).toEqual([["Ghi chú riêng", 1]]);
    expect(fake.sheetNames().filter((n) => n.startsWith("Xếp hạng"))).toEqual(["Xếp hạng", "Xếp hạng (2)"]);
    expect(inputCells(fake, withUsers)).toEqual(before);
    expectWritten(fake, again.layouts);
  });

  test("re-running replaces our sheets: no duplicates, marks on the new sheets, outputs not read as input", async () => {
    const workbook = SAMPLES[1]!.build(YEAR);
    const fake = seeded(workbook);
    const first = await rank(fake);
    const names = fake.sheetNames();
    const contents = await fake.run((context) => readWorkbook(context));
    expect(contents.workbook.sheets.map((s) => s.name)).toEqual(
      names.filter((n) => !first.layouts.some((l) => l.name === n && l.kind !== "settings")),
    );
    const second = await rank(fake);
    expect(second.layouts.map((l) => l.name)).toEqual(
      first.layouts.filter((l) => l.kind !== "settings").map((l) => l.name),
    );
    expect(fake.sheetNames()).toEqual(names);
    expect(Object.keys(fake.names()).sort()).toEqual(
      first.layouts
        .filter((l) => l.kind !== "settings")
        .map((l) => ownershipName(l.kind))
        .sort(),
    );
    expectWritten(fake, second.layouts);
  });

  test("a write over the payload limit is split into syncs each under it, with nothing lost", async () => {
    const limit = 150 * 1024;
    const fake = seeded(bigBloc(200), { payloadLimit: limit });
    const report = await rank(fake, { payloadLimit: limit });
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(Math.max(...fake.syncs)).toBeLessThanOrEqual(limit);
    expectWritten(fake, report.layouts);
  });

  test("past the real 5 MB limit: the fewest syncs each under it, every value arriving, inputs untouched", async () => {
    // 450 units × 600 criteria: 5.6 MB of outputs in one request (with 540 criteria they stay just under), and
    // 5.2 MB of values and formulas to read on ExcelApi 1.7.
    const workbook = bigBloc(450, 20, 30);
    const fake = seeded(workbook);
    const before = inputCells(fake, workbook);
    const report = await rank(fake);
    const writes = fake.syncs.slice(fake.syncs.length - (report.syncs - report.readSyncs));
    const total = writes.reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(DEFAULT_PAYLOAD_LIMIT);
    expect(Math.max(...writes)).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(writes).toHaveLength(Math.ceil(total / DEFAULT_PAYLOAD_LIMIT));
    expect(Math.max(...fake.responses)).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(report.syncs).toBe(fake.syncCount);
    expect(fake.syncCount).toBeLessThanOrEqual(allowedSyncs(fake));
    expectWritten(fake, report.layouts);
    expect(inputCells(fake, workbook)).toEqual(before);
    for (const layout of report.layouts.filter((l) => l.kind !== "settings")) {
      expect(fake.names()[ownershipName(layout.kind)]).toBe(`='${layout.name}'!$A$1`);
    }
  }, 60000);

  test("1,000 units × 300 criteria on ExcelApi 1.9: within DESIGN §7's sync budget, every value arriving", async () => {
    // The score matrix is 1,003 columns wide: read as its rectangle (not as scattered content), in syncs sized
    // by the response; the 6.5 MB of outputs go in two writes.
    const workbook = bigBloc(1000, 10, 30);
    const fake = seeded(workbook, { excelApi: "1.9" });
    const report = await rank(fake, { supports: fake.isSetSupported });
    expect(report.result.ranking).toHaveLength(1000);
    expect(Math.max(...fake.syncs)).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(Math.max(...fake.responses)).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(report.syncs).toBe(fake.syncCount);
    expect(fake.syncCount).toBeLessThanOrEqual(allowedSyncs(fake));
    expectWritten(fake, report.layouts);
  }, 60000);

  test("a host that refuses even the split request fails with a typed error; inputs are untouched", async () => {
    const workbook = bigBloc(50);
    const fake = seeded(workbook, { payloadLimit: 20 * 1024 });
    const failure = await rank(fake).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelHostError);
    expect((failure as ExcelHostError).kind).toBe("payload");
    for (const sheet of workbook.sheets)
      expect(fake.formulas(sheet.name)).toEqual(new FakeExcel(workbook).formulas(sheet.name));
  });

  test("cell-edit mode becomes a typed error a secretary can act on", async () => {
    const fake = seeded(SAMPLES[0]!.build(YEAR), { cellEditMode: true });
    const before = workbookState(fake);
    const failure = await rank(fake).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: "ExcelHostError", kind: "cell-edit" });
    expect((failure as Error).message).toBe("cell-edit");
    // The read's first sync already fails: nothing is written, nothing lost.
    expect(fake.syncCount).toBe(1);
    expect(workbookState(fake)).toEqual(before);
  });

  test("a protected output sheet of ours is refused before anything is written, naming the sheet", async () => {
    const workbook = SAMPLES[0]!.build(YEAR);
    const fake = seeded(workbook);
    const first = await rank(fake);
    const guarded = first.layouts[1]!.name;
    // Excel itself would let the sheet be deleted: the refusal is ours, so the user's protection is kept.
    fake.protect(guarded);
    const before = workbookState(fake);
    const syncs = fake.syncCount;
    const failure = await rank(fake).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: "protected", subject: guarded });
    // The read's three syncs, and nothing written.
    expect(fake.syncCount - syncs).toBe(3);
    expect((failure as Error).message).toBe(`protected: ${guarded}`);
    // Every sheet, ours and the user's, and every mark as it was: the next run, unprotected, replaces ours.
    expect(workbookState(fake)).toEqual(before);
    expect(fake.sheet(guarded).protected).toBe(true);
    expect(inputCells(fake, workbook)).toEqual(inputCells(seeded(workbook), workbook));
  });

  test("a protected workbook structure becomes a typed error, with nothing changed", async () => {
    const workbook = SAMPLES[0]!.build(YEAR);
    const fake = seeded(workbook);
    await rank(fake);
    fake.model.structureProtected = true;
    const before = workbookState(fake);
    const failure = await rank(fake).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: "protected" });
    expect(workbookState(fake)).toEqual(before);
  });

  test("a protected sheet of the user's own does not stop a run", async () => {
    const workbook = SAMPLES[0]!.build(YEAR);
    const fake = seeded(workbook);
    fake.protect(workbook.sheets[0]!.name);
    const report = await rank(fake);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(report.layouts.map((l) => l.name)));
  });

  test("chart where supported; page setup only with ExcelApi 1.9", async () => {
    const old = seeded(SAMPLES[0]!.build(YEAR), { excelApi: "1.7" });
    const oldReport = await rank(old);
    const ranking = oldReport.layouts.find((l) => l.kind === "ranking")!;
    expect(old.sheet(ranking.name).charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        source: ranking.chart!.values,
        categories: ranking.chart!.categories,
      }),
    ]);
    expect(old.sheet(ranking.name).pageLayout).toEqual({});
    const modern = seeded(SAMPLES[0]!.build(YEAR), { excelApi: "1.9" });
    await rank(modern);
    expect(modern.sheet(ranking.name).pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
    });
    expect(modern.syncCount).toBe(old.syncCount);
  });
});
