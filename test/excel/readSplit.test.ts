import { evaluateBloc } from "../../src/engine/evaluateBloc";
import type { WorkbookInput } from "../../src/engine/workbook";
import { rankInExcel, type RankReport } from "../../src/excel/rankInExcel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import {
  DEFAULT_PAYLOAD_LIMIT,
  FakeExcel,
  FakeExcelError,
  type FakeExcelOptions,
} from "./fakeExcel/fakeExcel";
import { MAX_COLUMNS, MAX_ROWS } from "./fakeExcel/SheetModel";
import { perUnitBloc, PER_UNIT_YEAR } from "./perUnitBloc";
import { allowedSyncs } from "./syncBudget";

const MB = 1024 * 1024;
const sum = (sizes: number[]): number => sizes.reduce((a, b) => a + b, 0);

async function rank(fake: FakeExcel): Promise<RankReport> {
  return fake.run((context) => rankInExcel(context, { year: PER_UNIT_YEAR, supports: fake.isSetSupported }));
}

/** What reading every sheet at once gives: the seeded values, as the .xlsx path would read them. */
const atOnce = (workbook: WorkbookInput) => evaluateBloc(workbook, { year: PER_UNIT_YEAR });

describe("a read past Excel's 5 MB response is split by size (DESIGN §7)", () => {
  // 200 forms of 60 criteria worded in 300 characters: 5.9 MB of values (ExcelApi 1.9), 11.8 MB with the
  // `formulas` older Excel loads beside them; 500 forms: 14.6 MB and 29 MB.
  test.each([
    [200, "1.9"],
    [200, "1.7"],
    [500, "1.9"],
  ])(
    "%s filled per-unit forms, ExcelApi %s: every response under 5 MB, the syncs the budget allows, the same result",
    async (units, excelApi) => {
      const workbook = perUnitBloc(units);
      const fake = new FakeExcel(workbook, { excelApi });
      const report = await rank(fake);
      const received = sum(fake.responses);
      expect(received).toBeGreaterThan(5 * MB);
      expect(Math.max(...fake.responses)).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
      expect(report.syncs).toBe(fake.syncCount);
      expect(fake.syncCount).toBeLessThanOrEqual(allowedSyncs(fake));
      // Sheets and marks, used ranges, then one sync per 4.5 MB of values: none refused.
      expect(report.readSyncs).toBe(2 + Math.ceil(received / (4.5 * MB)));
      const expected = atOnce(workbook);
      expect(report.result.ranking).toHaveLength(units);
      expect(report.result.ranking).toEqual(expected.ranking);
      expect(report.result.issues).toEqual(expected.issues);
    },
    120000,
  );

  test("every cell of every sheet arrives, in its place, whatever group it came in", async () => {
    const workbook = perUnitBloc(200);
    const fake = new FakeExcel(workbook, { excelApi: "1.9" });
    const contents = await fake.run((context) => readWorkbook(context, fake.isSetSupported));
    expect(contents.readSyncs).toBeGreaterThan(3);
    expect(contents.workbook.sheets.map((s) => [s.name, s.values])).toEqual(
      workbook.sheets.map((s) => [s.name, s.values]),
    );
  }, 60000);

  test("a sheet larger than 4.5 MB alone is read in bands of rows, joined in order", async () => {
    // One sheet of 4,000 rows of 1,500-byte texts: 6 MB.
    const text = "Giải trình chi tiết kết quả thực hiện nhiệm vụ. ".repeat(30);
    const rows = Array.from({ length: 4000 }, (_, r) => [r + 1, `${r + 1}. ${text}`]);
    const workbook: WorkbookInput = { sheets: [{ name: "Ghi chú", values: rows }] };
    const fake = new FakeExcel(workbook, { excelApi: "1.9" });
    const contents = await fake.run((context) => readWorkbook(context, fake.isSetSupported));
    expect(sum(fake.responses)).toBeGreaterThan(5 * MB);
    expect(Math.max(...fake.responses)).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(contents.workbook.sheets[0]!.values).toEqual(rows);
    // Texts five times the estimate: Excel refuses the first plan once, then the bands fit.
    expect(fake.sizes.filter(({ refused }) => refused > 0)).toHaveLength(1);
  }, 60000);

  test("a sheet reaching far (a stray value at XFD1048576) has its content split by size too", async () => {
    const text = "Giải trình chi tiết kết quả thực hiện nhiệm vụ. ".repeat(30);
    const rows = Array.from({ length: 4000 }, (_, r) => [r + 1, `${r + 1}. ${text}`]);
    const fake = new FakeExcel({ sheets: [{ name: "Ghi chú", values: rows }] }, { excelApi: "1.9" });
    fake.sheet("Ghi chú").cell(MAX_ROWS - 1, MAX_COLUMNS - 1).value = "x";
    const contents = await fake.run((context) => readWorkbook(context, fake.isSetSupported));
    expect(sum(fake.responses)).toBeGreaterThan(5 * MB);
    expect(Math.max(...fake.responses)).toBeLessThanOrEqual(DEFAULT_PAYLOAD_LIMIT);
    expect(contents.workbook.sheets[0]!.values).toEqual(rows);
    // Excel refused the first plan (texts five times the estimate): the far cell, loaded with it, came again.
    expect(fake.failed).toHaveLength(1);
    expect(contents.workbook.sheets[0]!.far).toEqual([{ cell: "XFD1048576", value: "x" }]);
    expect(contents.readSyncs).toBe(fake.syncCount);
  }, 60000);

  test.each<[string, FakeExcelOptions]>([
    ["a host that answers at most 1 MB", { responseLimit: MB }],
    [
      "a host refusing one response of the values",
      {
        failSync: (index) =>
          index === 3 ? new FakeExcelError("ResponsePayloadSizeLimitExceeded", "Too large.") : null,
      },
    ],
  ])(
    "%s: the refused group is read again smaller, with the same result",
    async (_, options) => {
      const workbook = perUnitBloc(60);
      const fake = new FakeExcel(workbook, { excelApi: "1.9", ...options });
      const report = await rank(fake);
      expect(report.result.ranking).toEqual(atOnce(workbook).ranking);
      expect(fake.failed.length).toBeGreaterThan(0);
      expect(Math.max(...fake.responses)).toBeLessThanOrEqual(options.responseLimit ?? DEFAULT_PAYLOAD_LIMIT);
      expect(report.syncs).toBe(fake.syncCount);
    },
    60000,
  );

  test("after a refusal a wide row over the smaller plan goes alone, and arrives", async () => {
    const narrow = [[1, "đ".repeat(1000)]];
    const wide = [Array.from({ length: 900 }, (_, c) => `ô ${c}`.padEnd(8, "x"))];
    const workbook: WorkbookInput = {
      sheets: [
        { name: "Hẹp", values: narrow },
        { name: "Rộng", values: wide },
      ],
    };
    const fake = new FakeExcel(workbook, { excelApi: "1.9", responseLimit: 11000 });
    const contents = await fake.run((context) => readWorkbook(context, fake.isSetSupported));
    expect(fake.failed).toHaveLength(1);
    expect(contents.workbook.sheets.map((s) => s.values)).toEqual([narrow, wide]);
  });

  test("a host that cannot return even one row: a typed payload error, nothing written", async () => {
    const workbook: WorkbookInput = { sheets: [{ name: "Ghi chú", values: [[1, "đ".repeat(1500)]] }] };
    const fake = new FakeExcel(workbook, { excelApi: "1.9", responseLimit: 2000 });
    await expect(rank(fake)).rejects.toMatchObject({ name: "ExcelHostError", kind: "payload" });
    // The sheets, the used range, then the one row refused as often as the read allows.
    expect(fake.responses.slice(0, 2).every((bytes) => bytes > 0 && bytes < 2000)).toBe(true);
    expect(fake.sheetNames()).toEqual(["Ghi chú"]);
  });
});
