import { a1 } from "../../../src/engine/address";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import { planMerge, type ReturnedWorkbook } from "../../../src/engine/merge/planMerge";
import type { SheetInput, WorkbookInput } from "../../../src/engine/workbook";
import { layoutSheet } from "../../helpers/layoutSheet";
import * as f from "./planFixtures";

const merge = (master: WorkbookInput, ...files: ReturnedWorkbook[]) =>
  planMerge(master, files, { lang: "vi", year: f.YEAR, existing: master.sheets.map((s) => s.name) });
const BTG = f.UNITS[2]!;
const LEAVES = [...f.knownSelf(BTG).keys()];
const matrixCell = (key: string) => a1(f.rowOf(key), f.selfCol(BTG));

/**
 * A master whose matrix column for BTG pulls every score from BTG's per-unit sheet by formula: read before any
 * import, the matrix shows 0 in each (the formulas' results), the per-unit sheet is empty.
 */
function formulaFedMaster(source = "Phiếu - BTG"): { master: WorkbookInput; unitSheet: SheetInput } {
  const master = f.freshMaster();
  const input = { criteria: f.masterCriteria(), unit: BTG, blocName: "Khối", year: f.YEAR };
  const unitSheet = { ...layoutSheet(layoutUnitForm(input, "vi", "Phiếu - BTG")) };
  const selfCol = f.formCol(unitSheet, "Điểm tự chấm");
  const matrix = master.sheets.find((s) => s.name === f.MATRIX)!;
  const formulas = new Map<string, string>();
  for (const key of LEAVES) {
    f.put(matrix.values, f.rowOf(key), f.selfCol(BTG), 0);
    formulas.set(matrixCell(key), `='${source}'!${a1(f.formRow(unitSheet, key), selfCol)}`);
  }
  matrix.formulas = formulas;
  master.sheets.push(unitSheet);
  return { master, unitSheet };
}

describe("planMerge: a matrix fed by formulas", () => {
  it("the formulas' zeros are no conflict: every score goes to the per-unit sheet, no formula written over", () => {
    const { master, unitSheet } = formulaFedMaster();
    const plan = merge(master, f.returned("btg.xlsx", f.filled(BTG)));
    expect(plan.issues).toEqual([]);
    expect(plan.writes).toHaveLength(LEAVES.length);
    expect(plan.writes.every((w) => w.sheet === unitSheet.name)).toBe(true);
    const selfCol = f.formCol(unitSheet, "Điểm tự chấm");
    expect(plan.writes.map((w) => [w.cell, w.value])).toEqual(
      LEAVES.map((key) => [a1(f.formRow(unitSheet, key), selfCol), f.knownSelf(BTG).get(key)]),
    );
    expect(plan.imports[0]).toMatchObject({ status: "imported", written: LEAVES.length });
  });

  it("the same matrix read without formula knowledge conflicts on every score (what this guards against)", () => {
    const { master } = formulaFedMaster();
    for (const sheet of master.sheets) delete sheet.formulas;
    const plan = merge(master, f.returned("btg.xlsx", f.filled(BTG)));
    expect(plan.issues.filter((i) => i.code === "form-score-conflict").length).toBeGreaterThan(0);
  });

  it("a matrix formula fetching from elsewhere keeps the score back at its cell, the formula untouched", () => {
    const { master } = formulaFedMaster("Nguồn");
    master.sheets = master.sheets.filter((s) => s.name !== "Phiếu - BTG");
    const plan = merge(master, f.returned("btg.xlsx", f.filled(BTG)));
    expect(plan.writes).toEqual([]);
    expect(plan.issues.map((i) => [i.code, i.sheet, i.cell, i.details?.reason])).toEqual(
      LEAVES.map((key) => ["form-cell-kept", f.MATRIX, matrixCell(key), "formula"]),
    );
    expect(plan.imports[0]).toMatchObject({ status: "skipped", written: 0 });
  });

  it("a per-unit sheet fed from the matrix: the score goes to the matrix cell its formula fetches", () => {
    const master = f.freshMaster();
    const input = { criteria: f.masterCriteria(), unit: BTG, blocName: "Khối", year: f.YEAR };
    const unitSheet = layoutSheet(layoutUnitForm(input, "vi", "Phiếu - BTG"));
    const selfCol = f.formCol(unitSheet, "Điểm tự chấm");
    unitSheet.formulas = new Map(
      LEAVES.map((key) => [a1(f.formRow(unitSheet, key), selfCol), `='${f.MATRIX}'!$${matrixCell(key)}`]),
    );
    for (const key of LEAVES) f.put(unitSheet.values, f.formRow(unitSheet, key), selfCol, 0);
    master.sheets.push(unitSheet);
    const plan = merge(master, f.returned("btg.xlsx", f.filled(BTG)));
    expect(plan.issues).toEqual([]);
    expect(plan.writes.map((w) => [w.sheet, w.cell])).toEqual(
      LEAVES.map((key) => [f.MATRIX, matrixCell(key)]),
    );
  });

  it("a formula fetching another criterion's cell keeps that score back; the rest are written", () => {
    const master = f.freshMaster();
    const matrix = master.sheets.find((s) => s.name === f.MATRIX)!;
    // BTG's first leaf cell copies the second's (=F12): the first score has nowhere to go but is no conflict.
    const [first, second] = LEAVES as [string, string];
    f.put(matrix.values, f.rowOf(first), f.selfCol(BTG), 0);
    matrix.formulas = new Map([[matrixCell(first), `=${matrixCell(second)}`]]);
    const plan = merge(master, f.returned("btg.xlsx", f.filled(BTG)));
    expect(plan.writes.map((w) => w.cell)).not.toContain(matrixCell(first));
    expect(plan.writes).toHaveLength(LEAVES.length - 1);
    expect(plan.issues.map((i) => i.code)).toEqual(["form-cell-kept"]);
  });
});
