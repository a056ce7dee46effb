import { rankInExcel } from "../../src/excel/rankInExcel";
import { label } from "../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../helpers/decreeBloc";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { pageBreaksOf } from "./fakeExcel/FakePageBreaks";

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

// Two ties: Sở A and Sở B for the flag, Sở C and Sở D for the certificate's seat left.
const UNITS: DecreeUnit[] = [
  { name: "Sở A", i: 57, ii: 38 },
  { name: "Sở B", i: 57, ii: 38 },
  { name: "Sở C", i: 56, ii: 37 },
  { name: "Sở D", i: 56, ii: 37 },
];
const RULES = [
  ["Tên khối", "Khối thi đua các sở"],
  ["", ""],
  ["Hình thức", "Số lượng"],
  [FLAG, 1],
  [MERIT, 2],
];
const BALLOT = label("vi", "sheetBallot");

async function rank(fake: FakeExcel) {
  return fake.run((context) => rankInExcel(context, { year: 2024, supports: fake.isSetSupported }));
}

describe("the ballot sheet in Excel (fake host)", () => {
  it("breaks the page before each ballot but the first and before the results table (ExcelApi 1.9)", async () => {
    const fake = new FakeExcel(decreeBloc(UNITS, RULES), { excelApi: "1.9" });
    const report = await rank(fake);
    const layout = report.layouts.find((l) => l.kind === "ballot")!;
    expect(layout.pageBreaks).toHaveLength(2);
    expect(pageBreaksOf.get(fake.sheet(BALLOT))).toEqual(layout.pageBreaks);
  });

  it("prints without breaks on an older host, and writes the sheet all the same", async () => {
    const fake = new FakeExcel(decreeBloc(UNITS, RULES), { excelApi: "1.7" });
    await rank(fake);
    expect(fake.sheetNames()).toContain(BALLOT);
    expect(pageBreaksOf.get(fake.sheet(BALLOT))).toBeUndefined();
  });

  it("reads the results typed into the ballot sheet on the next run, and writes them back", async () => {
    const fake = new FakeExcel(decreeBloc(UNITS, RULES), { excelApi: "1.9" });
    await rank(fake);
    const grid = fake.formulas(BALLOT);
    const rowOf = (unit: string, award: string) =>
      grid.findIndex((row) => row[1] === award && row[2] === unit);
    fake.sheet(BALLOT).cell(rowOf("Sở A", FLAG), 3).value = 45;
    fake.sheet(BALLOT).cell(rowOf("Sở B", FLAG), 3).value = 55;
    const second = await rank(fake);
    expect(second.result.proposals[0]).toMatchObject({ award: FLAG, units: ["Sở B"], needsBallot: false });
    expect(second.result.roster?.sheet).toBe("Đơn vị");
    const again = fake.formulas(BALLOT);
    const votes = (unit: string) => again.find((row) => row[1] === FLAG && row[2] === unit)?.[3];
    expect([votes("Sở A"), votes("Sở B")]).toEqual([45, 55]);
  });
});
