import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { ExcelHostError } from "../../src/excel/ExcelHostError";
import { insertSample } from "../../src/excel/insertSample";
import { inspectWorkbook } from "../../src/excel/inspectWorkbook";
import { rankInExcel, type RankStage } from "../../src/excel/rankInExcel";
import { SAMPLES } from "../../src/samples";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const YEAR = 2024;
const fresh = () => new FakeExcel({ sheets: [{ name: "Sheet1", values: [] }] });

describe("inserting a sample bloc into an empty workbook", () => {
  test.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: its sheets are added after Sheet1 in 2 syncs and read back to the same result",
    async (_, sample) => {
      const workbook = sample.build(YEAR);
      const fake = fresh();
      const added = await fake.run((context) => insertSample(context, workbook));
      expect(added).toEqual(workbook.sheets.map((s) => s.name));
      expect(fake.sheetNames()).toEqual(["Sheet1", ...added]);
      expect(fake.syncCount).toBe(2);
      expect(fake.model.active?.name).toBe(added[0]);
      // Codes like "1.1" and "I" stay text, numbers stay numbers: the engine reads what the sample says.
      const { result } = await fake.run((context) => inspectWorkbook(context, { year: YEAR }));
      const expected = evaluateBloc(workbook, { year: YEAR });
      expect(result.issues).toEqual(expected.issues);
      expect(result.ranking.map((u) => [u.result.unit, u.result.total.toString()])).toEqual(
        expected.ranking.map((u) => [u.result.unit, u.result.total.toString()]),
      );
    },
  );

  test("a formula naming a later sheet of the sample reads it: every sheet is added before any is filled", async () => {
    const fake = fresh();
    const workbook = {
      sheets: [
        { name: "Tổng hợp", values: [["", 0]], formulas: new Map([["B1", "='Phiếu - BTC'!A1*2"]]) },
        { name: "Phiếu - BTC", values: [[21]] },
      ],
    };
    await fake.run((context) => insertSample(context, workbook));
    const values = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tổng hợp").getRange("B1");
      range.load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[42]]);
  });

  test("a sheet name already taken stops the insert before anything is written", async () => {
    const workbook = SAMPLES[0]!.build(YEAR);
    const taken = workbook.sheets[1]!.name;
    const fake = new FakeExcel({ sheets: [{ name: taken.toUpperCase(), values: [["mine"]] }] });
    const error = await fake.run((context) => insertSample(context, workbook)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).kind).toBe("name-clash");
    expect((error as ExcelHostError).subject).toBe(taken);
    expect(fake.sheetNames()).toEqual([taken.toUpperCase()]);
    expect(fake.formulas(taken.toUpperCase())).toEqual([["mine"]]);
  });
});

describe("progress of a rank run", () => {
  test("the stages are told in order, each before its work", async () => {
    const fake = new FakeExcel(SAMPLES[0]!.build(YEAR));
    const seen: [RankStage, number][] = [];
    await fake.run((context) =>
      rankInExcel(context, { year: YEAR, onStage: (stage) => void seen.push([stage, fake.syncCount]) }),
    );
    expect(seen).toEqual([
      ["read", 0],
      ["evaluate", 3],
      ["write", 3],
    ]);
  });
});
