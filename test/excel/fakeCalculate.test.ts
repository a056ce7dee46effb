import { FakeExcel } from "./fakeExcel/fakeExcel";

// The fake calculates the little the template-like samples need when values are read, as Excel would
// show them: SUM skips text (a number typed as text, "9,5"), + and − of a text cell is #VALUE!.
describe("the fake calculates SUM and + − of same-sheet cells", () => {
  async function valuesOf(formulas: Record<string, string>): Promise<unknown[][]> {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [[10, "9,5", 2, ""]] }] });
    for (const [cell, formula] of Object.entries(formulas)) fake.seedFormula("S", cell, formula, 0);
    return fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A2:F2");
      range.load("values");
      await context.sync();
      return range.values;
    });
  }

  it("adds ranges and lists, skipping text, and chains of cells, a blank counting 0", async () => {
    const values = await valuesOf({
      A2: "=SUM(A1:D1)",
      B2: "=SUM(A1,C1)",
      C2: "=A1+C1-D1",
      D2: "=A2-C1",
      E2: "=A1+B1",
      F2: "=AVERAGE(A1:C1)",
    });
    // F2: a formula the fake does not know reads as the value it was given.
    expect(values).toEqual([[12, 12, 12, 10, "#VALUE!", 0]]);
  });
});
