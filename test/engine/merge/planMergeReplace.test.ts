import { a1 } from "../../../src/engine/address";
import { keepBack } from "../../../src/engine/merge/keepBack";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import { planMerge, type ReturnedWorkbook } from "../../../src/engine/merge/planMerge";
import type { WorkbookInput } from "../../../src/engine/workbook";
import { layoutSheet } from "../../helpers/layoutSheet";
import * as f from "./planFixtures";

const BTG = f.UNITS[2]!;
const BDV = f.UNITS[3]!;
const merge = (master: WorkbookInput, replace: string[], ...files: ReturnedWorkbook[]) =>
  planMerge(master, files, { lang: "vi", year: f.YEAR, existing: master.sheets.map((s) => s.name), replace });
const cellOf = (key: string, unit = BTG) => a1(f.rowOf(key), f.selfCol(unit));
const matrixOf = (master: WorkbookInput) => master.sheets.find((s) => s.name === f.MATRIX)!.values;
const summary = (plan: ReturnType<typeof merge>) =>
  plan.issues.map((i) => [i.code, i.file, i.sheet, i.cell, i.value, i.details?.masterValue]);

describe("planMerge: a corrected form the secretary chose to take over the master's values", () => {
  it("replaces each different value, reporting the old one, and fills the empty cells as usual", () => {
    const master = f.freshMaster();
    f.put(matrixOf(master), f.rowOf("I.2"), f.selfCol(BTG), 3);
    f.put(matrixOf(master), f.rowOf("II.1"), f.selfCol(BTG), f.knownSelf(BTG).get("II.1")!);
    const plan = merge(master, ["btg.xlsx"], f.returned("btg.xlsx", f.filled(BTG)));
    const sent = f.knownSelf(BTG).get("I.2")!;
    expect(summary(plan)).toEqual([["form-value-replaced", "btg.xlsx", f.MATRIX, cellOf("I.2"), sent, 3]]);
    expect(plan.writes.find((w) => w.cell === cellOf("I.2"))).toMatchObject({ value: sent, replaces: 3 });
    expect(plan.writes.filter((w) => w.replaces !== undefined)).toHaveLength(1);
    expect(plan.writes.map((w) => w.cell)).not.toContain(cellOf("II.1"));
    expect(plan.writes).toHaveLength(14);
    expect(plan.imports[0]).toMatchObject({ status: "imported", written: 14 });
    // Once applied, the same form again (replace or not) finds nothing to change.
    const merged = f.applied(master, plan);
    for (const replace of [[], ["btg.xlsx"]]) {
      const again = merge(merged, replace, f.returned("btg.xlsx", f.filled(BTG)));
      expect([again.writes, again.issues, again.imports[0]?.status]).toEqual([[], [], "unchanged"]);
    }
  });

  it("takes over only the files named: another unit's different value still conflicts and is kept", () => {
    const master = f.freshMaster();
    f.put(matrixOf(master), f.rowOf("I.2"), f.selfCol(BTG), 3);
    f.put(matrixOf(master), f.rowOf("I.2"), f.selfCol(BDV), 3);
    const plan = merge(
      master,
      ["btg.xlsx"],
      f.returned("btg.xlsx", f.filled(BTG)),
      f.returned("bdv.xlsx", f.filled(BDV)),
    );
    expect(plan.issues.map((i) => [i.code, i.file, i.cell])).toEqual([
      ["form-value-replaced", "btg.xlsx", cellOf("I.2")],
      ["form-score-conflict", "bdv.xlsx", cellOf("I.2", BDV)],
    ]);
    expect(plan.writes.map((w) => w.cell)).not.toContain(cellOf("I.2", BDV));
    expect(plan.imports.map((i) => i.status)).toEqual(["imported", "partial"]);
  });

  it("replaces the unit's value in every layout that holds a different one, and its evidence text", () => {
    const master = f.freshMaster();
    const input = { criteria: f.masterCriteria(), unit: BTG, blocName: "Khối", year: f.YEAR };
    const own = layoutSheet(layoutUnitForm(input, "vi", "BTG"));
    f.typeInto(own, "III.2", "Điểm tự chấm", 1);
    f.typeInto(own, "III.2", "Minh chứng", "QĐ cũ");
    master.sheets.push(own);
    f.put(matrixOf(master), f.rowOf("III.2"), f.selfCol(BTG), 2);
    const form = f.filled(BTG);
    f.typeInto(form, "III.2", "Minh chứng", "QĐ 15/QĐ");
    const plan = merge(master, ["btg.xlsx"], f.returned("btg.xlsx", form));
    const ownCell = (label: string) => a1(f.formRow(own, "III.2"), f.formCol(own, label));
    const replaced = plan.writes.filter((w) => w.replaces !== undefined);
    expect(replaced.map((w) => [w.sheet, w.cell, w.value, w.replaces, w.from.field])).toEqual([
      ["BTG", ownCell("Điểm tự chấm"), f.knownSelf(BTG).get("III.2"), 1, "self"],
      [f.MATRIX, cellOf("III.2"), f.knownSelf(BTG).get("III.2"), 2, "self"],
      ["BTG", ownCell("Minh chứng"), "QĐ 15/QĐ", "QĐ cũ", "evidence"],
    ]);
    expect(plan.issues.every((i) => i.code === "form-value-replaced")).toBe(true);
    expect(plan.issues).toHaveLength(3);
  });

  it("still imports neither of two different forms for one unit", () => {
    const master = f.freshMaster();
    const other = f.filled(BTG);
    f.typeInto(other, "I.2", "Điểm tự chấm", 1);
    const plan = merge(
      master,
      ["a.xlsx", "b.xlsx"],
      f.returned("a.xlsx", f.filled(BTG)),
      f.returned("b.xlsx", other),
    );
    expect(plan.writes).toEqual([]);
    expect(plan.issues.map((i) => i.code)).toEqual(["form-unit-duplicate", "form-unit-duplicate"]);
  });
});

describe("keepBack", () => {
  it("turns each write the host kept back into a form-cell-kept issue in place of its replacement report", () => {
    const master = f.freshMaster();
    f.put(matrixOf(master), f.rowOf("I.2"), f.selfCol(BTG), 3);
    const plan = merge(master, ["btg.xlsx"], f.returned("btg.xlsx", f.filled(BTG)));
    const replaced = plan.writes.find((w) => w.replaces !== undefined)!;
    const filled = plan.writes.find((w) => w.cell === cellOf("II.1"))!;
    const after = keepBack(plan, [
      { write: replaced, reason: "changed" },
      { write: filled, reason: "formula" },
    ]);
    expect(after.writes).toHaveLength(plan.writes.length - 2);
    expect(after.writes).not.toContain(replaced);
    expect(after.issues.map((i) => [i.code, i.cell, i.criterion, i.value, i.details?.reason])).toEqual([
      ["form-cell-kept", cellOf("I.2"), "I.2", replaced.value, "changed"],
      ["form-cell-kept", cellOf("II.1"), "II.1", filled.value, "formula"],
    ]);
    expect(after.imports[0]).toMatchObject({ status: "partial", written: plan.imports[0]!.written - 2 });
    expect(keepBack(plan, [])).toBe(plan);
  });
});
