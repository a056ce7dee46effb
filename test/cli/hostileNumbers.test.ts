import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { CellValue, WorkbookInput } from "../../src/engine/workbook";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import { a1 } from "../../src/engine/address";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { grid, sheet, workbook } from "../helpers/grid";
import { hostileBloc, NUMBER_PLACES } from "../helpers/hostileBloc";

// DESIGN §8–9 end to end: a number out of range or a 2,000-level hierarchy in a workbook is a data error (exit
// 1) with its issue at its cell in the one JSON object; never exit 2 "internal error" and no output.

/** The workbook as a file made with ExcelJS: text cells as strings, numbers as numbers, as Excel stores them. */
async function excelFile(book: WorkbookInput): Promise<Uint8Array> {
  const file = new ExcelJS.Workbook();
  for (const input of book.sheets) {
    const target = file.addWorksheet(input.name);
    input.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "") target.getCell(r + 1, c + 1).value = value;
      }),
    );
  }
  return new Uint8Array(await file.xlsx.writeBuffer());
}

interface JsonIssue {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
}

async function rank(file: Uint8Array) {
  const run = fakeCliIo({ "khoi.xlsx": file });
  const status = await main(["khoi.xlsx", "--json"], run.io);
  const lines = run.stdout().trim().split("\n");
  expect(lines).toHaveLength(1);
  const report = JSON.parse(lines[0]!) as { ok: boolean; units: { name: string }[]; issues: JsonIssue[] };
  return { status, report, run };
}

const at = (report: { issues: JsonIssue[] }, sheetName: string, cell: string): string[] =>
  report.issues.filter((i) => i.sheet === sheetName && i.cell === cell).map((i) => i.code);

describe("bloc-rank over numbers beyond ±10¹⁵", () => {
  const DIGITS_400 = `1${"0".repeat(399)}`;
  const cases: [string, keyof typeof NUMBER_PLACES, CellValue][] = [
    ["a 400-digit score", "matrixScore", DIGITS_400],
    ["a 32,000-digit score", "matrixScore", "9".repeat(32_000)],
    ["a score 1e999 typed as text", "matrixScore", "1e999"],
    ["a score cell 1e300", "matrixScore", 1e300],
    ["a 400-digit max", "leafMax", DIGITS_400],
    ["a weight cell 1e300", "weight", 1e300],
    ["a 400-digit Thang điểm", "scale", DIGITS_400],
    ["a Ngưỡng chênh lệch cell 1e300", "reviewGap", 1e300],
    ["a 400-digit Điểm tối thiểu in the rules", "ruleMinScore", DIGITS_400],
    ["a 400-digit vote share", "voteShare", DIGITS_400],
    ["a 400-digit count", "count", DIGITS_400],
  ];

  it.each(cases)(
    "%s: exit 1, its issue at its cell, the ranking and the outputs written",
    async (_what, place, value) => {
      const { sheet: sheetName, cell, code } = NUMBER_PLACES[place];
      const { status, report, run } = await rank(
        await excelFile(hostileBloc({ sheet: sheetName, cell, value })),
      );
      expect(status).toBe(1);
      expect(report.ok).toBe(false);
      expect(at(report, sheetName, cell)).toContain(code);
      expect(report.units).toHaveLength(3);
      expect(run.files["khoi.ranked.xlsx"]).toBeDefined();
    },
  );

  it("ranks the same bloc without them: exit 0", async () => {
    const { status, report } = await rank(await excelFile(hostileBloc()));
    expect([status, report.issues]).toEqual([0, []]);
  });
});

describe("bloc-rank over a 2,000-level criteria hierarchy", () => {
  // Its codes hold 4 million characters on each of two sheets (an 88 KB file): reading, ranking and writing
  // them back take a few seconds on a shared machine.
  jest.setTimeout(60_000);

  it("exits 1 with criteria-too-deep at the first row past level 10, and writes the outputs", async () => {
    const rows: CellValue[][] = [];
    for (let n = 1; n <= 2_000; n++) rows.push([Array<string>(n).fill("1").join("."), `Cấp ${n}`, 100, 90]);
    const book = workbook(
      sheet(
        "Tiêu chí",
        grid({ A1: [["STT", "Nội dung", "Điểm chuẩn"], ...rows.map((row) => row.slice(0, 3))] }),
      ),
      sheet("Tổng hợp", grid({ A1: [["STT", "Nội dung", "Điểm chuẩn", "Sở Tư pháp"], ...rows] })),
    );
    const { status, report, run } = await rank(await excelFile(book));
    expect(status).toBe(1);
    const deep = report.issues.filter((i) => i.code === "criteria-too-deep");
    expect(deep[0]).toMatchObject({ severity: "error", sheet: "Tiêu chí", cell: "A12" });
    expect(deep).toHaveLength(1_990);
    expect(report.units.map((u) => u.name)).toEqual(["Sở Tư pháp"]);
    expect(run.files["khoi.ranked.xlsx"]).toBeDefined();
  });
});

describe("bloc-rank merge with a returned form holding a number beyond ±10¹⁵", () => {
  const [VP, BTC] = [f.UNITS[0]!, f.UNITS[1]!];

  it.each<[string, CellValue]>([
    ["a 400-digit score", `1${"0".repeat(399)}`],
    ["a score cell 1e300", 1e300],
  ])(
    "%s is that file's issue at its cell; the other forms are imported and the merged master ranks",
    async (_what, value) => {
      const form = f.filled(BTC);
      f.typeInto(form, "I.2", "Điểm tự chấm", value);
      const formCell = a1(f.formRow(form, "I.2"), f.formCol(form, "Điểm tự chấm"));
      const run = fakeCliIo({
        "khoi.xlsx": await xlsxOf(f.freshMaster()),
        "btc.xlsx": await excelFile({ sheets: [form] }),
        "vp.xlsx": await xlsxOf({ sheets: [f.filled(VP)] }),
      });
      expect(await main(["merge", "khoi.xlsx", "btc.xlsx", "vp.xlsx", "--json"], run.io)).toBe(1);
      const report = JSON.parse(run.stdout());
      expect(
        report.issues.map((i: JsonIssue & { file: string }) => [i.code, i.file, i.sheet, i.cell]),
      ).toEqual([["form-score-out-of-range", "btc.xlsx", "Phiếu", formCell]]);
      expect(
        report.imports.map((i: { file: string; status: string; written: number }) => [
          i.file,
          i.status,
          i.written,
        ]),
      ).toEqual([
        ["btc.xlsx", "partial", 14],
        ["vp.xlsx", "imported", 15],
      ]);
      const merged = (await readXlsx(run.files["khoi.merged.xlsx"]!)).workbook;
      const matrix = merged.sheets.find((s) => s.name === f.MATRIX)!.values;
      expect(matrix[f.rowOf("I.2")]![f.selfCol(BTC)] ?? "").toBe("");

      // The merged master ranks: data errors (scores still missing), not an internal error.
      const ranked = fakeCliIo({ "khoi.merged.xlsx": run.files["khoi.merged.xlsx"]! });
      expect(await main(["khoi.merged.xlsx", "--json"], ranked.io)).toBe(1);
      const result = JSON.parse(ranked.stdout());
      expect(result.units.map((u: { name: string }) => u.name).sort()).toEqual([BTC, VP].sort());
      const missing = a1(f.rowOf("I.2"), f.selfCol(BTC));
      expect(at(result, f.MATRIX, missing)).toContain("score-missing");
    },
  );
});
