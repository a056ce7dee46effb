// `Excel.RangeAreas` as `Range.getSpecialCellsOrNullObject` returns it (ExcelApi 1.9): the cells of a range
// that hold formulas (or constants), as rectangles; a null object when there are none, as in Excel.
import { FakeItem, properties } from "./FakeClientObject";
import { FakeExcelError } from "./FakeExcelError";
import type { FakeRequestContext } from "./FakeRequestContext";
import { formatAddress } from "./parseAddress";
import type { RangeTarget } from "./rangeLoadable";
import type { Rect, SheetModel } from "./SheetModel";
import { quoteIfNeeded } from "./WorkbookModel";

/** Excel refuses a RangeAreas of more separate areas than a selection may have. */
export const MAX_AREAS = 8192;

export interface AreasTarget {
  sheet: SheetModel;
  areas: Rect[];
}

// Runs of formula (or constant) cells along each row, then runs of equal width stacked down the rows: a column
// of subtotals is one area, as Excel reports it.
function specialAreas({ sheet, rect }: RangeTarget, formulas: boolean): Rect[] {
  const cells = [...sheet.cells]
    .filter(([, cell]) => (formulas ? cell.formula !== null : cell.formula === null && cell.value !== ""))
    .map(([key]) => key.split(",").map(Number) as [number, number])
    .filter(([r, c]) => r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const runs: Rect[] = [];
  for (const [row, col] of cells) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === col - 1) last.right = col;
    else runs.push({ top: row, bottom: row, left: col, right: col });
  }
  const areas: Rect[] = [];
  for (const run of runs) {
    const above = areas.find((a) => a.bottom === run.top - 1 && a.left === run.left && a.right === run.right);
    if (above) above.bottom = run.bottom;
    else areas.push(run);
  }
  return areas;
}

export class FakeRangeAreas extends FakeItem<AreasTarget> {
  declare readonly address: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;

  static {
    properties(FakeRangeAreas, { address: null, areaCount: null, cellCount: null });
  }

  constructor(ctx: FakeRequestContext, range: () => RangeTarget, cellType: unknown, valueType: unknown) {
    super(
      ctx,
      () => {
        ctx.require("1.9", "Range.getSpecialCellsOrNullObject");
        if (
          (cellType !== "Formulas" && cellType !== "Constants") ||
          (valueType !== undefined && valueType !== "All")
        ) {
          throw new FakeExcelError("InvalidArgument", "The fake finds formula or constant cells only.");
        }
        const target = range();
        const areas = specialAreas(target, cellType === "Formulas");
        if (areas.length > MAX_AREAS) {
          throw new FakeExcelError("GeneralException", "The selection has too many separate areas.");
        }
        return areas.length > 0 ? { sheet: target.sheet, areas } : null;
      },
      true,
    );
  }

  loadNow(names: string[]): void {
    const found = this.resolveOrNull();
    if (!found) return;
    const { sheet, areas } = found;
    for (const name of names) {
      if (name === "address")
        this.loaded.set(name, areas.map((a) => `${quoteIfNeeded(sheet.name)}!${formatAddress(a)}`).join(","));
      else if (name === "areaCount") this.loaded.set(name, areas.length);
      else if (name === "cellCount")
        this.loaded.set(
          name,
          areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0),
        );
      else throw new FakeExcelError("InvalidArgument", `The fake cannot load RangeAreas.${name}.`);
    }
  }
}
