import { parseRange } from "../../../src/engine/address";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { detailsLayout } from "../../../src/engine/layout/detailsLayout";
import { printScale } from "../../../src/engine/layout/printScale";
import { rankingLayout } from "../../../src/engine/layout/rankingLayout";
import type { CellFormat, SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { DEFAULT_FONT_SIZE, textColumns } from "../../../src/engine/layout/textFit";
import { SAMPLES } from "../../../src/samples";
import { label } from "../../../src/strings/outputLabels";

// Issue 15: "98.00Hoàn thành…" — the self total ran into the classification on the printed ranking.

function formatAt(layout: SheetLayout, row: number, col: number): CellFormat {
  const format: CellFormat = {};
  for (const f of layout.formats) {
    const box = parseRange(f.range)!;
    if (row >= box.top && row <= box.bottom && col >= box.left && col <= box.right)
      Object.assign(format, f.format);
  }
  return format;
}

describe.each(["vi", "en"] as const)("ranking printed (%s)", (lang) => {
  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: landscape A4 at 8 pt or more, header repeated",
    (_id, sample) => {
      const result = evaluateBloc(sample.build(2024), { year: 2024 });
      const details = detailsLayout(result, lang, "Chi tiết điểm");
      const layout = rankingLayout(result, lang, "Xếp hạng", details.map);
      const header = layout.values.findIndex((row) => row[0] === label(lang, "rank"));
      expect(layout.print).toMatchObject({
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        printTitleRows: `${header + 1}:${header + 1}`,
      });
      expect(printScale(layout) * DEFAULT_FONT_SIZE).toBeGreaterThanOrEqual(8);
      // The classification is centred in its column, away from the self total's right edge, and either fits
      // its column on one line or wraps.
      const classCol = layout.values[header]!.indexOf(label(lang, "classification"));
      const selfCol = layout.values[header]!.indexOf(label(lang, "selfTotal"));
      expect(classCol).toBe(selfCol + 1);
      for (let row = header + 1; row < header + 1 + result.ranking.length; row++) {
        const format = formatAt(layout, row, classCol);
        expect(format.horizontal).toBe("center");
        const text = String(layout.values[row]![classCol]);
        expect(format.wrap === true || textColumns(text) <= layout.columnWidths[classCol]!).toBe(true);
      }
    },
  );
});
