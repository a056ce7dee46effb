import { partyBloc } from "../../src/samples/partyBloc";
import { ExcelHostError } from "../../src/excel/ExcelHostError";
import { rankInExcel } from "../../src/excel/rankInExcel";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { MAX_COLUMNS, MAX_ROWS } from "./fakeExcel/SheetModel";

// A small table, and a stray value at XFD1048576 (and a formula far below), as Excel would hold them.
function withFarCell(excelApi: string): FakeExcel {
  const fake = new FakeExcel(
    {
      sheets: [
        {
          name: "Ghi chú",
          values: [
            ["STT", "Nội dung"],
            [1, "Kế hoạch"],
          ],
        },
      ],
    },
    { excelApi },
  );
  fake.seedFormula("Ghi chú", "B3", "=A2*2", 2);
  fake.seedFormula("Ghi chú", "C900000", "=1+1", 2);
  fake.sheet("Ghi chú").cell(MAX_ROWS - 1, MAX_COLUMNS - 1).value = "x";
  return fake;
}

async function read(fake: FakeExcel) {
  const before = fake.syncCount;
  const contents = await fake.run((context) => readWorkbook(context, fake.isSetSupported));
  return { contents, syncs: fake.syncCount - before };
}

describe("readWorkbook: cost follows the content (DESIGN §9)", () => {
  test("the fake, as Excel, cannot return the values of a used range up to XFD1048576", async () => {
    const fake = withFarCell("1.9");
    const loading = fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Ghi chú").getUsedRange(true);
      used.load("values");
      await context.sync();
    });
    await expect(loading).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("a stray value at XFD1048576 is a far cell, the grid the table's, in four syncs", async () => {
    const { contents, syncs } = await read(withFarCell("1.9"));
    const [sheet] = contents.workbook.sheets;
    expect(sheet!.values).toEqual([
      ["STT", "Nội dung"],
      [1, "Kế hoạch"],
      ["", 2],
    ]);
    expect(sheet!.far).toEqual([
      { cell: "C900000", value: 2 },
      { cell: "XFD1048576", value: "x" },
    ]);
    expect(Object.fromEntries(sheet!.formulas ?? [])).toEqual({ B3: "=" });
    expect(syncs).toBe(4);
    expect(contents.readSyncs).toBe(4);
  });

  test("a far value within the first read's corner is a far cell too, read with the values, without the far-cell syncs", async () => {
    const fake = withFarCell("1.9");
    fake.sheet("Ghi chú").cell(MAX_ROWS - 1, MAX_COLUMNS - 1).value = "";
    fake.sheet("Ghi chú").cell(899999, 2).formula = null;
    fake.sheet("Ghi chú").cell(899999, 2).value = "";
    fake.sheet("Ghi chú").cell(15000, 10).value = "y";
    const { contents, syncs } = await read(fake);
    expect(contents.workbook.sheets[0]!.values).toHaveLength(3);
    expect(contents.workbook.sheets[0]!.far).toEqual([{ cell: "K15001", value: "y" }]);
    // Sheets and marks, used ranges, then the values: 15,001 rows estimated at 400 bytes of text each before
    // any arrives (readValues), so two syncs for them.
    expect(syncs).toBe(4);
  });

  test("without ExcelApi 1.9 such a sheet is refused by name, not loaded", async () => {
    const error = await read(withFarCell("1.7")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).kind).toBe("too-large");
    expect((error as ExcelHostError).subject).toBe("Ghi chú");
  });

  test("a merge over the whole sheet does not widen the grid", async () => {
    const fake = withFarCell("1.9");
    fake.sheet("Ghi chú").cell(MAX_ROWS - 1, MAX_COLUMNS - 1).value = "";
    fake.sheet("Ghi chú").cell(899999, 2).formula = null;
    fake.sheet("Ghi chú").cell(899999, 2).value = "";
    fake.sheet("Ghi chú").merges.push({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 });
    const { contents, syncs } = await read(fake);
    expect(contents.workbook.sheets[0]!.values).toHaveLength(3);
    expect(contents.workbook.sheets[0]!.far).toBeUndefined();
    expect(syncs).toBe(3);
  });

  test("a rank over a bloc with a stray value reports it as sheet-far-cell at its address and ranks", async () => {
    const fake = new FakeExcel(partyBloc(2024), { excelApi: "1.9" });
    const name = partyBloc(2024).sheets[0]!.name;
    fake.sheet(name).cell(MAX_ROWS - 1, MAX_COLUMNS - 1).value = "x";
    const report = await fake.run((context) =>
      rankInExcel(context, { year: 2024, supports: fake.isSetSupported }),
    );
    expect(report.result.issues).toContainEqual(
      expect.objectContaining({
        code: "sheet-far-cell",
        severity: "warning",
        sheet: name,
        cell: "XFD1048576",
      }),
    );
    expect(report.result.provisional).toBe(false);
    expect(report.result.ranking[0]!.result.unit).toBe("Ban Tổ chức Tỉnh ủy");
  });
});
