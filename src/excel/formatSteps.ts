import { type CellFormat, parseRange } from "../engine";
import { gridSteps } from "./gridSteps";
import type { HostCell } from "./hostCell";
import { rangeSize } from "./references";
import { hexColor, step, type Step } from "./step";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** The top-left cell of a range, whichever corner the address names first. */
export function topLeft(range: string): { row: number; col: number } {
  const rect = parseRange(range);
  if (!rect) throw new RangeError(`Not a cell reference: ${range}`);
  return { row: rect.top, col: rect.left };
}

/**
 * One format of a layout over `range`: font, fill, alignment and borders in one step, number formats after. The
 * font name goes over `fontRange` when given (see planFontNames). A format with nothing for that step leaves it
 * empty, sending nothing.
 */
export function formatSteps(
  sheet: string,
  range: string,
  format: CellFormat,
  budget: number,
  fontRange = range,
): Step[] {
  const steps: Step[] = [
    step((env) => {
      let rangeFormat: Excel.RangeFormat | undefined;
      const target = (): Excel.RangeFormat => (rangeFormat ??= env.sheet(sheet).getRange(range).format);
      if (format.bold !== undefined) target().font.bold = format.bold;
      if (format.italic !== undefined) target().font.italic = format.italic;
      if (format.fontName !== undefined) {
        const font = fontRange === range ? target().font : env.sheet(sheet).getRange(fontRange).format.font;
        font.name = format.fontName;
      }
      if (format.fontSize !== undefined) target().font.size = format.fontSize;
      if (format.fontColor !== undefined) target().font.color = hexColor(format.fontColor);
      if (format.fill !== undefined) target().fill.color = hexColor(format.fill);
      if (format.horizontal !== undefined) target().horizontalAlignment = HORIZONTAL[format.horizontal];
      if (format.vertical !== undefined) target().verticalAlignment = VERTICAL[format.vertical];
      if (format.wrap !== undefined) target().wrapText = format.wrap;
      if (format.border !== undefined) {
        const weight = WEIGHT[format.border];
        for (const edge of edgesOf(range)) {
          const border = target().borders.getItem(edge);
          border.style = "Continuous";
          border.weight = weight;
        }
      }
      if (format.bottomBorder !== undefined) {
        const border = target().borders.getItem("EdgeBottom");
        border.style = "Continuous";
        border.weight = WEIGHT[format.bottomBorder];
      }
    }),
  ];
  if (format.numberFormat !== undefined) {
    // Office.js takes a number format per cell: a whole 2-D array, cut like the values when huge.
    const numberFormat = format.numberFormat;
    const { rows, cols } = rangeSize(range);
    const origin = topLeft(range);
    const grid = Array.from({ length: rows }, () => Array<HostCell>(cols).fill(numberFormat));
    steps.push(
      ...gridSteps(sheet, origin.row, origin.col, grid, budget, (target, block) => {
        target.numberFormat = block;
      }),
    );
  }
  return steps;
}

// A single row or column has no inside edge, and Office.js refuses to draw one there.
function edgesOf(range: string): Edge[] {
  const { rows, cols } = rangeSize(range);
  return [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    ...(cols > 1 ? (["InsideVertical"] as const) : []),
    ...(rows > 1 ? (["InsideHorizontal"] as const) : []),
  ];
}
