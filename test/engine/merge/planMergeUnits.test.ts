import { planMerge, type ReturnedWorkbook } from "../../../src/engine/merge/planMerge";
import type { SheetInput, WorkbookInput } from "../../../src/engine/workbook";
import * as f from "./planFixtures";

const merge = (master: WorkbookInput, ...files: ReturnedWorkbook[]) =>
  planMerge(master, files, { lang: "vi", year: f.YEAR, existing: master.sheets.map((s) => s.name) });
const [VP, BTC, BTG] = [f.UNITS[0]!, f.UNITS[1]!, f.UNITS[2]!];
const where = (plan: ReturnType<typeof merge>) => plan.issues.map((i) => [i.code, i.file, i.sheet, i.cell]);
const labelRow = (form: SheetInput) => form.values.findIndex((row) => row.includes(BTC) || row.includes(VP));

/** The form with its `Đơn vị:` label row cleared: the unit is then named only by the sheet's name. */
function unlabelled(form: SheetInput): SheetInput {
  form.values[labelRow(form)] = form.values[labelRow(form)]!.map(() => "");
  return form;
}

describe("planMerge: which unit a form is for", () => {
  it("skips a form whose labelled unit is not on the roster, pointing at the label", () => {
    const form = f.filled(BTC);
    const row = labelRow(form);
    form.values[row] = form.values[row]!.map((v) => (v === BTC ? "Sở Nội vụ" : v));
    const plan = merge(f.freshMaster(), f.returned("noi-vu.xlsx", form));
    expect(where(plan)).toEqual([["form-unit-unknown", "noi-vu.xlsx", "Phiếu", `B${row + 1}`]]);
    expect(plan.issues[0]!.value).toBe("Sở Nội vụ");
    expect(plan.writes).toEqual([]);
    expect(plan.imports).toEqual([
      { file: "noi-vu.xlsx", sheet: "Phiếu", unit: null, status: "skipped", target: null, written: 0 },
    ]);
  });

  it("takes the sheet's name when the label is gone (the roster's short name works), else reports the unit missing", () => {
    const byName = merge(f.freshMaster(), f.returned("btc.xlsx", unlabelled(f.filled(BTC, "btc"))));
    expect(byName.issues).toEqual([]);
    expect(byName.imports[0]).toMatchObject({ unit: BTC, status: "imported" });
    const nameless = merge(f.freshMaster(), f.returned("x.xlsx", unlabelled(f.filled(BTC, "Sheet1"))));
    expect(where(nameless)).toEqual([["form-unit-missing", "x.xlsx", "Sheet1", ""]]);
    expect(nameless.writes).toEqual([]);
  });

  it("reports a workbook without any form and still imports the other files", () => {
    const other = { name: "Thư", values: [["Kính gửi Ban Thi đua"], ["Gửi kèm phiếu"]] };
    const plan = merge(f.freshMaster(), f.returned("thu.xlsx", other), f.returned("vp.xlsx", f.filled(VP)));
    expect(where(plan)).toEqual([["form-not-found", "thu.xlsx", "", ""]]);
    expect(plan.imports.map((i) => [i.file, i.status])).toEqual([
      ["thu.xlsx", "skipped"],
      ["vp.xlsx", "imported"],
    ]);
  });

  it("imports every form of a workbook that holds several", () => {
    const plan = merge(f.freshMaster(), f.returned("hai.xlsx", f.filled(VP, "VP"), f.filled(BTG, "BTG")));
    expect(plan.imports.map((i) => [i.sheet, i.unit, i.status])).toEqual([
      ["VP", VP, "imported"],
      ["BTG", BTG, "imported"],
    ]);
    expect(plan.writes).toHaveLength(30);
  });

  it("imports two identical forms for one unit once, without an issue", () => {
    const plan = merge(
      f.freshMaster(),
      f.returned("1.xlsx", f.filled(BTC)),
      f.returned("2.xlsx", f.filled(BTC)),
    );
    expect(plan.issues).toEqual([]);
    expect(plan.writes).toHaveLength(15);
    expect(plan.imports.map((i) => [i.file, i.status, i.written])).toEqual([
      ["1.xlsx", "imported", 15],
      ["2.xlsx", "unchanged", 0],
    ]);
  });

  it("imports neither of two different forms for one unit, reporting each", () => {
    const other = f.filled(BTC);
    f.typeInto(other, "I.2", "Điểm tự chấm", 1);
    const plan = merge(
      f.freshMaster(),
      f.returned("1.xlsx", f.filled(BTC)),
      f.returned("2.xlsx", other),
      f.returned("vp.xlsx", f.filled(VP)),
    );
    expect(plan.issues.map((i) => [i.code, i.file, i.unit, i.details?.otherFile])).toEqual([
      ["form-unit-duplicate", "1.xlsx", BTC, "2.xlsx"],
      ["form-unit-duplicate", "2.xlsx", BTC, "1.xlsx"],
    ]);
    expect(plan.imports.map((i) => [i.file, i.unit, i.status])).toEqual([
      ["1.xlsx", BTC, "skipped"],
      ["2.xlsx", BTC, "skipped"],
      ["vp.xlsx", VP, "imported"],
    ]);
    expect(plan.writes.every((w) => w.cell.startsWith("C"))).toBe(true);
  });
});
