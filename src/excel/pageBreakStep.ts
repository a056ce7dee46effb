import { step, type Step } from "./step";

/**
 * Page breaks above the given rows (1-based): each ballot paper on a page of its own. They need ExcelApi 1.9
 * (Worksheet.horizontalPageBreaks); older hosts print the sheet as one run of pages.
 */
export function pageBreakStep(sheet: string, rows: readonly number[]): Step {
  return step((env) => {
    if (!env.supports("ExcelApi", "1.9")) return;
    const breaks = env.sheet(sheet).horizontalPageBreaks;
    for (const row of rows) breaks.add(`A${row}`);
  });
}
