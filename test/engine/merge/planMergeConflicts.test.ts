import { a1 } from "../../../src/engine/address";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import { planMerge, type ReturnedWorkbook } from "../../../src/engine/merge/planMerge";
import type { WorkbookInput } from "../../../src/engine/workbook";
import { layoutSheet } from "../../helpers/layoutSheet";
import * as f from "./planFixtures";

const merge = (master: WorkbookInput, ...files: ReturnedWorkbook[]) =>
  planMerge(master, files, { lang: "vi", year: f.YEAR, existing: master.sheets.map((s) => s.name) });
const BTG = f.UNITS[2]!;
const cellOf = (key: string) => a1(f.rowOf(key), f.selfCol(BTG));
const matrixOf = (master: WorkbookInput) => master.sheets.find((s) => s.name === f.MATRIX)!.values;

describe("planMerge: conflicts and repeats", () => {
  it("never overwrites a different value in the master: a conflict at that cell, the other scores written", () => {
    const master = f.freshMaster();
    f.put(matrixOf(master), f.rowOf("I.2"), f.selfCol(BTG), 3);
    f.put(matrixOf(master), f.rowOf("II.1"), f.selfCol(BTG), f.knownSelf(BTG).get("II.1")!);
    const plan = merge(master, f.returned("btg.xlsx", f.filled(BTG)));
    expect(plan.writes.map((w) => w.cell)).not.toContain(cellOf("I.2"));
    expect(plan.writes.map((w) => w.cell)).not.toContain(cellOf("II.1"));
    expect(plan.writes).toHaveLength(13);
    expect(plan.issues.map((i) => [i.code, i.sheet, i.cell, i.criterion, i.value, i.file])).toEqual([
      ["form-score-conflict", f.MATRIX, cellOf("I.2"), "I.2", f.knownSelf(BTG).get("I.2"), "btg.xlsx"],
    ]);
    expect(plan.issues[0]!.details).toMatchObject({ masterValue: 3, formSheet: "Phiếu" });
    expect(plan.imports[0]).toMatchObject({ status: "partial", written: 13 });
  });

  it("compares with the unit's scores in every layout: a different number on its matrix column blocks its form sheet", () => {
    const master = f.freshMaster();
    const input = { criteria: f.masterCriteria(), unit: BTG, blocName: "Khối", year: f.YEAR };
    master.sheets.push(layoutSheet(layoutUnitForm(input, "vi", "BTG")));
    f.put(matrixOf(master), f.rowOf("III.2"), f.selfCol(BTG), 1);
    const plan = merge(master, f.returned("btg.xlsx", f.filled(BTG)));
    expect(plan.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["form-score-conflict", f.MATRIX, cellOf("III.2")],
    ]);
    expect(plan.writes.every((w) => w.sheet === "BTG")).toBe(true);
    expect(plan.writes).toHaveLength(14);
  });

  it("takes a deduction typed with either sign as the same value", () => {
    const master = f.freshMaster();
    f.put(matrixOf(master), f.rowOf("V.1"), f.selfCol(BTG), 2);
    const form = f.filled(BTG);
    f.typeInto(form, "V.1", "Điểm tự chấm", -2);
    expect(merge(master, f.returned("btg.xlsx", form)).issues).toEqual([]);
  });

  it("copies text typed into a score as text, and sees the same text again as no change", () => {
    const master = f.freshMaster();
    const form = f.filled(BTG);
    f.typeInto(form, "I.2", "Điểm tự chấm", "mười lăm");
    f.typeInto(form, "I.1.1", "Điểm tự chấm", "14,5");
    const plan = merge(master, f.returned("btg.xlsx", form));
    const at = (cell: string, value: string) => expect.objectContaining({ sheet: f.MATRIX, cell, value });
    expect(plan.writes).toContainEqual(at(cellOf("I.2"), "mười lăm"));
    expect(plan.writes).toContainEqual(at(cellOf("I.1.1"), "14,5"));
    expect(plan.issues).toEqual([]);
    const again = merge(f.applied(master, plan), f.returned("btg.xlsx", form));
    expect(again.writes).toEqual([]);
    expect(again.issues).toEqual([]);
  });

  it("plans nothing when the same files are imported again: all unchanged, no new sheet", () => {
    const master = f.freshMaster();
    master.sheets = master.sheets.filter((s) => s.name !== f.MATRIX);
    const files = [f.returned("a.xlsx", f.filled(f.UNITS[0]!)), f.returned("b.xlsx", f.filled(BTG))];
    const first = merge(master, ...files);
    expect(first.sheets).toHaveLength(2);
    const merged = f.applied(master, first);
    const again = merge(merged, ...files);
    expect(again.writes).toEqual([]);
    expect(again.sheets).toEqual([]);
    expect(again.issues).toEqual([]);
    expect(again.imports.map((i) => [i.status, i.target, i.written])).toEqual([
      ["unchanged", "Phiếu - VPTU", 0],
      ["unchanged", "Phiếu - BTG", 0],
    ]);
  });
});
