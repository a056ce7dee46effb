import { readReturnedForm } from "../../../src/engine/merge/readReturnedForm";
import type { CellValue } from "../../../src/engine/workbook";
import { partyBloc } from "../../../src/samples/partyBloc";
import * as f from "./planFixtures";

const BTC = f.UNITS[1]!;

describe("readReturnedForm", () => {
  it("reads a form's unit label, its own criteria and only the cells the unit filled, text as typed", () => {
    const form = f.formOf(BTC, {
      self: new Map<string, CellValue>([
        ["I.2", 12],
        ["II.1", "chín"],
      ]),
      evidence: new Map([["I.2", "BC 12"]]),
    });
    const [read, ...rest] = readReturnedForm("btc.xlsx", { sheets: [form] });
    expect(rest).toEqual([]);
    expect(read!.file).toBe("btc.xlsx");
    expect(read!.sheet).toBe("Phiếu");
    expect(read!.label?.name).toBe(BTC);
    expect(read!.criteria.all.map((c) => c.key)).toEqual(f.masterCriteria().all.map((c) => c.key));
    expect([...read!.self].map(([key, score]) => [key, score.raw])).toEqual([
      ["I.2", 12],
      ["II.1", "chín"],
    ]);
    expect([...read!.evidence].map(([key, text]) => [key, text.text])).toEqual([["I.2", "BC 12"]]);
    expect(read!.explanation.size).toBe(0);
  });

  it("finds every form sheet of a workbook and nothing in a criteria table, a matrix, a roster or settings", () => {
    const sample = partyBloc(f.YEAR).sheets;
    const forms = readReturnedForm("x.xlsx", {
      sheets: [...sample, f.formOf(BTC, {}, "A"), f.formOf(BTC, {}, "B")],
    });
    expect(forms.map((form) => form.sheet)).toEqual(["A", "B"]);
    expect(readReturnedForm("x.xlsx", { sheets: sample })).toEqual([]);
  });
});
