import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { columnName } from "../../src/engine/address";
import { readScoreSheets } from "../../src/engine/scores/readScores";
import { findSheetUnit } from "../../src/engine/scores/sheetUnit";
import { createFormsInExcel, type CreateFormsResult } from "../../src/excel/createForms";
import { generatedBloc } from "../../src/samples/generatedBloc";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { typeInto } from "./fakeExcel/userEntry";
import { freshMaster, freshUnits, FRESH_YEAR } from "./freshMaster";

async function create(fake: FakeExcel, supports = fake.isSetSupported): Promise<CreateFormsResult> {
  return fake.run((context) => createFormsInExcel(context, { lang: "vi", year: FRESH_YEAR, supports }));
}

const created = (result: CreateFormsResult) => (result.status === "created" ? result.created : []);
/** The cells of a sheet that carry a data validation rule. */
const validated = (fake: FakeExcel, sheet: string) =>
  [...fake.sheet(sheet).cells.values()].filter((cell) => cell.validation !== undefined);

describe("createFormsInExcel", () => {
  test("one form sheet per roster unit, in roster order, in 4 syncs: unit label, validations, protection, no mark", async () => {
    const fake = new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const before = fake.sheetNames();
    const result = await create(fake);
    expect(result.status).toBe("created");
    expect(fake.syncCount).toBe(4);
    const forms = created(result);
    expect(forms.map((form) => form.unit)).toEqual(freshUnits());
    expect(fake.sheetNames()).toEqual([...before, ...forms.map((form) => form.sheet)]);
    for (const { unit, sheet } of forms) {
      const values = fake.formulas(sheet) as (string | number)[][];
      expect(findSheetUnit(values, 12)?.name).toBe(unit);
      expect(fake.sheet(sheet).protected).toBe(true);
      const rules = validated(fake, sheet);
      expect(rules.length).toBeGreaterThan(0);
      // Every validated cell is a score cell the unit can type into.
      expect(
        rules.every((cell) => cell.locked === false && cell.validation?.errorAlert.style === "Stop"),
      ).toBe(true);
    }
    expect(fake.names()).toEqual({});
    expect(fake.activeSheet()).toBe(forms[0]?.sheet);
  });

  test("the forms read back as the units' per-unit sheets: every unit found, criteria unchanged", async () => {
    const fake = new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const forms = created(await create(fake));
    const sheets = fake
      .sheetNames()
      .map((name) => ({ name, values: fake.formulas(name) as (string | number)[][] }));
    const before = evaluateBloc(freshMaster(), { year: FRESH_YEAR });
    const after = evaluateBloc({ sheets }, { year: FRESH_YEAR });
    expect(after.criteria?.all.map((c) => [c.key, c.max])).toEqual(
      before.criteria?.all.map((c) => [c.key, c.max]),
    );
    const found = readScoreSheets({ sheets }, after.criteria!, after.roster).found;
    const places = found
      .filter((entry) => entry.layout === "perUnit")
      .map((e) => ({ unit: e.name, sheet: e.sheet }));
    expect(places).toEqual(forms);
  });

  test("a second creation skips every unit whose form is still there and leaves a filled form as it is", async () => {
    const fake = new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const first = created(await create(fake));
    const form = first[1]!.sheet;
    const cell = [...fake.sheet(form).cells.entries()].find(([, state]) => state.validation)![0];
    const [row, col] = cell.split(",").map(Number) as [number, number];
    const address = `${columnName(col)}${row + 1}`;
    expect(typeInto(fake, form, address, 1)).toBe("entered");
    fake.syncs.length = 0;
    const sheets = fake.sheetNames();
    const again = await create(fake);
    expect(again).toEqual({ status: "created", created: [], skipped: first, syncs: 3 });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheetNames()).toEqual(sheets);
    expect(fake.cell(form, address)?.value).toBe(1);
  });

  test("without ExcelApi 1.8 the forms have no validation; without 1.2 no protection; both still made", async () => {
    const older = new FakeExcel(freshMaster(), { excelApi: "1.7" });
    const forms = created(await create(older));
    expect(forms).toHaveLength(freshUnits().length);
    expect(validated(older, forms[0]!.sheet)).toEqual([]);
    expect(older.sheet(forms[0]!.sheet).protected).toBe(true);

    const oldest = new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const without = created(await create(oldest, (set, version) => set === "ExcelApi" && version === "1.1"));
    expect(without).toHaveLength(freshUnits().length);
    expect(oldest.sheet(without[0]!.sheet).protected).toBe(false);
    expect(validated(oldest, without[0]!.sheet)).toEqual([]);
  });

  test("no criteria table or no units: a blocked result, nothing written, the read's 3 syncs", async () => {
    const empty = new FakeExcel({ sheets: [{ name: "Sheet1", values: [["Ghi chú"]] }] });
    expect(await create(empty)).toMatchObject({ status: "blocked", reason: "no-criteria", syncs: 3 });
    expect(empty.sheetNames()).toEqual(["Sheet1"]);
    const criteriaOnly = { sheets: freshMaster().sheets.filter((sheet) => sheet.name === "Bảng tiêu chí") };
    const noUnits = new FakeExcel(criteriaOnly);
    expect(await create(noUnits)).toMatchObject({ status: "blocked", reason: "no-units" });
    expect(noUnits.sheetNames()).toEqual(["Bảng tiêu chí"]);
    expect(noUnits.syncCount).toBe(3);
  });

  // Office.js sends about 53 KB per form of 20 criteria (test/excel/officeJs measures it): 60 forms fit in
  // one 5 MB request, 120 would not.
  test("60 units still take 4 syncs", async () => {
    const fake = new FakeExcel(generatedBloc(60, 4, 5), { excelApi: "1.8" });
    const result = await create(fake);
    expect(created(result)).toHaveLength(60);
    expect(fake.syncCount).toBe(4);
  });
});
