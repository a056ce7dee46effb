import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { detailsLayout, MIN_PRINT_POINTS } from "../../../src/engine/layout/detailsLayout";
import {
  columnPoints,
  printableWidth,
  printScale,
  titleColumns,
} from "../../../src/engine/layout/printScale";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { DEFAULT_FONT_SIZE } from "../../../src/engine/layout/textFit";
import type { WorkbookInput } from "../../../src/engine/workbook";
import { SAMPLES } from "../../../src/samples";
import { generatedBloc } from "../../../src/samples/generatedBloc";
import { label } from "../../../src/strings/outputLabels";
import { expectWellFormed } from "../../helpers/layoutChecks";
import { overprints } from "../../helpers/overprint";

// Issue 15: with 13 units the details printed at about 6 pt. For 15 units they must print at 8 pt or more.

/** A bloc of `units` units with long names; the roster gives short names when `short`. */
function bloc(units: number, short: boolean): WorkbookInput {
  const workbook = generatedBloc(units, 3, 4);
  const roster = workbook.sheets.find((sheet) => sheet.name === "Đơn vị")!;
  roster.values = roster.values.map((row, i) => [
    i === 0 ? "Tên đơn vị" : `${String(row[0])} thuộc Ủy ban nhân dân tỉnh`,
    row[1]!,
    ...(short ? [i === 0 ? "Tên viết tắt" : `ĐV${i}`] : []),
  ]);
  const matrix = workbook.sheets.find((sheet) => sheet.name === "Tổng hợp")!;
  matrix.values[2] = matrix.values[2]!.map((cell) =>
    typeof cell === "string" && cell.startsWith("Đơn vị thành viên")
      ? `${cell} thuộc Ủy ban nhân dân tỉnh`
      : cell,
  );
  return workbook;
}

/** The smallest text size the sheet prints at: the default font scaled as the host scales the page. */
const printedPoints = (layout: SheetLayout): number => printScale(layout) * DEFAULT_FONT_SIZE;

describe("details printed readable", () => {
  it.each([true, false])(
    "15 units (short names %s): at 8 pt or more, across pages with A:C repeated",
    (short) => {
      const result = evaluateBloc(bloc(15, short), { year: 2024 });
      expect(result.ranking).toHaveLength(15);
      const { layout } = detailsLayout(result, "vi", "Chi tiết điểm");
      expectWellFormed(layout, { formulas: true });
      // Fitted to one page the 18 columns would print below 8 pt: the sheet is not fitted, it is split.
      const fitted =
        printScale({ ...layout, print: { ...layout.print, fitToWidth: true } }) * DEFAULT_FONT_SIZE;
      expect(fitted).toBeLessThan(MIN_PRINT_POINTS);
      expect(layout.print).toMatchObject({
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: false,
        printTitleColumns: "A:C",
        printTitleRows: "3:3",
      });
      expect(printedPoints(layout)).toBeGreaterThanOrEqual(MIN_PRINT_POINTS);
      // Every page holds the repeated columns and at least two units' columns beside them.
      const repeated = titleColumns(layout.print).reduce(
        (sum, col) => sum + columnPoints(layout.columnWidths[col]!),
        0,
      );
      const unitColumn = Math.max(...layout.columnWidths.slice(3).map(columnPoints));
      expect(repeated + 2 * unitColumn).toBeLessThanOrEqual(printableWidth(layout.print));
      expect(overprints(layout)).toEqual([]);
    },
  );

  it("heads the columns with the roster's short names and names them in full under the table", () => {
    const result = evaluateBloc(bloc(15, true), { year: 2024 });
    const { layout } = detailsLayout(result, "vi", "Chi tiết điểm");
    const header = layout.values[2]!;
    const units = result.ranking.map((ranked) => ranked.result.unit);
    const shortOf = (unit: string) => `ĐV${Number(/số (\d+)/.exec(unit)![1])}`;
    expect(header.slice(3)).toEqual(units.map(shortOf));
    const legend = layout.values.findIndex((row) => row[1] === label("vi", "shortNamesLegend"));
    expect(legend).toBeGreaterThan(3);
    expect(layout.values.slice(legend + 1).map((row) => row[1])).toEqual(
      units.map((unit) => label("vi", "shortNameEntry", { short: shortOf(unit), name: unit })),
    );
  });

  it("keeps full names, wrapped in a row tall enough, and no legend, when the roster has no short names", () => {
    const result = evaluateBloc(bloc(15, false), { year: 2024 });
    const { layout } = detailsLayout(result, "vi", "Chi tiết điểm");
    expect(layout.values[2]!.slice(3)).toEqual(result.ranking.map((ranked) => ranked.result.unit));
    expect(layout.values.some((row) => row[1] === label("vi", "shortNamesLegend"))).toBe(false);
    const header = layout.rowHeights.find((h) => h.row === 3)!;
    expect(header.height).toBeGreaterThanOrEqual(4 * 15);
  });

  it.each(SAMPLES.map((s) => [s.id, s] as const))(
    "%s: fitted to one landscape page only at 8 pt or more",
    (_id, sample) => {
      const result = evaluateBloc(sample.build(2024), { year: 2024 });
      const { layout } = detailsLayout(result, "vi", "Chi tiết điểm");
      expect(layout.print.orientation).toBe("landscape");
      expect(printedPoints(layout)).toBeGreaterThanOrEqual(MIN_PRINT_POINTS);
      if (!layout.print.fitToWidth) expect(layout.print.printTitleColumns).toBe("A:C");
    },
  );
});
