import { createFormsInExcel } from "../../src/excel/createForms";
import { importFormsInExcel } from "../../src/excel/importForms";
import { a1 } from "../../src/engine/address";
import { SAMPLE_LEAVES } from "../../src/samples/sampleCriteria";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { freshMaster, FRESH_YEAR } from "./freshMaster";
import { filledForm, returnedForm, sampleSelf } from "./returnedForms";
import { changed, snapshot } from "./sheetDiff";

// The pane's import (DESIGN §9): a returned form's score beyond ±10¹⁵ is that file's issue at its cell and is
// not written; the file's other scores and the other files are.
describe("importFormsInExcel with a score out of range", () => {
  it("reports the 400-digit score of one file and imports everything else", async () => {
    const fake = new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const options = { lang: "vi" as const, year: FRESH_YEAR, supports: fake.isSetSupported };
    const created = await fake.run((context) => createFormsInExcel(context, options));
    if (created.status !== "created") throw new Error("no forms");
    const [first, second] = created.created;
    const key = SAMPLE_LEAVES[0]!;
    const hostile = new Map(sampleSelf(0)).set(key, `1${"0".repeat(399)}`);
    const form = filledForm(first!.unit, hostile, first!.sheet);
    const row = form.values.findIndex((line) => line.includes(hostile.get(key)!));
    const cell = a1(row, form.values[row]!.indexOf(hostile.get(key)!));
    const returned = [
      returnedForm("1.xlsx", form),
      returnedForm("2.xlsx", filledForm(second!.unit, sampleSelf(1), second!.sheet)),
    ];
    const before = snapshot(fake);
    const result = await fake.run((context) => importFormsInExcel(context, returned, options));
    expect(result.issues.map((i) => [i.code, i.file, i.sheet, i.cell, i.criterion])).toEqual([
      ["form-score-out-of-range", "1.xlsx", first!.sheet, cell, key],
    ]);
    expect(result.imports.map((i) => [i.file, i.status])).toEqual([
      ["1.xlsx", "partial"],
      ["2.xlsx", "imported"],
    ]);
    const scores = SAMPLE_LEAVES.length;
    expect(result.cells).toBe(2 * scores - 1);
    expect(changed(before, snapshot(fake))).toHaveLength(2 * scores - 1);
  });
});
