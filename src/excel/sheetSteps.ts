import { isOwnedKind, ownershipName, pageNumberHeader, quoteSheet, type SheetLayout } from "../engine";
import { chartStep } from "./chartStep";
import { formatSteps } from "./formatSteps";
import { gridSteps } from "./gridSteps";
import { hostCell } from "./hostCell";
import { linkStep } from "./linkStep";
import { planFontNames } from "./planFontNames";
import { pageBreakStep } from "./pageBreakStep";
import { printStep } from "./printStep";
import { protectionSteps } from "./protectionSteps";
import { step, type Step } from "./step";
import { mergeSteps, structureSteps } from "./structureSteps";
import { validationStep } from "./validationStep";

/**
 * Every step that fills one new output sheet, in the order the .xlsx adapter applies them; its data validation
 * next, and its protection last of all, once nothing more is written to its locked cells.
 */
export function sheetSteps(layout: SheetLayout, budget: number): Step[] {
  const width = Math.max(0, ...layout.values.map((row) => row.length));
  const grid = layout.values.map((row) => Array.from({ length: width }, (_, c) => hostCell(row[c] ?? null)));
  return [
    ...gridSteps(layout.name, 0, 0, grid, budget, (range, block) => {
      range.formulas = block;
    }),
    ...mergeSteps(layout),
    ...planFontNames(layout.formats).flatMap(({ range, format, fontRange }) =>
      formatSteps(layout.name, range, format, budget, fontRange),
    ),
    ...structureSteps(layout),
    ...layout.links.map((link) => linkStep(layout, link)),
    ...(layout.chart ? [chartStep(layout.name, layout.chart)] : []),
    printStep(layout.name, layout.print, pageNumberHeader(layout.formats)),
    ...(layout.pageBreaks?.length ? [pageBreakStep(layout.name, layout.pageBreaks)] : []),
    ...(layout.validations ?? []).map((validation) => validationStep(layout.name, validation)),
    ...protectionSteps(layout),
  ];
}

/**
 * Adds a layout's sheet with its ownership mark (a workbook-level name pointing at its A1), except a settings
 * sheet, which is the user's from then on. One step, so the sheet and its mark always go in the same sync.
 */
export function newSheetStep(layout: SheetLayout): Step {
  const { name, kind } = layout;
  if (!isOwnedKind(kind)) return step((env) => env.sheet(name));
  const reference = `=${quoteSheet(name)}!$A$1`;
  const mark = ownershipName(kind);
  return step((env) => {
    env.sheet(name);
    env.context.workbook.names.add(mark, reference);
  });
}
