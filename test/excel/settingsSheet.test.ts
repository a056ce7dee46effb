import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { ownershipName } from "../../src/engine/layout/sheetLayout";
import type { WorkbookInput } from "../../src/engine/workbook";
import { ExcelHostError } from "../../src/excel/ExcelHostError";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { readSettingsView, saveSettings } from "../../src/excel/settingsSheet";
import { SAMPLES } from "../../src/samples";
import { FakeExcel } from "./fakeExcel/fakeExcel";

const YEAR = 2024;
const SETTINGS = "Cấu hình";
// The associations sample's settings sheet: header, keys in rows 2–5, a blank row 6, the rules table from row 7.
const associations = (): WorkbookInput => SAMPLES[1]!.build(YEAR);
const withoutSettings = (): WorkbookInput => {
  const book = SAMPLES[0]!.build(YEAR);
  return { sheets: book.sheets.filter((s) => s.name !== SETTINGS) };
};

const save = (fake: FakeExcel, changes: Record<string, string>, lang: "vi" | "en" = "vi") =>
  fake.run((context) => saveSettings(context, changes, lang, { year: YEAR, supports: fake.isSetSupported }));

// Every sheet's cells, to compare before and after a save.
const snapshot = (fake: FakeExcel): Record<string, unknown[][]> =>
  Object.fromEntries(fake.sheetNames().map((name) => [name, fake.formulas(name)]));

async function readBack(fake: FakeExcel) {
  const { workbook } = await fake.run((context) => readWorkbook(context));
  return evaluateBloc(workbook, { year: YEAR });
}

describe("readSettingsView", () => {
  it("reads the settings and where each value is, in 3 syncs", async () => {
    const fake = new FakeExcel(associations());
    const view = await fake.run((context) => readSettingsView(context, { year: YEAR }));
    expect(fake.syncCount).toBe(3);
    expect(view.sheet).toBe(SETTINGS);
    expect(view.settings.awardRules.map((rule) => rule.count)).toEqual([2, 2]);
    expect(view.location?.values.scale).toEqual({ cell: "B4", value: 100 });
    expect(view.location?.values.missingScore).toBeNull();
    expect(view.location?.rulesCell).toBe("A7");
  });

  it("reads the defaults and no sheet from a workbook without one", async () => {
    const fake = new FakeExcel(withoutSettings());
    const view = await fake.run((context) => readSettingsView(context, { year: YEAR }));
    expect([view.sheet, view.location, view.settings.scale]).toEqual([null, null, 100]);
  });
});

describe("saveSettings into an existing settings sheet", () => {
  it("writes the changed value cell and no other cell of any sheet, in 4 syncs", async () => {
    const fake = new FakeExcel(associations());
    const before = snapshot(fake);
    const result = await save(fake, { scale: "200" });
    expect(result).toEqual({ status: "saved", sheet: SETTINGS, created: false, cells: ["B4"] });
    expect(fake.syncCount).toBe(4);
    before[SETTINGS]![3]![1] = 200;
    expect(snapshot(fake)).toEqual(before);
    expect((await readBack(fake)).settings.scale).toBe(200);
  });

  it("keeps text that Excel would take for a number or formula as text, in the sheet's words", async () => {
    const fake = new FakeExcel(associations());
    await save(fake, { blocName: "Khối 3", scoreSource: "self" }, "en");
    expect(fake.cell(SETTINGS, "B2")).toMatchObject({ value: "Khối 3", quotePrefix: true });
    expect(fake.cell(SETTINGS, "B5")).toMatchObject({ value: "tự chấm", quotePrefix: false });
    const { settings } = await readBack(fake);
    expect([settings.blocName, settings.scoreSource]).toEqual(["Khối 3", "self"]);
  });

  it("writes nothing when a change is invalid, and gives the issue's code per key", async () => {
    const fake = new FakeExcel(associations());
    const before = snapshot(fake);
    const result = await save(fake, { scale: "200", decimals: "hai" });
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(Object.keys(result.issues)).toEqual(["decimals"]);
    expect(result.issues.decimals?.code).toBe("settings-value-invalid");
    expect(snapshot(fake)).toEqual(before);
    expect(fake.syncCount).toBe(3);
  });

  it("adds a missing key in the free row above the rules table without overwriting anything", async () => {
    const fake = new FakeExcel(associations());
    const before = snapshot(fake);
    const result = await save(fake, { missingScore: "zero" });
    expect(result).toMatchObject({ status: "saved", cells: ["A6", "B6"] });
    before[SETTINGS]![5] = ["Thiếu điểm", "tính 0", "", "", "", ""];
    expect(snapshot(fake)).toEqual(before);
    const { settings, issues } = await readBack(fake);
    expect(settings.missingScore).toBe("zero");
    expect(settings.awardRules.map((rule) => rule.count)).toEqual([2, 2]);
    expect(issues.filter((i) => i.sheet === SETTINGS)).toEqual([]);
  });

  it("writes nothing when the missing keys do not fit above the rules table", async () => {
    const fake = new FakeExcel(associations());
    const before = snapshot(fake);
    const result = await save(fake, { missingScore: "zero", decimals: "1" });
    expect(result).toEqual({ status: "no-room", sheet: SETTINGS, cell: "A7", needed: 2, free: 1 });
    expect(snapshot(fake)).toEqual(before);
  });

  it("reports a protected settings sheet as a host error and leaves it as it was", async () => {
    const fake = new FakeExcel(associations());
    fake.sheet(SETTINGS).protected = true;
    const before = snapshot(fake);
    const error = await save(fake, { scale: "200" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelHostError);
    expect((error as ExcelHostError).kind).toBe("protected");
    expect(snapshot(fake)).toEqual(before);
  });
});

describe("saveSettings into a workbook without a settings sheet", () => {
  it("creates Cấu hình with the changes over the defaults, unmarked, and reads them back", async () => {
    const fake = new FakeExcel(withoutSettings());
    const before = snapshot(fake);
    const result = await save(fake, { blocName: "Khối thử", missingScore: "zero", reviewGap: "7,5" });
    expect(result).toEqual({ status: "saved", sheet: SETTINGS, created: true, cells: [] });
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(fake.sheetNames()).toEqual([...Object.keys(before), SETTINGS]);
    expect(snapshot(fake)).toMatchObject(before);
    expect(fake.names()).toEqual({});
    expect(fake.sheet(SETTINGS).columnWidths.size).toBeGreaterThanOrEqual(3);
    expect(fake.model.active?.name).toBe(SETTINGS);

    const back = await readBack(fake);
    expect(back.settingsSheet).toBe(SETTINGS);
    expect(back.issues.filter((i) => i.sheet === SETTINGS)).toEqual([]);
    expect(back.settings).toMatchObject({
      blocName: "Khối thử",
      missingScore: "zero",
      reviewGap: 7.5,
      year: YEAR,
    });
  });

  it("creates it when nothing was changed (the pane's create button)", async () => {
    const fake = new FakeExcel(withoutSettings());
    expect(await save(fake, {}, "en")).toMatchObject({ status: "saved", sheet: "Settings", created: true });
    expect((await readBack(fake)).settingsSheet).toBe("Settings");
  });

  it("leaves a sheet named Cấu hình that is not a settings sheet alone and takes the other name", async () => {
    const fake = new FakeExcel(withoutSettings());
    fake.seedSheet(SETTINGS, [["Xếp hạng cũ"]]);
    fake.seedName(ownershipName("ranking"), SETTINGS);
    const result = await save(fake, { scale: "10" });
    expect(result).toMatchObject({ status: "saved", sheet: "Settings", created: true });
    expect(fake.formulas(SETTINGS)).toEqual([["Xếp hạng cũ"]]);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    const back = await readBack(fake);
    expect([back.settingsSheet, back.settings.scale]).toEqual(["Settings", 10]);
  });

  it("refuses, before writing, when both settings names are taken by other sheets", async () => {
    const fake = new FakeExcel(withoutSettings());
    for (const [name, kind] of [
      [SETTINGS, "ranking"],
      ["Settings", "details"],
    ] as const) {
      fake.seedSheet(name, [["x"]]);
      fake.seedName(ownershipName(kind), name);
    }
    const before = snapshot(fake);
    const error = await save(fake, {}).catch((e: unknown) => e);
    expect((error as ExcelHostError).kind).toBe("name-clash");
    expect(snapshot(fake)).toEqual(before);
  });
});
