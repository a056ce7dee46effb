import { main } from "../../src/cli/main";
import { readReturnedForm } from "../../src/engine/merge/readReturnedForm";
import { unitFormLayout, type UnitFormResult } from "../../src/excel/unitFormLayout";
import { formsToXlsx } from "../../src/xlsx/formsToXlsx";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { fakeCliIo } from "../helpers/fakeCliIo";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { freshMaster, freshUnits, FRESH_YEAR } from "./freshMaster";
import { filledForm, sampleSelf } from "./returnedForms";

const layoutOf = (fake: FakeExcel, unit: string): Promise<UnitFormResult> =>
  fake.run((context) => unitFormLayout(context, unit, { lang: "vi", year: FRESH_YEAR }));

const ready = (result: UnitFormResult) => {
  if (result.status !== "ready") throw new Error(`blocked: ${result.reason}`);
  return result;
};

/** Every sheet of the fake as `formulas` reads it, to show a read changed nothing. */
const snapshot = (fake: FakeExcel) => fake.sheetNames().map((name) => [name, fake.formulas(name)]);

describe("unitFormLayout", () => {
  test("makes the same form, under the same file name, as bloc-rank forms does, in 3 syncs and writing nothing", async () => {
    const fake = new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const before = snapshot(fake);
    const unit = freshUnits()[1]!;
    const made = ready(await layoutOf(fake, unit));
    expect(fake.syncCount).toBe(3);
    expect(snapshot(fake)).toEqual(before);

    const cli = fakeCliIo({ "khoi.xlsx": await workbookToXlsx(freshMaster()) });
    expect(await main(["forms", "khoi.xlsx", "-o", "out", "--json"], cli.io)).toBe(0);
    const sent = JSON.parse(cli.stdout()).forms.find((form: { unit: string }) => form.unit === unit);
    expect(made.file).toBe(sent.file.replace(/^out\//, ""));
    const [bytes] = await formsToXlsx([made.layout]);
    expect((await readXlsx(bytes!)).workbook).toEqual((await readXlsx(cli.files[sent.file]!)).workbook);
  });

  test("is blank even when the workbook's own form for the unit is filled in, and takes the roster's spelling", async () => {
    const unit = freshUnits()[0]!;
    const filled = filledForm(unit, sampleSelf(0), "Phiếu - VPTU");
    const fake = new FakeExcel({ sheets: [...freshMaster().sheets, filled] }, { excelApi: "1.8" });
    expect(readReturnedForm("master", { sheets: [filled] })[0]!.self.size).toBeGreaterThan(0);

    const made = ready(await layoutOf(fake, unit.toUpperCase()));
    expect(made.unit).toBe(unit);
    const { workbook } = await readXlsx((await formsToXlsx([made.layout]))[0]!);
    const [form] = readReturnedForm(made.file, workbook);
    expect(form?.label?.name).toBe(unit);
    expect(form?.self.size).toBe(0);
  });

  test("is blocked without a criteria table, and for a unit no longer among the workbook's units", async () => {
    const roster = freshMaster().sheets.filter((sheet) => sheet.name === "Đơn vị");
    expect(await layoutOf(new FakeExcel({ sheets: roster }), freshUnits()[0]!)).toEqual({
      status: "blocked",
      reason: "no-criteria",
      syncs: 3,
    });
    expect(await layoutOf(new FakeExcel(freshMaster()), "Sở Ngoại vụ")).toEqual({
      status: "blocked",
      reason: "no-unit",
      syncs: 3,
    });
  });
});
