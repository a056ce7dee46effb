import { a1 } from "../../../src/engine/address";
import { planMerge } from "../../../src/engine/merge/planMerge";
import { SAMPLE_KEYS } from "../../../src/samples/sampleCriteria";
import type { SheetInput } from "../../../src/engine/workbook";
import * as f from "./planFixtures";

const BDV = f.UNITS[3]!;
// The forms are in English: the merge matches criteria by key and text, whatever the form's language.
const CRITERIA = "Bảng tiêu chí";
const merge = (form: SheetInput) => {
  const master = f.freshMaster();
  const existing = master.sheets.map((s) => s.name);
  return planMerge(master, [f.returned("bdv.xlsx", form)], { lang: "en", year: f.YEAR, existing });
};
// The sample's criteria sheet: header on row 4, then the criteria in table order; code in A, max in C.
const masterCell = (key: string, col: "A" | "C") => `${col}${5 + SAMPLE_KEYS.indexOf(key)}`;
const target = (key: string) => a1(f.rowOf(key), f.selfCol(BDV));
const summary = (plan: ReturnType<typeof merge>) =>
  plan.issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.criterion]);

describe("planMerge: a form whose criteria differ from the master's", () => {
  it("imports a score under a changed maximum, keeping the master's maximum, with a warning at the master's max", () => {
    const form = f.filled(BDV, "Phiếu", "en");
    f.typeInto(form, "II.3", "Max points", 8);
    f.typeInto(form, "II.3", "Self score", 7);
    const plan = merge(form);
    expect(summary(plan)).toEqual([
      ["form-max-changed", "warning", CRITERIA, masterCell("II.3", "C"), "II.3"],
    ]);
    expect(plan.issues[0]!.details).toMatchObject({ max: 5, formMax: 8, formSheet: "Phiếu" });
    expect(plan.writes).toContainEqual(
      expect.objectContaining({ sheet: f.MATRIX, cell: target("II.3"), value: 7 }),
    );
    expect(plan.imports[0]).toMatchObject({ status: "imported", written: 15 });
  });

  it("brings a renumbered criterion's score to the master's key", () => {
    const form = f.filled(BDV, "Phiếu", "en");
    // III.2 typed as 3: the same text under the key III.3, which the master does not have.
    f.typeInto(form, "III.2", "No.", "3");
    const plan = merge(form);
    expect(summary(plan)).toEqual([
      ["form-criterion-renumbered", "warning", CRITERIA, masterCell("III.2", "A"), "III.2"],
    ]);
    expect(plan.issues[0]!.details).toMatchObject({ formKey: "III.3" });
    expect(plan.writes).toContainEqual({
      sheet: f.MATRIX,
      cell: target("III.2"),
      value: f.knownSelf(BDV).get("III.2"),
      from: expect.objectContaining({ criterion: "III.2", field: "self" }),
    });
    expect(plan.imports[0]).toMatchObject({ status: "imported", written: 15 });
  });

  it("does not import a score on a criterion the master lacks, and reports the master criterion the form dropped", () => {
    const form = f.filled(BDV, "Phiếu", "en");
    f.typeInto(form, "II.2", "Criterion", "Hoạt động của Hội Cựu chiến binh");
    const plan = merge(form);
    const formCell = a1(f.formRow(form, "II.2"), f.formCol(form, "No."));
    expect(summary(plan)).toEqual([
      ["form-criterion-added", "warning", "Phiếu", formCell, "II.2"],
      ["form-criterion-removed", "warning", CRITERIA, masterCell("II.2", "A"), "II.2"],
    ]);
    expect(plan.issues.every((i) => i.file === "bdv.xlsx" && i.unit === BDV)).toBe(true);
    expect(plan.writes.map((w) => w.cell)).not.toContain(target("II.2"));
    expect(plan.writes).toHaveLength(14);
    expect(plan.imports[0]).toMatchObject({ status: "partial", written: 14 });
  });

  it("reports a removed criterion without blocking the rest", () => {
    const form = f.filled(BDV, "Phiếu", "en");
    form.values.splice(f.formRow(form, "V.3"), 1);
    const plan = merge(form);
    expect(summary(plan)).toEqual([
      ["form-criterion-removed", "warning", CRITERIA, masterCell("V.3", "A"), "V.3"],
    ]);
    expect(plan.imports[0]).toMatchObject({ status: "imported", written: 14 });
  });

  it("warns of a total typed on a group row that its sub-criteria do not add up to, and imports the sub-criteria", () => {
    const form = f.formOf(BDV, { self: new Map([["III.1", 4]]) }, "Phiếu", "en");
    // Group III scored as a whole (14), with only one of its two sub-criteria filled in (4); group II's 25 is
    // the sum of its sub-criteria, as the form's own total rows may well say, and no concern.
    f.typeInto(form, "III", "Self score", 14);
    const groupII = ["II.1", "II.2", "II.3"] as const;
    for (const key of groupII)
      f.typeInto(form, key, "Self score", f.masterCriteria().all.find((c) => c.key === key)!.max!);
    f.typeInto(form, "II", "Self score", 25);
    const plan = merge(form);
    expect(summary(plan)).toEqual([
      ["form-parent-score", "warning", CRITERIA, masterCell("III", "A"), "III"],
    ]);
    expect(plan.issues[0]).toMatchObject({ value: 14, details: { sum: 4, formSheet: "Phiếu" } });
    expect(plan.issues[0]!.details?.formCell).toBe(a1(f.formRow(form, "III"), f.formCol(form, "Self score")));
    expect(plan.writes.map((w) => w.from.criterion).sort()).toEqual(["II.1", "II.2", "II.3", "III.1"]);
    expect(plan.imports[0]).toMatchObject({ status: "partial", written: 4 });
  });
});
