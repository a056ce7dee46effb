import type { CellFormat } from "../../engine";
import type { ResolvedStyle } from "./StyleSheet";

/**
 * A cell's style with one more format range applied, as a second `range.format` call does in Office.js: the
 * format changes only what it sets. A border sets all four edges; a bottom border only the bottom edge, and
 * only on the range's last row.
 */
export function foldFormat(style: ResolvedStyle, format: CellFormat, bottomRow: boolean): ResolvedStyle {
  const next: ResolvedStyle = { ...style };
  if (format.bold !== undefined) next.bold = format.bold;
  if (format.italic !== undefined) next.italic = format.italic;
  if (format.fontName !== undefined) next.fontName = format.fontName;
  if (format.fontSize !== undefined) next.fontSize = format.fontSize;
  if (format.fontColor !== undefined) next.fontColor = format.fontColor;
  if (format.fill !== undefined) next.fill = format.fill;
  if (format.horizontal !== undefined) next.horizontal = format.horizontal;
  if (format.vertical !== undefined) next.vertical = format.vertical;
  if (format.wrap !== undefined) next.wrap = format.wrap;
  if (format.numberFormat !== undefined) next.numberFormat = format.numberFormat;
  if (format.border !== undefined) {
    const edge = format.border;
    next.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  if (format.bottomBorder !== undefined && bottomRow) {
    next.border = { ...next.border, bottom: format.bottomBorder };
  }
  return next;
}

/**
 * One style a set of cells shares, and the styles it leads to: cells that receive the same formats in the same
 * order end at the same node, so each distinct style is folded once and looked up once in the style sheet.
 */
export class StyleNode {
  /** Its index in cellXfs, once asked for. */
  xf = -1;
  private readonly next = new Map<number, StyleNode>();

  constructor(readonly style: ResolvedStyle) {}

  /** The node this style becomes by the step `key`, folded by `fold` the first time. */
  then(key: number, fold: (style: ResolvedStyle) => ResolvedStyle): StyleNode {
    let node = this.next.get(key);
    if (!node) {
      node = new StyleNode(fold(this.style));
      this.next.set(key, node);
    }
    return node;
  }
}
