import { createFormsInExcel, type UnitSheet } from "../../src/excel/createForms";
import { importFormsInExcel } from "../../src/excel/importForms";
import { a1, parseA1 } from "../../src/engine/address";
import { ExcelHostError } from "../../src/excel/ExcelHostError";
import type { ReturnedWorkbook } from "../../src/engine/merge/planMerge";
import { FakeExcel } from "./fakeExcel/fakeExcel";
import { freshMaster, freshUnits, FRESH_YEAR } from "./freshMaster";
import { filledForm, returnedForm, sampleSelf } from "./returnedForms";
import { changed, snapshot } from "./sheetDiff";

const options = (fake: FakeExcel) => ({
  lang: "vi" as const,
  year: FRESH_YEAR,
  supports: fake.isSetSupported,
});

/** A fresh master with the units' forms made in it, as the secretary has it before sending them. */
async function masterWithForms(protect = true) {
  const fake = new FakeExcel(freshMaster(), { excelApi: "1.8" });
  // Without protection (as on a host that reports no ExcelApi 1.2) every cell of the forms stays locked.
  const supports = (set: string, version: string) =>
    fake.isSetSupported(set, version) && (protect || version !== "1.2");
  const created = await fake.run((context) => createFormsInExcel(context, { ...options(fake), supports }));
  if (created.status !== "created") throw new Error("no forms");
  fake.syncs.length = 0;
  return { fake, forms: created.created };
}

/** The first two units' forms, filled and sent back as copies of their sheets. */
const twoReturned = (forms: UnitSheet[]): ReturnedWorkbook[] =>
  forms
    .slice(0, 2)
    .map(({ unit, sheet }, i) => returnedForm(`${i + 1}.xlsx`, filledForm(unit, sampleSelf(i), sheet)));

describe("importFormsInExcel", () => {
  test("two returned forms land in their protected form sheets as numbers, nothing else changes, 5 syncs", async () => {
    const { fake, forms } = await masterWithForms();
    const before = snapshot(fake);
    const result = await fake.run((context) =>
      importFormsInExcel(context, twoReturned(forms), options(fake)),
    );
    expect(result.imports.map((i) => [i.unit, i.status, i.target])).toEqual(
      forms.slice(0, 2).map((form) => [form.unit, "imported", form.sheet]),
    );
    expect(result.issues).toEqual([]);
    expect(fake.syncCount).toBe(5);
    const scores = sampleSelf(0).size;
    expect(result.cells).toBe(2 * scores);
    // Only the planned cells changed, all of them on the two forms, each now the number sent.
    const diff = changed(before, snapshot(fake));
    expect(diff).toHaveLength(2 * scores);
    expect(new Set(diff.map((cell) => cell.split("!")[0]))).toEqual(
      new Set(forms.slice(0, 2).map((f) => f.sheet)),
    );
    const sent = filledForm(forms[0]!.unit, sampleSelf(0), forms[0]!.sheet).values;
    for (const cell of diff.filter((c) => c.startsWith(`${forms[0]!.sheet}!`))) {
      const [r, c] = cell.split("!")[1]!.split(",").map(Number) as [number, number];
      expect(fake.formulas(forms[0]!.sheet)[r]?.[c]).toBe(sent[r]?.[c]);
      expect(typeof sent[r]?.[c]).toBe("number");
    }
    expect(fake.sheetNames()).toEqual([...before.keys()]);
  });

  test("importing the same files again writes nothing: every form unchanged, 3 syncs", async () => {
    const { fake, forms } = await masterWithForms();
    await fake.run((context) => importFormsInExcel(context, twoReturned(forms), options(fake)));
    const before = snapshot(fake);
    fake.syncs.length = 0;
    const again = await fake.run((context) => importFormsInExcel(context, twoReturned(forms), options(fake)));
    expect(again.imports.map((i) => i.status)).toEqual(["unchanged", "unchanged"]);
    expect(again.cells).toBe(0);
    expect(fake.syncCount).toBe(3);
    expect(changed(before, snapshot(fake))).toEqual([]);
  });

  test("a different score already in the master is a conflict: kept, reported at the master's cell", async () => {
    const { fake, forms } = await masterWithForms();
    await fake.run((context) => importFormsInExcel(context, twoReturned(forms), options(fake)));
    const other = returnedForm("1-again.xlsx", filledForm(forms[0]!.unit, sampleSelf(1), forms[0]!.sheet));
    const before = snapshot(fake);
    const result = await fake.run((context) => importFormsInExcel(context, [other], options(fake)));
    const conflicts = result.issues.filter((found) => found.code === "form-score-conflict");
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.every((found) => found.sheet === forms[0]!.sheet && found.file === "1-again.xlsx")).toBe(
      true,
    );
    expect(changed(before, snapshot(fake))).toEqual([]);
  });

  test("a unit without a place in the master gets a new per-unit sheet in the write sync (4 syncs)", async () => {
    const fake = new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const unit = freshUnits()[2]!;
    const result = await fake.run((context) =>
      importFormsInExcel(
        context,
        [returnedForm("3.xlsx", filledForm(unit, sampleSelf(2), "Phiếu"))],
        options(fake),
      ),
    );
    expect(result.sheets).toHaveLength(1);
    expect(result.imports[0]).toMatchObject({ unit, status: "imported", target: result.sheets[0] });
    expect(fake.sheetNames()).toEqual([...freshMaster().sheets.map((s) => s.name), result.sheets[0]]);
    expect(fake.syncCount).toBe(4);
    expect(fake.names()).toEqual({});
  });

  test("a target sheet protected with its cells locked is refused before anything is written", async () => {
    const { fake, forms } = await masterWithForms(false);
    fake.protect(forms[1]!.sheet);
    const before = snapshot(fake);
    const failure = await fake
      .run((context) => importFormsInExcel(context, twoReturned(forms), options(fake)))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExcelHostError);
    expect(failure).toMatchObject({ kind: "protected", subject: forms[1]!.sheet });
    expect(changed(before, snapshot(fake))).toEqual([]);
    expect(fake.syncCount).toBe(4);
  });

  test("a text typed into a score arrives as the same text, never a formula", async () => {
    const { fake, forms } = await masterWithForms();
    const self = new Map(sampleSelf(0));
    self.set("I.2", "=SUM(A1:A9)");
    const form = returnedForm("1.xlsx", filledForm(forms[0]!.unit, self, forms[0]!.sheet));
    const before = snapshot(fake);
    await fake.run((context) => importFormsInExcel(context, [form], options(fake)));
    const texts = changed(before, snapshot(fake)).filter((cell) => {
      const [sheet, at] = cell.split("!") as [string, string];
      const [r, c] = at.split(",").map(Number) as [number, number];
      return typeof fake.sheet(sheet).peek(r, c)?.value === "string";
    });
    expect(texts).toHaveLength(1);
    const [r, c] = texts[0]!.split("!")[1]!.split(",").map(Number) as [number, number];
    expect(fake.sheet(forms[0]!.sheet).peek(r, c)).toMatchObject({ value: "=SUM(A1:A9)", formula: null });
  });

  test("past the request limit the write is split, every planned cell still written", async () => {
    const { fake, forms } = await masterWithForms();
    const before = snapshot(fake);
    const limit = { ...options(fake), payloadLimit: 6000 };
    const result = await fake.run((context) => importFormsInExcel(context, twoReturned(forms), limit));
    expect(fake.syncCount).toBeGreaterThan(5);
    expect(result.syncs).toBe(fake.syncCount);
    expect(changed(before, snapshot(fake))).toHaveLength(result.cells);
  });

  test("a corrected form the secretary chose replaces the earlier values, each reported with the old one, 5 syncs", async () => {
    const { fake, forms } = await masterWithForms();
    await fake.run((context) => importFormsInExcel(context, twoReturned(forms), options(fake)));
    const corrected = returnedForm("1-sua.xlsx", filledForm(forms[0]!.unit, sampleSelf(1), forms[0]!.sheet));
    const before = snapshot(fake);
    fake.syncs.length = 0;
    const result = await fake.run((context) =>
      importFormsInExcel(context, [corrected], { ...options(fake), replace: ["1-sua.xlsx"] }),
    );
    expect(fake.syncCount).toBe(5);
    const replaced = result.issues.filter((found) => found.code === "form-value-replaced");
    expect(replaced.length).toBeGreaterThan(0);
    expect(result.issues).toEqual(replaced);
    expect(result.imports[0]).toMatchObject({ status: "imported", written: replaced.length });
    const diff = changed(before, snapshot(fake));
    expect(diff).toHaveLength(replaced.length);
    const sent = filledForm(forms[0]!.unit, sampleSelf(1), forms[0]!.sheet).values;
    for (const cell of diff) {
      const [sheet, at] = cell.split("!") as [string, string];
      const [r, c] = at.split(",").map(Number) as [number, number];
      expect([sheet, fake.formulas(sheet)[r]?.[c]]).toEqual([forms[0]!.sheet, sent[r]?.[c]]);
    }
  });

  test("a planned cell holding a formula (showing nothing) is kept back with its formula, and reported", async () => {
    const { fake, forms } = await masterWithForms();
    const sheet = fake.sheet(forms[0]!.sheet);
    const sent = filledForm(forms[0]!.unit, sampleSelf(0), forms[0]!.sheet).values;
    const header = sent.findIndex((row) => row.includes("Điểm tự chấm"));
    const col = sent[header]!.indexOf("Điểm tự chấm");
    const row = sent.findIndex((line, r) => r > header && typeof line[col] === "number");
    Object.assign(sheet.cell(row, col), { formula: '=IF(Z1="","",Z1)', value: "" });
    const before = snapshot(fake);
    const result = await fake.run((context) =>
      importFormsInExcel(context, twoReturned(forms).slice(0, 1), options(fake)),
    );
    expect(result.issues.map((i) => [i.code, i.sheet, i.details?.reason])).toEqual([
      ["form-cell-kept", forms[0]!.sheet, "formula"],
    ]);
    expect(sheet.peek(row, col)).toMatchObject({ formula: '=IF(Z1="","",Z1)' });
    expect(result.imports[0]).toMatchObject({ status: "partial", written: sampleSelf(0).size - 1 });
    expect(changed(before, snapshot(fake))).toHaveLength(sampleSelf(0).size - 1);
  });

  test("a text typed as a formula is no formula: a corrected form replaces it", async () => {
    const { fake, forms } = await masterWithForms();
    const typed = new Map(sampleSelf(0));
    typed.set("I.2", "=SUM(A1:A9)");
    const { unit, sheet } = forms[0]!;
    await fake.run((context) =>
      importFormsInExcel(context, [returnedForm("1.xlsx", filledForm(unit, typed, sheet))], options(fake)),
    );
    const corrected = returnedForm("1-sua.xlsx", filledForm(unit, sampleSelf(0), sheet));
    const result = await fake.run((context) =>
      importFormsInExcel(context, [corrected], { ...options(fake), replace: ["1-sua.xlsx"] }),
    );
    expect(result.issues.map((i) => [i.code, i.criterion, i.value, i.details?.masterValue])).toEqual([
      ["form-value-replaced", "I.2", sampleSelf(0).get("I.2"), "=SUM(A1:A9)"],
    ]);
    const { row, col } = parseA1(result.issues[0]!.cell)!;
    expect(fake.sheet(sheet).peek(row, col)).toMatchObject({
      value: sampleSelf(0).get("I.2"),
      formula: null,
    });
  });

  test("a planned cell the secretary typed into between the read and the write is kept back, the rest written", async () => {
    const { fake, forms } = await masterWithForms();
    const { unit, sheet } = forms[0]!;
    const sent = filledForm(unit, sampleSelf(0), sheet);
    const header = sent.values.findIndex((row) => row.includes("Điểm tự chấm"));
    const [self, evidence] = ["Điểm tự chấm", "Minh chứng"].map((label) =>
      sent.values[header]!.indexOf(label),
    );
    // The leaves' rows: a number in the self column, above the form's Tổng cộng row.
    const total = sent.values.findIndex((row) => row.includes("Tổng cộng"));
    const rows = sent.values.flatMap((line, r) =>
      r > header && r < total && typeof line[self!] === "number" ? [r] : [],
    );
    for (const r of rows) sent.values[r]![evidence!] = `BC ${r}`;
    // A cell inside the planned rectangle, neither its first row nor its first column.
    const typed = { row: rows[2]!, col: evidence! };
    const result = await fake.run(async (context) => {
      let syncs = 0;
      const sync = context.sync.bind(context);
      context.sync = async <T>(passThrough?: T) => {
        const done = await sync(passThrough);
        if (++syncs === 3) fake.sheet(sheet).cell(typed.row, typed.col).value = "QĐ 9";
        return done;
      };
      return importFormsInExcel(context, [returnedForm("1.xlsx", sent)], options(fake));
    });
    expect(result.issues.map((i) => [i.code, i.cell, i.details?.reason, i.details?.field])).toEqual([
      ["form-cell-kept", a1(typed.row, typed.col), "changed", "evidence"],
    ]);
    expect(fake.sheet(sheet).peek(typed.row, typed.col)?.value).toBe("QĐ 9");
    expect(result.cells).toBe(2 * rows.length - 1);
    expect(fake.sheet(sheet).peek(rows[3]!, evidence!)?.value).toBe(`BC ${rows[3]}`);
  });
});
