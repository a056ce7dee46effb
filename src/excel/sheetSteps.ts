import { ownershipName, type SheetLayout } from "../engine/layout/sheetLayout";
import { quoteSheet } from "../engine/layout/sheetReference";
import { chartStep } from "./chartStep";
import { formatSteps } from "./formatSteps";
import { gridSteps } from "./gridSteps";
import { hostCell } from "./hostCell";
import { linkStep } from "./linkStep";
import { printStep } from "./printStep";
import { step, type Step } from "./step";
import { mergeSteps, structureSteps } from "./structureSteps";

/** Every step that fills one new output sheet, in the order the .xlsx adapter applies them. */
export function sheetSteps(layout: SheetLayout, budget: number): Step[] {
  const width = Math.max(0, ...layout.values.map((row) => row.length));
  const grid = layout.values.map((row) => Array.from({ length: width }, (_, c) => hostCell(row[c] ?? null)));
  return [
    ...gridSteps(layout.name, 0, 0, grid, budget, (range, block) => {
      range.formulas = block;
    }),
    ...mergeSteps(layout),
    ...layout.formats.flatMap(({ range, format }) => formatSteps(layout.name, range, format, budget)),
    ...structureSteps(layout),
    ...layout.links.map((link) => linkStep(layout, link)),
    ...(layout.chart ? [chartStep(layout.name, layout.chart)] : []),
    printStep(layout.name, layout.print),
  ];
}

/** The ownership mark of a new output sheet: a workbook-level name pointing at its A1. */
export function markStep(sheet: string, kind: SheetLayout["kind"]): Step {
  const reference = `=${quoteSheet(sheet)}!$A$1`;
  const name = ownershipName(kind);
  return step([name, reference], (env) => {
    env.context.workbook.names.add(name, reference);
  });
}
