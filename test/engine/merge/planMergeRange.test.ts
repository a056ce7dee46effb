import { a1 } from "../../../src/engine/address";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { importForm } from "../../../src/engine/merge/importForm";
import { planMerge } from "../../../src/engine/merge/planMerge";
import { readReturnedForm } from "../../../src/engine/merge/readReturnedForm";
import type { CellValue, WorkbookInput } from "../../../src/engine/workbook";
import * as f from "./planFixtures";

// DESIGN §9: a returned form's score beyond ±10¹⁵ or not finite is that form's issue, at its cell, and is not
// imported; the rest of the form and the other forms are.
const [VP, BTC] = [f.UNITS[0]!, f.UNITS[1]!];
const HOSTILE: [string, CellValue][] = [
  ["a 400-digit text", `1${"0".repeat(399)}`],
  ["a 32,000-digit text", "9".repeat(32_000)],
  ["1e999 typed as text", "1e999"],
  ["a number cell 1e300", 1e300],
  ["a number cell holding Infinity", Infinity],
];
const options = (master: WorkbookInput) => ({
  lang: "vi" as const,
  year: f.YEAR,
  existing: master.sheets.map((s) => s.name),
});

function formWith(value: CellValue) {
  const form = f.filled(BTC);
  f.typeInto(form, "I.2", "Điểm tự chấm", value);
  return { form, cell: a1(f.formRow(form, "I.2"), f.formCol(form, "Điểm tự chấm")) };
}

describe("planMerge: a score out of range in a returned form", () => {
  it.each(HOSTILE)(
    "%s is the form's issue at its cell, not imported; the rest and the other forms are",
    (_what, value) => {
      const master = f.freshMaster();
      const { form, cell } = formWith(value);
      const plan = planMerge(
        master,
        [f.returned("btc.xlsx", form), f.returned("vp.xlsx", f.filled(VP))],
        options(master),
      );
      expect(
        plan.issues.map((i) => [i.code, i.severity, i.file, i.sheet, i.cell, i.unit, i.criterion]),
      ).toEqual([["form-score-out-of-range", "error", "btc.xlsx", "Phiếu", cell, BTC, "I.2"]]);
      expect(plan.imports.map((i) => [i.file, i.status, i.written])).toEqual([
        ["btc.xlsx", "partial", 14],
        ["vp.xlsx", "imported", 15],
      ]);
      const masterCell = a1(f.rowOf("I.2"), f.selfCol(BTC));
      expect(plan.writes.filter((w) => w.sheet === f.MATRIX && w.cell === masterCell)).toEqual([]);

      // The merged master ranks: the score is missing there, not a number nobody meant.
      const result = evaluateBloc(f.applied(master, plan), { year: f.YEAR });
      const at = result.issues
        .filter((i) => i.sheet === f.MATRIX && i.cell === masterCell)
        .map((i) => i.code);
      expect(at).toEqual(["score-missing"]);
      // Only the two units that sent forms have scores in this fresh master.
      expect(result.ranking.map((u) => u.result.unit).sort()).toEqual([BTC, VP].sort());
    },
  );

  it("leaves it out of a new per-unit sheet too", () => {
    const { form, cell } = formWith(1e300);
    const [returned] = readReturnedForm("btc.xlsx", { sheets: [form] });
    const plan = importForm(returned!, BTC, f.masterCriteria(), []);
    expect(plan.fill?.self.has("I.2")).toBe(false);
    expect(plan.fill?.self.size).toBe(14);
    expect(plan.partial).toBe(true);
    expect(plan.issues.map((i) => `${i.code}@${i.cell}`)).toEqual([`form-score-out-of-range@${cell}`]);
  });

  it("still brings in a score typed as words, for the ranking to report at the master's cell", () => {
    const master = f.freshMaster();
    const plan = planMerge(master, [f.returned("btc.xlsx", formWith("chín").form)], options(master));
    expect(plan.issues).toEqual([]);
    expect(plan.writes.find((w) => w.cell === a1(f.rowOf("I.2"), f.selfCol(BTC)))?.value).toBe("chín");
  });
});
