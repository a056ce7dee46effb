import { a1, columnName, type SheetLayout } from "../engine";
import { hexColor, step, type Step } from "./step";

/** Column width: layouts use Excel character units, Office.js points (Calibri 11: 7 px a digit + 5 px). */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

/** Merges of a layout, in its order. Merge before formatting: a merge must not undo borders drawn on its cells. */
export function mergeSteps(layout: SheetLayout): Step[] {
  return layout.merges.map((merge) => step((env) => env.sheet(layout.name).getRange(merge).merge(false)));
}

/** Column widths, row heights, freeze panes and tab colour: the sheet's shape rather than its cells. */
export function structureSteps(layout: SheetLayout): Step[] {
  const { name } = layout;
  const steps: Step[] = [];
  layout.columnWidths.forEach((chars, c) => {
    const points = widthInPoints(chars);
    const columns = `${columnName(c)}:${columnName(c)}`;
    steps.push(step((env) => (env.sheet(name).getRange(columns).format.columnWidth = points)));
  });
  for (const { row, height } of layout.rowHeights) {
    steps.push(step((env) => (env.sheet(name).getRange(`${row}:${row}`).format.rowHeight = height)));
  }
  const { freeze } = layout;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    steps.push(
      step((env) => {
        const panes = env.sheet(name).freezePanes;
        if (freeze.columns === 0) panes.freezeRows(freeze.rows);
        else if (freeze.rows === 0) panes.freezeColumns(freeze.columns);
        else panes.freezeAt(`A1:${a1(freeze.rows - 1, freeze.columns - 1)}`);
      }),
    );
  }
  if (layout.tabColor) {
    const tab = hexColor(layout.tabColor);
    steps.push(step((env) => (env.sheet(name).tabColor = tab)));
  }
  return steps;
}
