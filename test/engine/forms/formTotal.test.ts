import { a1 } from "../../../src/engine/address";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { layoutUnitForm, type FormFill } from "../../../src/engine/forms/layoutUnitForm";
import { readReturnedForm } from "../../../src/engine/merge/readReturnedForm";
import { planMerge } from "../../../src/engine/merge/planMerge";
import type { Lang } from "../../../src/engine/lang";
import { DOCUMENT_FONT, type CellFormat, type SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { parseRange } from "../../../src/engine/address";
import { toNumber } from "../../../src/engine/decimal";
import { closingKind } from "../../../src/engine/read/tableBody";
import type { UnitScores } from "../../../src/engine/scores/unitScores";
import type { CellValue, SheetInput, WorkbookInput } from "../../../src/engine/workbook";
import { SAMPLES } from "../../../src/samples";
import { formLabel } from "../../../src/strings/formLabels";
import { evaluateFormula } from "../../helpers/evaluateFormula";
import { grid } from "../../helpers/grid";
import * as f from "../merge/planFixtures";

// Issue 15: the unit's form had no total row and no signature block, so it could not be signed and returned.

/** A unit's self scores as the numbers the engine read (a score typed as text "9,5" counts as 9.5). */
const numbers = (unit: UnitScores): FormFill => ({
  self: new Map([...unit.self].flatMap(([key, read]) => (read.value === null ? [] : [[key, read.value]]))),
  evidence: new Map(),
  explanation: new Map(),
});

/** The form's total cell: the one formula of the sheet. */
function totalCell(form: SheetLayout): { ref: string; row: number; value: number } {
  for (const [row, values] of form.values.entries())
    for (const [col, value] of values.entries())
      if (value !== null && typeof value === "object")
        return { ref: a1(row, col), row, value: Number(value.value) };
  throw new Error("no total");
}

function formatAt(layout: SheetLayout, row: number, col: number): CellFormat {
  const format: CellFormat = {};
  for (const range of layout.formats) {
    const box = parseRange(range.range)!;
    if (row >= box.top && row <= box.bottom && col >= box.left && col <= box.right)
      Object.assign(format, range.format);
  }
  return format;
}

describe.each(["vi", "en"] as Lang[])("the form's total and signature block (%s)", (lang) => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: the total recomputes to the unit's self total as the master computes it",
    (_id, sample) => {
      const result = evaluateBloc(sample.build(2024), { year: 2024 });
      const { criteria, settings } = result;
      let checked = 0;
      for (const ranked of result.ranking) {
        const unit = result.units.find((u) => u.name === ranked.result.unit)!;
        const input = { criteria: criteria!, unit: unit.name, blocName: "", year: 2024, fill: numbers(unit) };
        const form = layoutUnitForm(
          { ...input, scale: settings.scale, decimals: settings.decimals },
          lang,
          "F",
        );
        const total = totalCell(form);
        const recomputed = evaluateFormula([form], "F", total.ref);
        expect(recomputed).toBe(total.value);
        if (ranked.result.selfTotal !== null) {
          expect(recomputed).toBe(toNumber(ranked.result.selfTotal));
          checked++;
        }
        expect(form.values[total.row]).toContain(formLabel[lang].total);
      }
      expect(checked).toBeGreaterThan(0);
    },
  );

  it("caps a group at its max, the bonus at its cap, and counts deductions by their size in weighted mode", () => {
    const workbook: WorkbookInput = {
      sheets: [
        {
          name: "Tổng hợp",
          values: grid({
            A1: [
              ["STT", "Nội dung", "Điểm chuẩn", "Trọng số", "Ban A", "Ban B"],
              ["I", "Chuyên môn", 60, 70, "", ""],
              [1, "a", 40, "", 35, 40],
              [2, "b", 30, "", 28.5, 30],
              ["II", "Đoàn thể", 30, 30, "", ""],
              [1, "c", 30, "", 21, 17.25],
              ["III", "Điểm thưởng", 5, "", "", ""],
              [1, "d", 5, "", 4, 0],
              [2, "e", 5, "", 3, 1],
              ["IV", "Điểm trừ", 10, "", "", ""],
              [1, "f", 10, "", -2, 3],
            ],
          }),
        },
      ],
    };
    const result = evaluateBloc(workbook, { year: 2024 });
    expect(result.criteria?.weighted).toBe(true);
    for (const unit of result.units) {
      const ranked = result.ranking.find((r) => r.result.unit === unit.name)!;
      const form = layoutUnitForm(
        {
          criteria: result.criteria!,
          unit: unit.name,
          blocName: "",
          year: 2024,
          fill: numbers(unit),
          scale: 100,
        },
        lang,
        "F",
      );
      const total = totalCell(form);
      expect(evaluateFormula([form], "F", total.ref)).toBe(total.value);
      // Both units' raw groups exceed I's max 60, and Ban A's bonus its cap 5.
      expect(total.value).toBe(toNumber(ranked.result.total));
    }
  });

  it("ends with the date line in italics, the signer's title and (Ký tên, đóng dấu), in Times New Roman on A4 portrait", () => {
    const result = evaluateBloc(SAMPLES[0]!.build(2024), { year: 2024 });
    const form = layoutUnitForm(
      { criteria: result.criteria!, unit: "Ban A", blocName: "Khối", year: 2024 },
      lang,
      "F",
    );
    const labels = formLabel[lang];
    const find = (text: string) => {
      const row = form.values.findIndex((values) => values.includes(text));
      return { row, col: form.values[row]!.indexOf(text) };
    };
    const total = totalCell(form);
    const date = find(labels.dateLine);
    const signer = find(labels.signer);
    const hint = find(labels.signHint);
    expect([date.row > total.row, signer.row, hint.row]).toEqual([true, date.row + 1, date.row + 2]);
    expect(formatAt(form, date.row, date.col).italic).toBe(true);
    expect(formatAt(form, signer.row, signer.col).bold).toBe(true);
    // Room to sign under the hint, in its own row, the hint at the top; the form ends there.
    expect(formatAt(form, hint.row, hint.col).vertical).toBe("top");
    expect(form.rowHeights.find((h) => h.row === hint.row + 1)!.height).toBeGreaterThanOrEqual(60);
    expect(form.values).toHaveLength(hint.row + 1);
    // The readers take the block for the end of the table.
    if (lang === "vi") expect(closingKind(labels.dateLine)).toBe("date");
    expect(closingKind(labels.signer)).toBe("signature");
    expect(closingKind(labels.signHint)).toBe("signature");
    form.values.forEach((values, row) =>
      values.forEach((value, col) => {
        if (typeof value === "string" && value !== "")
          expect(formatAt(form, row, col).fontName).toBe(DOCUMENT_FONT);
      }),
    );
    expect(form.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
  });
});

/** A form without its foot: the total row and everything under it, as forms were before they had them. */
function withoutFoot(sheet: SheetInput): SheetInput {
  const total = sheet.values.findIndex((row) => row.includes(formLabel.vi.total));
  expect(total).toBeGreaterThan(0);
  return { ...sheet, values: sheet.values.slice(0, total) };
}

describe("a returned form with its total row", () => {
  const BTC = f.UNITS[1]!;
  const form = f.filled(BTC);

  it("reads back the same criteria and scores as without it: the total is neither a criterion nor a score", () => {
    const [withTotal] = readReturnedForm("btc.xlsx", { sheets: [form] });
    const [without] = readReturnedForm("btc.xlsx", { sheets: [withoutFoot(form)] });
    expect(withTotal!.criteria.all.map((c) => c.key)).toEqual(f.masterCriteria().all.map((c) => c.key));
    expect(withTotal!.criteria.all.map((c) => c.key)).toEqual(without!.criteria.all.map((c) => c.key));
    expect(withTotal!.self).toEqual(without!.self);
    expect([...withTotal!.self.keys()]).toEqual([...f.knownSelf(BTC).keys()]);
    expect(withTotal!.parentTotals).toEqual([]);
  });

  it("imports the same cells as without it, with no issue", () => {
    const master = f.freshMaster();
    const options = { lang: "vi" as const, year: f.YEAR, existing: master.sheets.map((s) => s.name) };
    const plan = planMerge(master, [f.returned("btc.xlsx", form)], options);
    const before = planMerge(f.freshMaster(), [f.returned("btc.xlsx", withoutFoot(form))], options);
    expect(plan.writes).toEqual(before.writes);
    expect(plan.writes).toHaveLength(f.knownSelf(BTC).size);
    expect(plan.issues).toEqual([]);
    expect(plan.imports).toEqual(before.imports);
  });

  it("imports the same cells when the unit typed its own number over the total", () => {
    const typed = f.filled(BTC);
    const total = typed.values.findIndex((row) => row.includes(formLabel.vi.total));
    const self = typed.values[total]!.findIndex((value, col) => col > 2 && typeof value === "number");
    typed.values[total]![self] = 999 as CellValue;
    const master = f.freshMaster();
    const options = { lang: "vi" as const, year: f.YEAR, existing: master.sheets.map((s) => s.name) };
    const plan = planMerge(master, [f.returned("btc.xlsx", typed)], options);
    const before = planMerge(f.freshMaster(), [f.returned("btc.xlsx", withoutFoot(form))], options);
    expect(plan.writes).toEqual(before.writes);
    expect(plan.issues).toEqual([]);
  });
});
