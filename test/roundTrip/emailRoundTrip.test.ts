import { a1 } from "../../src/engine/address";
import { main } from "../../src/cli/main";
import type { CellValue } from "../../src/engine/workbook";
import { SAMPLE_LEAVES } from "../../src/samples/sampleCriteria";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { openForm } from "./returnedForms";

const [VPTU, BTC, BTG, BDV, BNC, UBKT, DUK, BQT, TCT] = f.UNITS.map(String) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const SELF = "Điểm tự chấm";
// The sample's self totals (src/samples/partyBloc.ts: 100 − lost + bonus − deductions), typed out here.
const TOTALS: Record<string, number> = {
  [VPTU]: 98,
  [BTC]: 98,
  [BTG]: 97,
  [UBKT]: 94.5,
  [DUK]: 93,
  [BQT]: 91,
};
const CLEAN = [VPTU, BTC, BTG, UBKT, DUK, BQT];
const TEXT = "mười lăm";

type Json = { code: string; file?: string | null; sheet: string; cell: string };
const codes = (issues: Json[]) => issues.map((i) => [i.code, i.file ?? null, i.sheet, i.cell]);
const valuesOf = async (data: Uint8Array) => (await readXlsx(data)).workbook.sheets;

/** The secretary's round trip: forms out by email, each unit's file back, merged, ranked. */
async function roundTrip() {
  const run = fakeCliIo({ "khoi.xlsx": await workbookToXlsx(f.freshMaster()) });
  expect(await main(["forms", "khoi.xlsx", "-o", "out", "--json"], run.io)).toBe(0);
  const sent: { unit: string; file: string }[] = JSON.parse(run.stdout()).forms;
  const formOf = (unit: string) => openForm(run.files[sent.find((s) => s.unit === unit)!.file]!);
  // Each unit types its known self scores into the form it opened (its own, or another unit's by mistake).
  const fill = async (opened: string, scores: string) => {
    const form = await formOf(opened);
    for (const [key, value] of f.knownSelf(scores)) form.sheet.getCell(form.cell(key, SELF)).value = value;
    return form;
  };
  const returned: Record<string, Awaited<ReturnType<typeof fill>>> = {
    "vptu.xlsx": await fill(VPTU, VPTU),
    "btc.xlsx": await fill(BTC, BTC),
    "btg.xlsx": await fill(BTG, BTG),
    "bdv.xlsx": await fill(BNC, BDV), // Ban Dân vận sends back Ban Nội chính's form, with its own scores
    "bnc.xlsx": await fill(BNC, BNC),
    "ubkt.xlsx": await fill(UBKT, UBKT),
    "duk.xlsx": await fill(DUK, DUK),
    "bqt.xlsx": await fill(BQT, BQT), // Trường Chính trị Lê Duẩn returns nothing
  };
  const vptu = returned["vptu.xlsx"]!;
  vptu.sheet.getCell(vptu.cell("III.2", "Điểm tối đa")).value = 12;
  const btg = returned["btg.xlsx"]!;
  btg.sheet.getCell(btg.cell("I.2", SELF)).value = TEXT;
  for (const [file, form] of Object.entries(returned)) run.files[file] = await form.bytes();
  return { run, files: Object.keys(returned), bnc: await formOf(BNC) };
}

describe("the email round trip: master → forms → returned → merge → rank", () => {
  it("ranks the units that returned their own forms and reports exactly what went wrong, where", async () => {
    const { run, files, bnc } = await roundTrip();
    const merge = fakeCliIo(run.files);
    expect(await main(["merge", "khoi.xlsx", ...files, "--json"], merge.io)).toBe(1);
    const merged = JSON.parse(merge.stdout());
    expect(merged.output).toBe("khoi.merged.xlsx");
    expect(merged.imports.map((i: { file: string; status: string }) => [i.file, i.status])).toEqual(
      files.map((file) => [file, ["bdv.xlsx", "bnc.xlsx"].includes(file) ? "skipped" : "imported"]),
    );
    const bncSheet = bnc.sheet.name;
    expect(codes(merged.issues)).toEqual([
      ["form-unit-duplicate", "bdv.xlsx", bncSheet, bnc.unitCell(BNC)],
      ["form-unit-duplicate", "bnc.xlsx", bncSheet, bnc.unitCell(BNC)],
      // III.2 is the 15th row of the criteria table, whose header is on row 4; the max is in column C.
      ["form-max-changed", "vptu.xlsx", "Bảng tiêu chí", "C19"],
    ]);

    const rank = fakeCliIo(merge.files);
    expect(await main(["khoi.merged.xlsx", "--check", "--json"], rank.io)).toBe(1);
    const ranked = JSON.parse(rank.stdout());
    const textCell = a1(f.rowOf("I.2"), f.selfCol(BTG));
    // Roster rows: title, header, then the units in order (Ban Dân vận is the 4th: row 6).
    const rosterCell = (unit: string) => `B${3 + f.UNITS.indexOf(unit)}`;
    expect(codes(ranked.issues).sort()).toEqual(
      [
        ["score-not-number", null, f.MATRIX, textCell],
        ["score-missing", null, f.MATRIX, textCell],
        ...[BDV, BNC, TCT].map((unit) => ["unit-no-scores", null, "Đơn vị", rosterCell(unit)]),
      ].sort(),
    );
    // Expected totals: the sample's, less the score Ban Tuyên giáo typed as text; VPTU and BTC tie at 98 and
    // the first tie-break, group I's score, decides.
    const expected = { ...TOTALS, [BTG]: TOTALS[BTG]! - f.knownSelf(BTG).get("I.2")! };
    const groupI = (unit: string) =>
      [...f.knownSelf(unit)].filter(([key]) => key.startsWith("I.")).reduce((sum, [, v]) => sum + v, 0);
    const order = [...CLEAN].sort((a, b) => expected[b]! - expected[a]! || groupI(b) - groupI(a));
    expect(ranked.units.map((u: { name: string; total: number }) => [u.name, u.total])).toEqual(
      order.map((unit) => [unit, expected[unit]]),
    );
    expect(ranked.units.map((u: { rank: number }) => u.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("keeps every master value, writes exactly the returned scores, and writes nothing when imported again", async () => {
    const { run, files } = await roundTrip();
    const merge = fakeCliIo(run.files);
    await main(["merge", "khoi.xlsx", ...files], merge.io);
    const written = new Map<string, CellValue>();
    for (const unit of CLEAN) {
      for (const key of SAMPLE_LEAVES) {
        const value = unit === BTG && key === "I.2" ? TEXT : f.knownSelf(unit).get(key)!;
        written.set(`${f.MATRIX}!${a1(f.rowOf(key), f.selfCol(unit))}`, value);
      }
    }
    const [before, after] = [
      await valuesOf(run.files["khoi.xlsx"]!),
      await valuesOf(merge.files["khoi.merged.xlsx"]!),
    ];
    expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
    for (const [i, sheet] of before.entries()) {
      const values = after[i]!.values;
      for (let r = 0; r < Math.max(sheet.values.length, values.length); r++) {
        for (let c = 0; c < Math.max(sheet.values[r]?.length ?? 0, values[r]?.length ?? 0); c++) {
          const ref = `${sheet.name}!${a1(r, c)}`;
          expect([ref, values[r]?.[c] ?? ""]).toEqual([ref, written.get(ref) ?? sheet.values[r]?.[c] ?? ""]);
        }
      }
    }

    const again = fakeCliIo(merge.files);
    await main(["merge", "khoi.merged.xlsx", ...files, "-o", "again.xlsx", "--json"], again.io);
    const report = JSON.parse(again.stdout());
    for (const entry of report.imports) {
      const duplicate = ["bdv.xlsx", "bnc.xlsx"].includes(entry.file);
      expect([entry.file, entry.status, entry.written]).toEqual([
        entry.file,
        duplicate ? "skipped" : "unchanged",
        0,
      ]);
    }
    expect(await valuesOf(again.files["again.xlsx"]!)).toEqual(after);
  });
});
