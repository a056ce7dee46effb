import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { label } from "../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../helpers/decreeBloc";
import { fakeCliIo } from "../helpers/fakeCliIo";

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

// Sở Tư pháp and Sở Nội vụ tie at 95 for the one flag.
const UNITS: DecreeUnit[] = [
  { name: "Sở Tư pháp", short: "STP", i: 57, ii: 38 },
  { name: "Sở Nội vụ", i: 57, ii: 38 },
  { name: "Sở Tài chính", i: 55, ii: 36 },
  { name: "Sở Xây dựng", i: 54, ii: 36 },
];

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return book;
}

/** The results table's rows on the ballot sheet: [row number, award, unit, votes]. */
function resultRows(sheet: ExcelJS.Worksheet): [number, unknown, unknown, unknown][] {
  let header = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(2).value === "Hình thức" && row.getCell(3).value === "Đơn vị") header = n;
  });
  expect(header).toBeGreaterThan(0);
  const rows: [number, unknown, unknown, unknown][] = [];
  for (let n = header + 1; sheet.getRow(n).getCell(3).value; n++) {
    const at = (col: number) => sheet.getCell(n, col).value ?? null;
    rows.push([n, at(2), at(3), at(4)]);
  }
  return rows;
}

async function run(files: Record<string, Uint8Array>, input: string, output: string) {
  const io = fakeCliIo(files);
  const status = await main([input, "-o", output, "--json"], io.io);
  return { status, report: JSON.parse(io.stdout()) };
}

describe("bloc-rank: ballot results typed back into the ballot sheet", () => {
  it("settles the tie on the next run, writes the results back, and a third run agrees", async () => {
    const files: Record<string, Uint8Array> = { "khoi.xlsx": await workbookToXlsx(decreeBloc(UNITS)) };
    const first = await run(files, "khoi.xlsx", "r1.xlsx");
    expect(first.status).toBe(0);
    expect(first.report.proposals[0]).toEqual({
      award: FLAG,
      units: ["Sở Tư pháp", "Sở Nội vụ"],
      needsBallot: true,
    });
    expect(first.report.ballots).toEqual([
      { award: FLAG, units: ["Sở Tư pháp", "Sở Nội vụ"], seats: 1, result: [], settled: false, elected: [] },
    ]);

    const book = await load(files["r1.xlsx"]!);
    const ballot = book.getWorksheet(label("vi", "sheetBallot"))!;
    expect(ballot).toBeDefined();
    const rows = resultRows(ballot);
    expect(rows.map(([, award, unit, votes]) => [award, unit, votes])).toEqual([
      [FLAG, "Sở Tư pháp", null],
      [FLAG, "Sở Nội vụ", null],
    ]);
    // The secretary types the count's shares, and one unreadable line for a unit not in the tie.
    ballot.getRow(rows[0]![0]).getCell(4).value = 40;
    ballot.getRow(rows[1]![0]).getCell(4).value = "60%";
    const extra = ballot.getRow(rows[1]![0] + 1);
    extra.getCell(2).value = FLAG;
    extra.getCell(3).value = "Sở Xây dựng";
    extra.getCell(4).value = "nhiều";
    files["typed.xlsx"] = new Uint8Array(await book.xlsx.writeBuffer());

    const second = await run(files, "typed.xlsx", "r2.xlsx");
    expect(second.status).toBe(0);
    expect(second.report.proposals.slice(0, 2)).toEqual([
      { award: FLAG, units: ["Sở Nội vụ"], needsBallot: false },
      { award: MERIT, units: ["Sở Tư pháp", "Sở Tài chính"], needsBallot: false },
    ]);
    expect(second.report.ballots).toEqual([
      {
        award: FLAG,
        units: ["Sở Tư pháp", "Sở Nội vụ"],
        seats: 1,
        result: [
          { unit: "Sở Nội vụ", votes: 0.6, kind: "share" },
          { unit: "Sở Tư pháp", votes: 0.4, kind: "share" },
        ],
        settled: true,
        elected: ["Sở Nội vụ"],
      },
    ]);
    const codes = second.report.issues.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["award-ballot-settled", "ballot-result-invalid"]));
    expect(codes).not.toContain("award-ballot-needed");

    // Everything typed is still on the new ballot sheet, the unreadable line too.
    const again = (await load(files["r2.xlsx"]!)).getWorksheet(label("vi", "sheetBallot"))!;
    expect(resultRows(again).map(([, award, unit, votes]) => [award, unit, votes])).toEqual([
      [FLAG, "Sở Tư pháp", 40],
      [FLAG, "Sở Nội vụ", "60%"],
      [FLAG, "Sở Xây dựng", "nhiều"],
    ]);

    const third = await run(files, "r2.xlsx", "r3.xlsx");
    expect(third.report.proposals).toEqual(second.report.proposals);
    expect(third.report.ballots).toEqual(second.report.ballots);
    // The ballot sheet has no ballot paper left to print, so the results sit higher: compare all but the cells.
    const issues = (report: { issues: { code: string; sheet: string; message: string }[] }) =>
      report.issues.map((i) => [i.code, i.sheet, i.message]);
    expect(issues(third.report)).toEqual(issues(second.report));
    expect(resultRows((await load(files["r3.xlsx"]!)).getWorksheet(label("vi", "sheetBallot"))!).length).toBe(
      3,
    );
  });
});
