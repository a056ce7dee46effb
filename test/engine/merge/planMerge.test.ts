import { a1 } from "../../../src/engine/address";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import { planMerge } from "../../../src/engine/merge/planMerge";
import { readScores } from "../../../src/engine/scores/readScores";
import { readRoster } from "../../../src/engine/scores/readRoster";
import type { CellValue, WorkbookInput } from "../../../src/engine/workbook";
import { SAMPLE_LEAVES } from "../../../src/samples/sampleCriteria";
import { layoutSheet } from "../../helpers/layoutSheet";
import * as f from "./planFixtures";

const options = (master: WorkbookInput) => ({
  lang: "vi" as const,
  year: f.YEAR,
  existing: master.sheets.map((s) => s.name),
});
const BTC = f.UNITS[1]!;

describe("planMerge: where a unit's scores go", () => {
  it("writes a unit's scores into its empty matrix column, every leaf at its own row, numbers as numbers", () => {
    const master = f.freshMaster();
    const plan = planMerge(master, [f.returned("btc.xlsx", f.filled(BTC))], options(master));
    const known = f.knownSelf(BTC);
    expect(plan.writes).toEqual(
      SAMPLE_LEAVES.map((key) => ({
        sheet: f.MATRIX,
        cell: a1(f.rowOf(key), f.selfCol(BTC)),
        value: known.get(key),
        from: { file: "btc.xlsx", unit: BTC, criterion: key, field: "self" },
      })),
    );
    expect(plan.sheets).toEqual([]);
    expect(plan.issues).toEqual([]);
    expect(plan.imports).toEqual([
      { file: "btc.xlsx", sheet: "Phiếu", unit: BTC, status: "imported", target: f.MATRIX, written: 15 },
    ]);
  });

  it("prefers the unit's own per-unit sheet, unfilled, over its matrix column, with evidence and explanations", () => {
    const master = f.freshMaster();
    const input = { criteria: f.masterCriteria(), unit: BTC, blocName: "Khối", year: f.YEAR };
    master.sheets.push(layoutSheet(layoutUnitForm(input, "vi", "BTC")));
    const form = f.filled(BTC);
    f.typeInto(form, "I.2", "Minh chứng", "Báo cáo số 12/BC");
    f.typeInto(form, "I.2", "Giải trình", "Đã hoàn thành");
    const plan = planMerge(master, [f.returned("btc.xlsx", form)], options(master));
    expect(new Set(plan.writes.map((w) => w.sheet))).toEqual(new Set(["BTC"]));
    expect(plan.writes).toHaveLength(17);
    const own = master.sheets.at(-1)!;
    const cellOf = (key: string, label: string) => a1(f.formRow(own, key), f.formCol(own, label));
    expect(plan.writes).toContainEqual({
      sheet: "BTC",
      cell: cellOf("I.2", "Điểm tự chấm"),
      value: f.knownSelf(BTC).get("I.2"),
      from: { file: "btc.xlsx", unit: BTC, criterion: "I.2", field: "self" },
    });
    expect(plan.writes).toContainEqual({
      sheet: "BTC",
      cell: cellOf("I.2", "Minh chứng"),
      value: "Báo cáo số 12/BC",
      from: { file: "btc.xlsx", unit: BTC, criterion: "I.2", field: "evidence" },
    });
    expect(plan.writes).toContainEqual({
      sheet: "BTC",
      cell: cellOf("I.2", "Giải trình"),
      value: "Đã hoàn thành",
      from: { file: "btc.xlsx", unit: BTC, criterion: "I.2", field: "explanation" },
    });
    expect(plan.imports[0]).toMatchObject({ status: "imported", target: "BTC", written: 17 });
  });

  it("adds a new per-unit form sheet for a unit with no place, which reads back as the unit's scores", () => {
    const master = f.freshMaster();
    master.sheets = master.sheets.filter((s) => s.name !== f.MATRIX);
    const form = f.filled(BTC);
    f.typeInto(form, "II.1", "Điểm tự chấm", "mười");
    const plan = planMerge(master, [f.returned("btc.xlsx", form)], options(master));
    expect(plan.writes).toEqual([]);
    expect(plan.sheets.map((s) => [s.kind, s.name])).toEqual([["form", "Phiếu - BTC"]]);
    expect(plan.imports[0]).toMatchObject({ status: "imported", target: "Phiếu - BTC", written: 15 });
    const merged = { sheets: [...master.sheets, layoutSheet(plan.sheets[0]!)] };
    const unit = readScores(merged, f.masterCriteria(), readRoster(merged).roster).units.find(
      (u) => u.name === BTC,
    )!;
    const expected = new Map<string, CellValue>(f.knownSelf(BTC));
    expected.set("II.1", "mười");
    expect(new Map([...unit.self].map(([k, r]) => [k, r.raw]))).toEqual(expected);
  });

  it("names new sheets uniquely among the master's and each other, a formula-like unit name staying text", () => {
    const master = f.freshMaster();
    master.sheets = master.sheets.filter((s) => s.name !== f.MATRIX);
    const roster = master.sheets.find((s) => s.name === "Đơn vị")!;
    roster.values[3]![1] = "=SUM(A1)";
    roster.values[3]![2] = "=SUM(A2)";
    master.sheets.push({ name: "Phiếu - =SUM(A2)", values: [["ghi chú"]] });
    const form = f.formOf("=SUM(A1)", { self: new Map([["I.2", 12]]) });
    const plan = planMerge(
      master,
      [f.returned("x.xlsx", form), f.returned("v.xlsx", f.filled(f.UNITS[0]!, "Phiếu (2)"))],
      options(master),
    );
    expect(plan.sheets.map((s) => s.name)).toEqual(["Phiếu - =SUM(A2) (2)", "Phiếu - VPTU"]);
    const label = plan.sheets[0]!.values.flat().filter((v) => typeof v === "string" && v.includes("SUM(A1)"));
    expect(label).toEqual(["=SUM(A1)"]);
    expect(plan.imports.map((i) => i.unit)).toEqual(["=SUM(A1)", f.UNITS[0]]);
  });
});
