import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { a1 } from "../../src/engine/address";
import { layoutUnitForm } from "../../src/engine/forms/layoutUnitForm";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { layoutSheet } from "../helpers/layoutSheet";

const BTC = f.UNITS[1]!;
const UNIT_SHEET = "Phiếu - BTC";
const LEAVES = [...f.knownSelf(BTC).keys()];

// The master as a secretary keeps it: BTC's per-unit sheet, still empty, and the matrix column pulling every
// score from it by formula, each showing its cached 0.
async function formulaFedMaster(): Promise<{ data: Uint8Array; unitCell: (key: string) => string }> {
  const master = f.freshMaster();
  const input = { criteria: f.masterCriteria(), unit: BTC, blocName: "Khối", year: f.YEAR };
  const unitSheet = layoutSheet(layoutUnitForm(input, "vi", UNIT_SHEET));
  master.sheets.push(unitSheet);
  const selfCol = f.formCol(unitSheet, "Điểm tự chấm");
  const unitCell = (key: string) => a1(f.formRow(unitSheet, key), selfCol);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsxOf(master)) as unknown as ArrayBuffer);
  const matrix = book.getWorksheet(f.MATRIX)!;
  for (const key of LEAVES) {
    matrix.getCell(a1(f.rowOf(key), f.selfCol(BTC))).value = {
      formula: `'${UNIT_SHEET}'!${unitCell(key)}`,
      result: 0,
    };
  }
  return { data: new Uint8Array(await book.xlsx.writeBuffer()), unitCell };
}

describe("bloc-rank merge into a matrix fed by formulas", () => {
  it("reports no conflict, writes the per-unit sheet and leaves every matrix formula in place", async () => {
    const { data, unitCell } = await formulaFedMaster();
    const run = fakeCliIo({ "khoi.xlsx": data, "btc.xlsx": await xlsxOf({ sheets: [f.filled(BTC)] }) });
    expect(await main(["merge", "khoi.xlsx", "btc.xlsx", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.issues).toEqual([]);
    expect(report.imports).toEqual([
      expect.objectContaining({ unit: BTC, status: "imported", target: UNIT_SHEET, written: LEAVES.length }),
    ]);
    const merged = (await readXlsx(run.files["khoi.merged.xlsx"]!)).workbook;
    const matrix = merged.sheets.find((s) => s.name === f.MATRIX)!;
    expect(LEAVES.map((key) => matrix.formulas?.get(a1(f.rowOf(key), f.selfCol(BTC))))).toEqual(
      LEAVES.map((key) => `='${UNIT_SHEET}'!${unitCell(key)}`),
    );
    const unitSheet = merged.sheets.find((s) => s.name === UNIT_SHEET)!;
    const { row, col } = { row: f.formRow(unitSheet, LEAVES[0]!), col: f.formCol(unitSheet, "Điểm tự chấm") };
    expect(unitSheet.values[row]?.[col]).toBe(f.knownSelf(BTC).get(LEAVES[0]!));
  });
});
