import ExcelJS from "exceljs";
import fc from "fast-check";
import { parseA1 } from "../../src/engine/address";
import { main } from "../../src/cli/main";
import { SAMPLES } from "../../src/samples";
import { fakeCliIo } from "../helpers/fakeCliIo";

// DESIGN §9: whatever a file holds, `bloc-rank` ends with issues or a one-line message. Whole .xlsx files
// from a seeded generator — random cell types and values, merges, far cells, odd sheet names and codes,
// settings and award rules, zip corruptions — go through the CLI in process (reader, engine, layouts,
// writer). FUZZ_RUNS sets how many (default 1000), FUZZ_SEED the seed (printed, so a failure can be rerun).

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
// Per file; generous for a loaded CI machine, far below a hang.
const FILE_MS = 5000;

type Cell =
  string | number | boolean | Date | { formula: string; result?: number } | { richText: { text: string }[] };

const text = fc.oneof(
  fc.constantFrom(
    "STT",
    "Nội dung",
    "Điểm chuẩn",
    "Điểm tự chấm",
    "Khối chấm",
    "Tên đơn vị",
    "Vai trò",
    "Trưởng khối",
    "Cụm trưởng",
    "Đang xem xét",
    "Tỷ lệ phiếu",
    "Tỷ lệ nữ (%)",
    "Số lần",
    "Điểm thưởng",
    "Điểm trừ",
    "I",
    "II",
    "1.1",
    "1.2.3",
    "a)",
    "9,5",
    "0,5đ/lần",
    "trừ 1 điểm/lần, tối đa 3 điểm",
    "Tổng cộng",
    "NGƯỜI LẬP BIỂU",
    "(Ký, ghi rõ họ tên)",
    "Ghi chú: không",
    "(1)",
    "=SUM(A1)",
    "#DIV/0!",
    "1e999",
    "9".repeat(400),
    "",
    " ",
    "Đơn vị: Ban Tổ chức",
  ),
  fc.string({ maxLength: 12 }),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: text },
  {
    weight: 4,
    arbitrary: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double({ noNaN: true, min: -1e20, max: 1e20 })),
  },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1e300, Number.MAX_VALUE, 0.1, 1e15, 1e16) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.date({ min: new Date("1900-03-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      formula: fc.constantFrom("SUM(C2:C9)", "A1+1", "'Bảng'!C3", "1/0"),
      result: fc.integer(),
    }),
  },
  { weight: 1, arbitrary: text.map((t) => ({ richText: [{ text: t }, { text: "x" }] })) },
);

// Values that have broken readers before: digit strings beyond any float, non-finite and huge numbers.
const hostile: fc.Arbitrary<Cell> = fc.constantFrom<Cell>(
  "9".repeat(400),
  "9".repeat(32000),
  "1e999",
  "-" + "9".repeat(400),
  1e300,
  -1e300,
  Number.MAX_VALUE,
  1e16,
  "0," + "5".repeat(400),
);

interface SheetSpec {
  name: string;
  rows: Cell[][];
  merges: [number, number, number, number][];
  far: { row: number; col: number; value: Cell }[];
}

const sheetName = fc.oneof(
  fc.constantFrom(
    "Tiêu chí",
    "Tổng hợp",
    "Đơn vị",
    "Cấu hình",
    "Settings",
    "Xếp hạng",
    "Phiếu - BTC",
    "Bảng (2)",
    "Sheet1",
  ),
  fc
    .string({ minLength: 1, maxLength: 31 })
    .map((s) => s.replace(/[\\/?*[\]:]/g, "_"))
    .filter((s) => s.trim() !== "" && !/^'|'$/.test(s)),
);

const sheetArb: fc.Arbitrary<SheetSpec> = fc.record({
  name: sheetName,
  rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }),
  merges: fc.array(
    fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 8 }), fc.nat(4), fc.nat(3))
      .map(([r, c, h, w]) => [r, c, r + h, c + w] as [number, number, number, number]),
    { maxLength: 3 },
  ),
  far: fc.array(
    fc.record({
      row: fc.integer({ min: 31, max: 5000 }),
      col: fc.integer({ min: 9, max: 300 }),
      value: cell,
    }),
    { maxLength: 2 },
  ),
});

type Corruption = "none" | "truncate" | "flip" | "empty" | "text";
const corruptionArb = fc.constantFrom<Corruption>(
  "none",
  "none",
  "none",
  "none",
  "none",
  "none",
  "none",
  "none",
  "none",
  "truncate",
  "flip",
  "empty",
  "text",
);

// Random sheets rarely make a table the engine reads; most files are therefore a bundled sample with random
// cells typed over it, so that scores, maxima, settings and rules meet every kind of value.
const randomFile = fc.record({
  sheets: fc.uniqueArray(sheetArb, { minLength: 1, maxLength: 4, selector: (s) => s.name.toLowerCase() }),
  corruption: corruptionArb,
  at: fc.nat(),
});
const mutatedSample = fc
  .record({
    sample: fc.nat(SAMPLES.length - 1),
    // Positions are taken modulo the sheet's size (or its list of numbers), so most edits land in a table.
    edits: fc.array(
      fc.record({
        sheet: fc.nat(5),
        row: fc.nat(),
        col: fc.nat(),
        value: fc.oneof({ weight: 3, arbitrary: cell }, { weight: 1, arbitrary: hostile }),
      }),
      { minLength: 1, maxLength: 16 },
    ),
    merges: sheetArb.map((s) => s.merges),
    far: sheetArb.map((s) => s.far),
    corruption: corruptionArb,
    at: fc.nat(),
  })
  .map(({ sample, edits, merges, far, corruption, at }) => {
    const sheets: SheetSpec[] = SAMPLES[sample]!.build(2024).sheets.map((sheet) => ({
      name: sheet.name,
      rows: sheet.values.map((row) => [...row] as Cell[]),
      merges: [],
      far: [],
    }));
    // Half the edits go over a number of the sample (a score, a max, a setting, a rule), where a hostile
    // value does its harm; the others anywhere in a sheet, modulo its size.
    const numbers = sheets.flatMap((sheet) =>
      sheet.rows.flatMap((row, r) => row.flatMap((v, c) => (typeof v === "number" ? [{ sheet, r, c }] : []))),
    );
    edits.forEach((edit, k) => {
      const target = sheets[edit.sheet % sheets.length]!;
      const onNumber = k % 2 === 0 ? numbers[edit.row % Math.max(1, numbers.length)] : undefined;
      const row = onNumber ? onNumber.r : edit.row % Math.max(1, target.rows.length + 2);
      const width = Math.max(1, ...target.rows.map((r) => r.length));
      const col = onNumber ? onNumber.c : edit.col % (width + 1);
      ((onNumber?.sheet ?? target).rows[row] ??= [])[col] = edit.value;
    });
    sheets[0]!.merges = merges;
    sheets[sheets.length - 1]!.far = far;
    return { sheets, corruption, at };
  });
const fileArb = fc.oneof({ weight: 1, arbitrary: randomFile }, { weight: 3, arbitrary: mutatedSample });

async function build(spec: { sheets: SheetSpec[] }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) {
    const ws = book.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== undefined && value !== "") ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
    for (const { row, col, value } of sheet.far) ws.getCell(row, col).value = value as ExcelJS.CellValue;
    for (const [top, left, bottom, right] of sheet.merges) {
      try {
        ws.mergeCells(top, left, bottom, right);
      } catch {
        // Overlapping merges: ExcelJS refuses them, and so would Excel; the file simply has fewer.
      }
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function corrupt(data: Uint8Array, how: Corruption, at: number): Uint8Array {
  if (how === "none") return data;
  if (how === "empty") return new Uint8Array();
  if (how === "text") return new TextEncoder().encode("Mã,Nội dung\n1,abc\n");
  if (how === "truncate") return data.slice(0, at % Math.max(1, data.length));
  const copy = new Uint8Array(data);
  for (let i = 0; i < 8; i++) {
    const k = (at + i * 977) % copy.length;
    copy[k] = (copy[k] ?? 0) ^ 0xff;
  }
  return copy;
}

interface JsonOut {
  ok: boolean;
  issues?: { severity: string; sheet: string; cell: string }[];
  error?: unknown;
}

describe(`bloc-rank on ${RUNS} generated workbooks (seed ${SEED})`, () => {
  it("ends with issues or a one-line message, never an exception, never writing over the input", async () => {
    let files = 0;
    let readable = 0;
    await fc.assert(
      fc.asyncProperty(fileArb, async (spec) => {
        const input = corrupt(await build(spec), spec.corruption, spec.at);
        const original = new Uint8Array(input);
        const run = fakeCliIo({ "in.xlsx": input });
        const started = Date.now();
        const status = await main(["in.xlsx", "--json", "-o", "out.xlsx"], run.io);
        const elapsed = Date.now() - started;
        files++;
        expect([0, 1, 2]).toContain(status);
        const lines = run.stdout().trim().split("\n");
        expect(lines).toHaveLength(1);
        const report = JSON.parse(lines[0]!) as JsonOut;
        expect(run.files["in.xlsx"]).toEqual(original);
        expect(elapsed).toBeLessThan(FILE_MS);
        if (status === 2) {
          expect(report.ok).toBe(false);
          expect(run.stderr().trim().split("\n")).toHaveLength(1);
          return;
        }
        readable++;
        expect(run.files["out.xlsx"]?.length ?? 0).toBeGreaterThan(0);
        // Every error points at a real sheet and cell (or at the workbook as a whole).
        const names = new Set(spec.sheets.map((s) => s.name));
        for (const found of report.issues ?? []) {
          if (found.severity !== "error") continue;
          if (found.sheet !== "") expect(names.has(found.sheet)).toBe(true);
          if (found.cell !== "") expect(parseA1(found.cell)).not.toBeNull();
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`fuzz: ${files} workbooks (seed ${SEED}), ${readable} readable, ${files - readable} refused`);
  });
});
