import { type CellLink, linkReference, linkText, type SheetLayout } from "../engine";
import { topLeft } from "./formatSteps";
import { rangeSize } from "./references";
import { hexColor, step, type Step } from "./step";

const LINK_COLOR = "0563C1";

/** A hyperlink in a layout's cell. It shows the cell's own text; blue and underlined unless the layout coloured that cell. */
export function linkStep(layout: SheetLayout, link: CellLink): Step {
  const { row, col } = topLeft(link.cell);
  const hyperlink = {
    documentReference: linkReference(link),
    textToDisplay: linkText(layout.values[row]?.[col], link),
  };
  const coloured = layout.formats.some(
    ({ range, format }) => format.fontColor !== undefined && covers(range, row, col),
  );
  return step((env) => {
    const cell = env.sheet(layout.name).getRange(link.cell);
    cell.hyperlink = hyperlink;
    cell.format.font.underline = "Single";
    if (!coloured) cell.format.font.color = hexColor(LINK_COLOR);
  });
}

function covers(range: string, row: number, col: number): boolean {
  const origin = topLeft(range);
  const { rows, cols } = rangeSize(range);
  return row >= origin.row && row < origin.row + rows && col >= origin.col && col < origin.col + cols;
}
