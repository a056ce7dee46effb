import { keepBack } from "../../src/engine/merge/keepBack";
import { planMerge, type MergePlan, type ReturnedWorkbook } from "../../src/engine/merge/planMerge";
import { issue } from "../../src/engine/issues";
import type { WorkbookInput } from "../../src/engine/workbook";
import type { ImportFormsResult } from "../../src/excel/importForms";
import { importOutcome, withFileAgain } from "../../src/taskpane/model/importOutcome";
import { fileImports, importTotals, summaryParts } from "../../src/taskpane/model/importSummary";
import * as f from "../engine/merge/planFixtures";

const BTG = f.UNITS[2]!;
const BDV = f.UNITS[3]!;
const matrixOf = (master: WorkbookInput) => master.sheets.find((s) => s.name === f.MATRIX)!.values;

const merge = (master: WorkbookInput, files: ReturnedWorkbook[], replace: string[] = []) =>
  planMerge(master, files, {
    lang: "vi",
    year: f.YEAR,
    existing: master.sheets.map((s) => s.name),
    replace,
  });

/** What the pane gets from the host for a plan it carried out as planned. */
const asDone = (plan: MergePlan): ImportFormsResult => ({
  imports: plan.imports,
  issues: plan.issues,
  cells: plan.writes.length,
  sheets: plan.sheets.map((sheet) => sheet.name),
  syncs: 4,
});

/** A master where BTG's I.2 holds another value than its form (a conflict), and its form as returned. */
function conflicting(): { master: WorkbookInput; form: ReturnedWorkbook } {
  const master = f.freshMaster();
  f.put(matrixOf(master), f.rowOf("I.2"), f.selfCol(BTG), 3);
  return { master, form: f.returned("btg.xlsx", f.filled(BTG)) };
}

describe("the import summary counts what happened", () => {
  it("cells written, kept and in conflict add up to the form's scores, each said once", () => {
    const { master, form } = conflicting();
    const planned = merge(master, [form]);
    // The host found a formula in one planned cell and kept it.
    const done = keepBack(planned, [{ write: planned.writes[0]!, reason: "formula" }]);
    const [file] = fileImports(importOutcome(["btg.xlsx"], asDone(done), []));
    const scores = f.knownSelf(BTG).size;
    expect(file).toMatchObject({ file: "btg.xlsx", status: "partial", kept: 1 });
    expect(file!.conflicts.map((c) => [c.code, c.criterion])).toEqual([["form-score-conflict", "I.2"]]);
    expect(file!.written).toBe(done.writes.length);
    expect(file!.written + file!.kept + file!.conflicts.length).toBe(scores);
    const totals = importTotals([file!]);
    expect(summaryParts(totals)).toEqual([
      { key: "written", count: scores - 2 },
      { key: "kept", count: 1 },
      { key: "conflicts", count: 1 },
    ]);
  });

  it("a form of which nothing was written is not imported, and the summary never says it was", () => {
    const { master, form } = conflicting();
    // Every other score of BTG is already there: only the conflict is left.
    for (const [key, value] of f.knownSelf(BTG))
      if (key !== "I.2") f.put(matrixOf(master), f.rowOf(key), f.selfCol(BTG), value);
    const plan = merge(master, [form]);
    expect(plan.writes).toEqual([]);
    expect(plan.imports[0]).toMatchObject({ status: "skipped", written: 0 });
    const files = fileImports(importOutcome(["btg.xlsx"], asDone(plan), []));
    expect(files.map((file) => [file.status, file.written, file.conflicts.length])).toEqual([
      ["skipped", 0, 1],
    ]);
    expect(summaryParts(importTotals(files))).toEqual([
      { key: "noneWritten", count: 0 },
      { key: "conflicts", count: 1 },
    ]);
  });

  it("the last planned cell kept back leaves the form not imported rather than partly", () => {
    const master = f.freshMaster();
    for (const [key, value] of f.knownSelf(BTG))
      if (key !== "I.2") f.put(matrixOf(master), f.rowOf(key), f.selfCol(BTG), value);
    const plan = merge(master, [f.returned("btg.xlsx", f.filled(BTG))]);
    expect(plan.writes).toHaveLength(1);
    const done = keepBack(plan, [{ write: plan.writes[0]!, reason: "changed" }]);
    expect(done.imports[0]).toMatchObject({ status: "skipped", written: 0 });
    const [file] = fileImports(importOutcome(["btg.xlsx"], asDone(done), []));
    expect([file!.status, file!.written, file!.kept]).toEqual(["skipped", 0, 1]);
  });

  it("counts the cells of a new per-unit sheet as written: a file with new scores never has 0 cells", () => {
    const master = f.freshMaster();
    // BDV has no column of its own in this master: its form becomes a sheet of its own.
    for (const row of matrixOf(master)) row.splice(f.selfCol(BDV), 2);
    const plan = merge(master, [f.returned("bdv.xlsx", f.filled(BDV))]);
    expect(plan.sheets).toHaveLength(1);
    expect(plan.writes).toEqual([]);
    const totals = importTotals(fileImports(importOutcome(["bdv.xlsx"], asDone(plan), [])));
    expect(totals.filesWritten).toBe(1);
    expect(totals.written).toBe(plan.imports[0]!.written);
    expect(totals.written).toBeGreaterThan(0);
  });

  it("a file that is no .xlsx workbook says why, not that its unit is unknown; a file with no form says so", () => {
    const unreadable = [
      issue({
        code: "form-unreadable",
        file: "ghi-chu.docx",
        sheet: "",
        cell: "",
        details: { reason: "not an Excel workbook (.xlsx)" },
      }),
    ];
    const blank = { file: "trong.xlsx", workbook: { sheets: [{ name: "Sheet1", values: [["Xin chào"]] }] } };
    const plan = merge(f.freshMaster(), [blank]);
    const files = fileImports(importOutcome(["ghi-chu.docx", "trong.xlsx"], asDone(plan), unreadable));
    expect(files.map((file) => [file.file, file.status, file.unreadable, file.noForm, file.forms])).toEqual([
      ["ghi-chu.docx", "skipped", "not an Excel workbook (.xlsx)", false, []],
      ["trong.xlsx", "skipped", null, true, []],
    ]);
    expect(summaryParts(importTotals(files))).toEqual([
      { key: "noneWritten", count: 0 },
      { key: "unreadable", count: 1 },
    ]);
  });

  it("groups the conflicts per file: one entry per file with its own conflicts", () => {
    const master = f.freshMaster();
    for (const key of ["I.2", "II.1", "III.2"]) {
      f.put(matrixOf(master), f.rowOf(key), f.selfCol(BTG), 0.25);
      f.put(matrixOf(master), f.rowOf(key), f.selfCol(BDV), 0.25);
    }
    f.put(matrixOf(master), f.rowOf("I.2"), f.selfCol(BDV), "");
    const plan = merge(master, [
      f.returned("btg.xlsx", f.filled(BTG)),
      f.returned("bdv.xlsx", f.filled(BDV)),
    ]);
    const files = fileImports(importOutcome(["btg.xlsx", "bdv.xlsx"], asDone(plan), []));
    expect(files.map((file) => [file.file, file.conflicts.map((c) => c.criterion)])).toEqual([
      ["btg.xlsx", ["I.2", "II.1", "III.2"]],
      ["bdv.xlsx", ["II.1", "III.2"]],
    ]);
    expect(importTotals(files).conflicts).toBe(5);
  });

  it("once a file is taken over the workbook's values, it counts the replacements among the cells written", () => {
    const { master, form } = conflicting();
    const first = importOutcome(["btg.xlsx"], asDone(merge(master, [form])), []);
    const after = f.applied(master, merge(master, [form]));
    const again = merge(after, [form], ["btg.xlsx"]);
    const [file] = fileImports(withFileAgain(first, "btg.xlsx", asDone(again)));
    expect([file!.status, file!.written, file!.replaced, file!.conflicts.length]).toEqual([
      "imported",
      1,
      1,
      0,
    ]);
    expect(file!.replacements.map((r) => [r.code, r.criterion])).toEqual([["form-value-replaced", "I.2"]]);
    expect(summaryParts(importTotals([file!]))).toEqual([
      { key: "written", count: 1 },
      { key: "replaced", count: 1 },
    ]);
  });
});
