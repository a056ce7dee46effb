import { parseRange } from "../../../src/engine/address";
import { isLeaf } from "../../../src/engine/criteria/criterion";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import type { Lang } from "../../../src/engine/lang";
import { findScoreHeader } from "../../../src/engine/scores/findScoreHeader";
import { findSheetUnit } from "../../../src/engine/scores/sheetUnit";
import { normalizeLabel } from "../../../src/engine/read/normalizeLabel";
import { partyBloc } from "../../../src/samples/partyBloc";
import { at } from "../../helpers/grid";
import { expectWellFormed } from "../../helpers/layoutChecks";
import { layoutSheet } from "../../helpers/layoutSheet";

const master = evaluateBloc(partyBloc(2024), { year: 2024 });
const criteria = master.criteria!;
const input = { criteria, unit: "=Ban Tổ chức Tỉnh ủy", blocName: "Khối các cơ quan Đảng tỉnh", year: 2024 };
const HEADERS = {
  vi: ["STT", "Nội dung tiêu chí", "Điểm tối đa", "Loại", "Điểm tự chấm", "Minh chứng", "Giải trình"],
  en: ["No.", "Criterion", "Max points", "Kind", "Self score", "Evidence", "Explanation"],
};
const SELF = 4; // column E: the kind column comes first because the table has bonus and deduction rows

const covers = (ranges: readonly string[], ref: string): boolean => {
  const { row, col } = at(ref);
  return ranges.some((range) => {
    const r = parseRange(range)!;
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  });
};

describe.each(["vi", "en"] as Lang[])("layoutUnitForm (%s)", (lang) => {
  const form = layoutUnitForm(input, lang, "Phiếu - BTC");
  const sheet = layoutSheet(form);
  const header = findScoreHeader(sheet.values)!;

  it("is a well-formed form sheet with the unit in a labelled cell and the header within 20 rows", () => {
    // One formula only: the unit's total at the foot of the table.
    expectWellFormed(form, { formulas: true });
    const formulas = form.values.flat().filter((value) => value !== null && typeof value === "object");
    expect(formulas).toHaveLength(1);
    expect(form.kind).toBe("form");
    expect(form.name).toBe("Phiếu - BTC");
    expect(header.row).toBeLessThan(20);
    expect(form.values[header.row]).toEqual(HEADERS[lang]);
    // Written as text: the host must not make a formula of a name starting with "=".
    expect(findSheetUnit(sheet.values, header.row)).toEqual({ name: input.unit, cell: "B3" });
    expect(String(form.values[0]![0])).toContain("2024");
    const above = sheet.values.slice(0, header.row).flat().map(String);
    expect(above.some((text) => text.includes(input.blocName))).toBe(true);
    const words = /\b(khoi cham|tham dinh|diem chot|diem cuoi|review|final)\b/;
    expect(above.filter((text) => words.test(normalizeLabel(text)))).toEqual([]);
    const steps = above.filter((text) => /^\d\. /.test(text));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(steps.length).toBeLessThanOrEqual(5);
  });

  it("freezes and prints the header row on A4 portrait, fitted to the page width", () => {
    expect(form.freeze).toEqual({ rows: header.row + 1, columns: 0 });
    expect(form.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
    expect(form.print.printTitleRows).toBe(`${header.row + 1}:${header.row + 1}`);
    expect(form.columnWidths[1]).toBeGreaterThanOrEqual(40);
  });

  it("opens only the leaves' score, evidence and explanation cells and validates each leaf score", () => {
    const unlocked = form.protection!.unlocked;
    const rules = form.validations!;
    criteria.all.forEach((criterion, i) => {
      const row = header.dataRow + i + 1;
      const leaf = isLeaf(criterion);
      for (const col of ["E", "F", "G"]) expect(covers(unlocked, `${col}${row}`)).toBe(leaf);
      for (const col of ["A", "B", "C", "D"]) expect(covers(unlocked, `${col}${row}`)).toBe(false);
      const rule = rules.filter((r) => covers([r.range], `E${row}`));
      if (!leaf) {
        expect(rule).toEqual([]);
        expect(sheet.values[row - 1]![SELF]).toBe("");
        return;
      }
      const max = criterion.max!;
      expect(rule.map((r) => [r.min, r.max])).toEqual([[criterion.kind === "penalty" ? -max : 0, max]]);
      expect(rule[0]!.error).toContain(String(max));
    });
    expect(rules.every((r) => /^E\d+(:E\d+)?$/.test(r.range))).toBe(true);
  });

  it("fills leaf score cells yellow and parents' score cells grey, groups bold", () => {
    const fills = (ref: string) =>
      form.formats
        .filter((f) => covers([f.range], ref))
        .map((f) => f.format.fill)
        .filter(Boolean);
    const bold = (ref: string) => form.formats.some((f) => covers([f.range], ref) && f.format.bold);
    criteria.all.forEach((criterion, i) => {
      const row = header.dataRow + i + 1;
      expect(fills(`E${row}`)).toEqual([isLeaf(criterion) ? "FFF2CC" : "D9D9D9"]);
      expect(bold(`B${row}`)).toBe(criterion.level === "group");
    });
  });
});
