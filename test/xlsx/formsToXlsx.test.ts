import ExcelJS from "exceljs";
import { isLeaf } from "../../src/engine/criteria/criterion";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { layoutForms } from "../../src/engine/forms/layoutForms";
import { findScoreHeader } from "../../src/engine/scores/findScoreHeader";
import { partyBloc } from "../../src/samples/partyBloc";
import { formsToXlsx } from "../../src/xlsx/formsToXlsx";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { layoutSheet } from "../helpers/layoutSheet";
import { definedNamesOf, partOf } from "./xlsxFixtures";

const master = evaluateBloc(partyBloc(2024), { year: 2024 });
const criteria = master.criteria!;
const forms = layoutForms(master, { lang: "vi", existing: [] }).slice(0, 2);
const header = findScoreHeader(layoutSheet(forms[0]!).values)!;
const rowOf = (i: number) => header.dataRow + i + 1;

async function open(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("formsToXlsx", () => {
  let files: Uint8Array[];
  beforeAll(async () => {
    files = await formsToXlsx(forms);
  });

  it("writes one workbook per form holding only that form, with no ownership mark", async () => {
    expect(files).toHaveLength(2);
    for (const [i, file] of files.entries()) {
      const contents = await readXlsx(file);
      expect(contents.existing).toEqual([{ name: forms[i]!.name, owner: null }]);
      expect(contents.workbook.sheets[0]!.values).toEqual(layoutSheet(forms[i]!).values);
      expect(await definedNamesOf(Buffer.from(file))).toEqual({});
    }
  });

  it("validates each leaf score cell as a decimal between 0 (or -max) and its max, with a Stop alert", async () => {
    const sheet = (await open(files[0]!)).worksheets[0]!;
    criteria.all.forEach((criterion, i) => {
      const rule = sheet.getCell(`E${rowOf(i)}`).dataValidation;
      if (!isLeaf(criterion)) return expect(rule).toBeUndefined();
      const min = criterion.kind === "penalty" ? -criterion.max! : 0;
      expect(rule).toMatchObject({ type: "decimal", errorStyle: "stop", showErrorMessage: true });
      expect(rule.formulae.map(Number)).toEqual([min, criterion.max]);
      expect(rule.operator ?? "between").toBe("between");
      expect(rule.error).toContain(String(criterion.max));
    });
    // Excel's default operator is "between" and ExcelJS leaves it out; the rule itself must be in the file.
    const xml = await partOf(Buffer.from(files[0]!), "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<dataValidation [^>]*type="decimal"[^>]*errorStyle="stop"/);
  });

  it("protects the sheet without a password, leaving only the leaves' score, evidence and explanation open", async () => {
    const sheet = (await open(files[1]!)).worksheets[0]!;
    const xml = await partOf(Buffer.from(files[1]!), "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toMatch(/<sheetProtection [^>]*(hashValue|password)=/);
    const locked = (ref: string) => sheet.getCell(ref).protection?.locked !== false;
    criteria.all.forEach((criterion, i) => {
      const row = rowOf(i);
      for (const col of ["E", "F", "G"]) expect(locked(`${col}${row}`)).toBe(!isLeaf(criterion));
      for (const col of ["A", "B", "C", "D"]) expect(locked(`${col}${row}`)).toBe(true);
    });
    expect(locked("B3")).toBe(true);
    expect(sheet.getCell(`E${rowOf(1)}`).fill).toMatchObject({ fgColor: { argb: "FFD9D9D9" } });
  });

  it("prints on A4 portrait, one page wide, repeating the header row, with the header frozen", async () => {
    const sheet = (await open(files[0]!)).worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header.row + 1}:${header.row + 1}`);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header.row + 1 });
  });
});
