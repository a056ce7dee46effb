import { widthInPoints } from "../../src/excel/structureSteps";
import { FakeExcel } from "./fakeExcel/fakeExcel";

// Excel's specifications and limits, enforced by the fake as Excel refuses them: the sync fails there, and what
// ran before it in the same sync stays applied.
describe("the fake refuses what Excel refuses", () => {
  async function attempt(
    write: (sheet: Excel.Worksheet) => void,
  ): Promise<{ error: unknown; fake: FakeExcel }> {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [] }] });
    const error = await fake
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("Z1").values = [["before"]];
        write(sheet);
        await context.sync();
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    return { error, fake };
  }

  const sumOf = (n: number) => `=SUM(${Array.from({ length: n }, (_, i) => `A${i + 1}`).join(",")})`;

  it.each([
    ["a row of 409 points", (s: Excel.Worksheet) => (s.getRange("2:2").format.rowHeight = 409), null],
    [
      "a row of 409.5 points",
      (s: Excel.Worksheet) => (s.getRange("2:2").format.rowHeight = 409.5),
      "InvalidArgument",
    ],
    [
      "a column of 255 characters",
      (s: Excel.Worksheet) => (s.getRange("B:B").format.columnWidth = widthInPoints(255)),
      null,
    ],
    [
      "a column of 256 characters",
      (s: Excel.Worksheet) => (s.getRange("B:B").format.columnWidth = widthInPoints(256)),
      "InvalidArgument",
    ],
    ["255 arguments", (s: Excel.Worksheet) => (s.getRange("B1").formulas = [[sumOf(255)]]), null],
    [
      "256 arguments",
      (s: Excel.Worksheet) => (s.getRange("B1").formulas = [[sumOf(256)]]),
      "InvalidArgument",
    ],
    [
      "256 arguments through values",
      (s: Excel.Worksheet) => (s.getRange("B1").values = [[sumOf(256)]]),
      "InvalidArgument",
    ],
    [
      "a formula of 8,192 characters",
      (s: Excel.Worksheet) => (s.getRange("B1").formulas = [[`=1${"+1".repeat(4095)}`]]),
      null,
    ],
    [
      "a formula of 8,193 characters",
      (s: Excel.Worksheet) => (s.getRange("B1").formulas = [[`=11${"+1".repeat(4095)}`]]),
      "FormulaLengthExceedsLimit",
    ],
    [
      "a text of 32,767 characters",
      (s: Excel.Worksheet) => (s.getRange("B1").values = [[`'${"x".repeat(32767)}`]]),
      null,
    ],
    [
      "a text of 32,768 characters",
      (s: Excel.Worksheet) => (s.getRange("B1").values = [["x".repeat(32768)]]),
      "InvalidArgument",
    ],
  ])("%s", async (_, write, code) => {
    const { error, fake } = await attempt(write);
    if (code === null) expect(error).toBeNull();
    else expect(error).toMatchObject({ code });
    // What ran before the failing operation stays applied, as in Excel.
    expect(fake.cell("S", "Z1")?.value).toBe("before");
    if (code !== null) expect(fake.cell("S", "B1")?.formula ?? null).toBeNull();
  });

  it("a comma inside a string or a quoted sheet name is no argument", async () => {
    const text = `"${",".repeat(300)}"`;
    const { error } = await attempt((s) => (s.getRange("B1").formulas = [[`=LEN(${text})`]]));
    expect(error).toBeNull();
  });
});
