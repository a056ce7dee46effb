import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { layoutForms } from "../../../src/engine/forms/layoutForms";
import { sameSheetName } from "../../../src/engine/layout/sheetReference";
import { findSheetUnit } from "../../../src/engine/scores/sheetUnit";
import { findScoreHeader } from "../../../src/engine/scores/findScoreHeader";
import { SAMPLES } from "../../../src/samples";
import { centralAgenciesBloc } from "../../../src/samples/centralAgenciesBloc";
import { grid, sheet, workbook } from "../../helpers/grid";
import { layoutSheet } from "../../helpers/layoutSheet";

const unitOf = (layout: Parameters<typeof layoutSheet>[0]) => {
  const values = layoutSheet(layout).values;
  return findSheetUnit(values, findScoreHeader(values)!.row)?.name;
};

describe("layoutForms", () => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "makes one form per roster unit of %s, in order",
    (_, s) => {
      const result = evaluateBloc(s.build(2024), { year: 2024 });
      const forms = layoutForms(result, { lang: "vi", existing: s.build(2024).sheets.map((x) => x.name) });
      expect(forms.map(unitOf)).toEqual(result.roster!.units.map((u) => u.name));
      expect(forms.every((f) => f.kind === "form")).toBe(true);
    },
  );

  it("names sheets after the short name, in the form's language", () => {
    const result = evaluateBloc(centralAgenciesBloc(2024), { year: 2024 });
    expect(layoutForms(result, { lang: "vi", existing: [] })[1]!.name).toBe("Phiếu - CTK");
    expect(layoutForms(result, { lang: "en", existing: [] })[1]!.name).toBe("Form - CTK");
  });

  it("makes names Excel accepts, unique among the workbook's sheets and each other, ignoring case", () => {
    const scores = grid({
      A1: [
        [
          "STT",
          "Nội dung",
          "Điểm tối đa",
          "Đội [A]/B: số 1 rất dài tên đơn vị",
          "ĐỘI [a]/b: số 1 rất dài tên đơn vị x",
          "Ẩn",
        ],
        ["1", "Tiêu chí", 10, 5, 6, 7],
      ],
    });
    const result = evaluateBloc(workbook(sheet("Tổng hợp", scores)), { year: 2024 });
    expect(result.roster).toBeNull();
    const forms = layoutForms(result, { lang: "vi", existing: ["phiếu - ẩn"] });
    const names = forms.map((f) => f.name);
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
      expect(sameSheetName(name, "phiếu - ẩn")).toBe(false);
    }
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) expect(sameSheetName(names[i]!, names[j]!)).toBe(false);
    expect(names[1]).toMatch(/ \(2\)$/);
    expect(names[2]).toBe("Phiếu - Ẩn (2)");
  });

  it("makes forms for the units asked for only, and none without a criteria table", () => {
    const result = evaluateBloc(centralAgenciesBloc(2024), { year: 2024 });
    const forms = layoutForms(result, { lang: "en", existing: [], units: ["Cục Thuế tỉnh"] });
    expect(forms.map(unitOf)).toEqual(["Cục Thuế tỉnh"]);
    const empty = evaluateBloc(workbook(sheet("Trống", [["x"]])), { year: 2024 });
    expect(layoutForms(empty, { lang: "vi", existing: [] })).toEqual([]);
  });
});
