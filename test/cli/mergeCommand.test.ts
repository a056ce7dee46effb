import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { a1 } from "../../src/engine/address";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";

const [VP, BTC] = [f.UNITS[0]!, f.UNITS[1]!];

async function files(): Promise<Record<string, Uint8Array>> {
  return {
    "khoi.xlsx": await xlsxOf(f.freshMaster()),
    "vp.xlsx": await xlsxOf({ sheets: [f.filled(VP)] }),
    "btc.xlsx": await xlsxOf({ sheets: [f.filled(BTC)] }),
  };
}

describe("bloc-rank merge", () => {
  it("writes NAME.merged.xlsx with the forms' scores and prints one JSON object; the inputs stay as they were", async () => {
    const run = fakeCliIo(await files());
    const inputs = { ...run.files };
    expect(await main(["merge", "khoi.xlsx", "vp.xlsx", "btc.xlsx", "--json"], run.io)).toBe(0);
    expect(run.stdout().trim().split("\n")).toHaveLength(1);
    const report = JSON.parse(run.stdout());
    expect(report).toEqual({
      ok: true,
      output: "khoi.merged.xlsx",
      imports: [
        { file: "vp.xlsx", sheet: "Phiếu", unit: VP, status: "imported", target: f.MATRIX, written: 15 },
        { file: "btc.xlsx", sheet: "Phiếu", unit: BTC, status: "imported", target: f.MATRIX, written: 15 },
      ],
      issues: [],
    });
    for (const name of Object.keys(inputs)) expect(run.files[name]).toBe(inputs[name]);
    const merged = (await readXlsx(run.files["khoi.merged.xlsx"]!)).workbook;
    const matrix = merged.sheets.find((s) => s.name === f.MATRIX)!.values;
    expect(matrix[f.rowOf("I.2")]![f.selfCol(BTC)]).toBe(f.knownSelf(BTC).get("I.2"));
  });

  it("reports an unreadable returned file with its name, still merges the others, and exits 1", async () => {
    const run = fakeCliIo({ ...(await files()), "hong.xlsx": new TextEncoder().encode("not a workbook") });
    const argv = ["merge", "khoi.xlsx", "hong.xlsx", "mat.xlsx", "vp.xlsx", "-o", "out.xlsx", "--json"];
    expect(await main(argv, run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report.ok).toBe(false);
    expect(report.imports.map((i: { file: string; status: string }) => [i.file, i.status])).toEqual([
      ["hong.xlsx", "skipped"],
      ["mat.xlsx", "skipped"],
      ["vp.xlsx", "imported"],
    ]);
    expect(report.issues.map((i: { code: string; file: string }) => [i.code, i.file])).toEqual([
      ["form-unreadable", "hong.xlsx"],
      ["form-unreadable", "mat.xlsx"],
    ]);
    expect(report.issues[0].message.length).toBeGreaterThan(20);
    expect(run.files["out.xlsx"]).toBeDefined();
  });

  it("exits 2 for an unreadable master or an output naming an input, writing nothing", async () => {
    for (const argv of [
      ["merge", "missing.xlsx", "vp.xlsx"],
      ["merge", "khoi.xlsx", "vp.xlsx", "-o", "khoi.xlsx"],
      ["merge", "khoi.xlsx", "vp.xlsx", "-o", "./vp.xlsx"],
    ]) {
      const run = fakeCliIo(await files());
      const before = Object.keys(run.files).length;
      const status = await main([...argv, "--json"], run.io);
      expect([argv.join(" "), status]).toEqual([argv.join(" "), 2]);
      expect(JSON.parse(run.stdout())).toMatchObject({ ok: false });
      expect(Object.keys(run.files)).toHaveLength(before);
    }
  });

  it("prints a human summary per file (unit, cells, target) and the issues with file and cell, in English", async () => {
    const run = fakeCliIo(await files());
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Thư").getCell("A1").value = "Kính gửi";
    run.files["thu.xlsx"] = new Uint8Array(await book.xlsx.writeBuffer());
    expect(await main(["merge", "khoi.xlsx", "vp.xlsx", "thu.xlsx", "--lang", "en"], run.io)).toBe(1);
    const out = run.stdout();
    expect(out).toContain(`vp.xlsx [Phiếu]: ${VP}`);
    expect(out).toContain(f.MATRIX);
    expect(out).toContain("15");
    expect(out).toContain("thu.xlsx");
    expect(out).toContain("khoi.merged.xlsx");
  });

  it("with --replace takes a corrected form over the values merged before, each replacement a warning", async () => {
    const run = fakeCliIo(await files());
    await main(["merge", "khoi.xlsx", "vp.xlsx", "-o", "v1.xlsx"], run.io);
    const corrected = f.filled(VP);
    f.typeInto(corrected, "I.2", "Điểm tự chấm", 7);
    run.files["vp-sua.xlsx"] = await xlsxOf({ sheets: [corrected] });
    const cell = `${f.MATRIX}!${a1(f.rowOf("I.2"), f.selfCol(VP))}`;
    const codes = (out: string) =>
      JSON.parse(out).issues.map((i: { code: string; sheet: string; cell: string }) => [
        i.code,
        `${i.sheet}!${i.cell}`,
      ]);
    const conflict = fakeCliIo(run.files);
    expect(await main(["merge", "v1.xlsx", "vp-sua.xlsx", "-o", "v2.xlsx", "--json"], conflict.io)).toBe(1);
    expect(codes(conflict.stdout())).toEqual([["form-score-conflict", cell]]);

    const replace = fakeCliIo(run.files);
    const argv = ["merge", "v1.xlsx", "vp-sua.xlsx", "-o", "v2.xlsx", "--replace", "--json"];
    expect(await main(argv, replace.io)).toBe(0);
    expect(codes(replace.stdout())).toEqual([["form-value-replaced", cell]]);
    const matrix = (await readXlsx(replace.files["v2.xlsx"]!)).workbook.sheets.find(
      (s) => s.name === f.MATRIX,
    )!;
    expect(matrix.values[f.rowOf("I.2")]![f.selfCol(VP)]).toBe(7);
    const earlier = (await readXlsx(run.files["v1.xlsx"]!)).workbook.sheets.find((s) => s.name === f.MATRIX)!;
    expect(earlier.values[f.rowOf("I.2")]![f.selfCol(VP)]).toBe(f.knownSelf(VP).get("I.2"));
  });
});
