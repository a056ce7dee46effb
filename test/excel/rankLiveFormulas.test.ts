import type { SheetLayout } from "../../src/engine/layout/sheetLayout";
import { rankInExcel, type RankReport } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { generatedBloc } from "../../src/samples/generatedBloc";
import { a1 } from "../../src/engine/address";
import { FakeExcel } from "./fakeExcel/fakeExcel";

// The ranking's live formulas (`='Chi tiết điểm'!D29`) and the details' sums must compute, in Excel, to the
// engine's numbers. Excel resolves a formula's sheets when it is written, so the details sheet must exist
// before the ranking's formulas go in — on a first run and on a re-run, which deletes the old details first.
async function rank(fake: FakeExcel): Promise<RankReport> {
  return fake.run((context) => rankInExcel(context, { year: 2024, supports: fake.isSetSupported }));
}

/** Every formula cell of a layout: what Excel computes there, and the engine's value. */
async function computed(fake: FakeExcel, layout: SheetLayout) {
  const width = Math.max(...layout.values.map((row) => row.length));
  const values = await fake.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(layout.name)
      .getRange(`A1:${a1(layout.values.length - 1, width - 1)}`);
    range.load("values");
    await context.sync();
    return range.values;
  });
  const cells: { at: string; excel: unknown; engine: unknown }[] = [];
  layout.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || typeof value !== "object") return;
      const excel = values[r]?.[c];
      cells.push({
        at: `${layout.name}!R${r + 1}C${c + 1}`,
        excel: typeof excel === "number" ? Number(excel.toFixed(9)) : excel,
        engine: typeof value.value === "number" ? Number(value.value.toFixed(9)) : value.value,
      });
    }),
  );
  return cells;
}

async function expectLive(fake: FakeExcel, report: RankReport): Promise<number> {
  let checked = 0;
  for (const layout of report.layouts.filter((l) => l.kind === "ranking" || l.kind === "details")) {
    const cells = await computed(fake, layout);
    expect(cells.filter((cell) => cell.excel !== cell.engine)).toEqual([]);
    checked += cells.length;
  }
  return checked;
}

describe("the outputs' formulas read their sheets in Excel", () => {
  it.each(SAMPLES.map((sample) => [sample.id, sample] as const))(
    "%s: the ranking reads the details sheet on a first run and on a re-run",
    async (_, sample) => {
      const fake = new FakeExcel(sample.build(2024));
      expect(await expectLive(fake, await rank(fake))).toBeGreaterThan(20);
      expect(await expectLive(fake, await rank(fake))).toBeGreaterThan(20);
    },
  );

  it("a re-run replaces an old output a user made VeryHidden", async () => {
    const fake = new FakeExcel(SAMPLES[0]!.build(2024));
    const first = await rank(fake);
    const details = first.layouts.find((l) => l.kind === "details")!.name;
    fake.hide(details, "VeryHidden");
    const again = await rank(fake);
    expect(fake.sheet(details).visibility).toBe("Visible");
    expect(await expectLive(fake, again)).toBeGreaterThan(20);
  });

  it("a parent with 300 children: its sums are formulas Excel accepts, computing the engine's numbers", async () => {
    const fake = new FakeExcel(generatedBloc(4, 1, 300));
    const report = await rank(fake);
    const details = report.layouts.find((l) => l.kind === "details")!;
    const parentFormulas = details.values.flatMap((row) =>
      row.flatMap((v) =>
        v !== null && typeof v === "object" && v.formula.includes("SUM") ? [v.formula] : [],
      ),
    );
    expect(parentFormulas.length).toBeGreaterThan(0);
    expect(await expectLive(fake, report)).toBeGreaterThan(8);
  });
});
