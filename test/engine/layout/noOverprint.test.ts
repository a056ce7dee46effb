import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { layoutForms } from "../../../src/engine/forms/layoutForms";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import { settingsLayout } from "../../../src/engine/layout/settingsLayout";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { SAMPLES } from "../../../src/samples";
import { overprints } from "../../helpers/overprint";

// Issue 15: no text printed over its neighbour or cut off on the sheets the secretary prints and reads.
const CHECKED: SheetLayout["kind"][] = ["ranking", "details", "dataCheck", "settings", "form"];
const DOCUMENTS: SheetLayout["kind"][] = ["proposals", "memo", "minutes"];

describe.each(["vi", "en"] as const)("no text over a neighbour (%s)", (lang) => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: ranking, details, data check, settings, forms",
    (_id, sample) => {
      const result = evaluateBloc(sample.build(2024), { year: 2024 });
      const layouts = [
        ...layoutOutputs(result, { lang, existing: [] }),
        settingsLayout(result, lang, "Cấu hình"),
        ...layoutForms(result, { lang, existing: [] }),
      ].filter((layout) => CHECKED.includes(layout.kind));
      expect(new Set(layouts.map((layout) => layout.kind))).toEqual(new Set(CHECKED));
      expect(layouts.flatMap(overprints)).toEqual([]);
    },
  );

  it("holds for a provisional result with long messages, names and criteria", () => {
    const workbook = SAMPLES[0]!.build(2024);
    const matrix = workbook.sheets.find((sheet) => sheet.name === "Tổng hợp")!;
    // Text where scores should be: errors, so a banner and long data-check rows.
    matrix.values[7]![2] = "chưa chấm vì đơn vị chưa gửi báo cáo tổng kết năm";
    matrix.values[8]![4] = "x";
    const result = evaluateBloc(workbook, { year: 2024 });
    expect(result.provisional).toBe(true);
    const layouts = layoutOutputs(result, { lang, existing: [] }).filter((l) => CHECKED.includes(l.kind));
    expect(layouts.flatMap(overprints)).toEqual([]);
  });
});

// The printed documents, in Vietnamese, the language they are signed in. The check's width estimate (textFit)
// counts English capitals wider than the documents' Times New Roman metrics (textWidth) and LibreOffice's
// print show them: "ON BEHALF OF THE EMULATION CLUSTER" prints on one line where it estimates two.
describe("no text over a neighbour on the documents", () => {
  const lang = "vi";
  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: the proposals, the memo and the minutes",
    (_id, sample) => {
      const result = evaluateBloc(sample.build(2024), { year: 2024 });
      const layouts = layoutOutputs(result, { lang, existing: [] }).filter((l) => DOCUMENTS.includes(l.kind));
      expect(new Set(layouts.map((layout) => layout.kind))).toEqual(new Set(DOCUMENTS));
      expect(layouts.flatMap(overprints)).toEqual([]);
    },
  );

  it("holds for the minutes of a bloc with a unit's name longer than the page is wide", () => {
    const workbook = SAMPLES[0]!.build(2024);
    const long =
      "Ban Chỉ đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và giảm nghèo bền vững tỉnh";
    for (const sheet of workbook.sheets)
      for (const row of sheet.values)
        row.forEach((value, c) => {
          if (value === "Báo Quảng Trị") row[c] = long;
        });
    const result = evaluateBloc(workbook, { year: 2024 });
    expect(result.ranking.some((unit) => unit.result.unit === long)).toBe(true);
    const minutes = layoutOutputs(result, { lang, existing: [] }).filter((l) => l.kind === "minutes");
    expect(minutes).toHaveLength(1);
    expect(minutes.flatMap(overprints)).toEqual([]);
  });
});
