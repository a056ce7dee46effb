import { attribute } from "../xml";

const CELL_XFS = /<((?:[\w.-]+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/\1cellXfs>/;
const XF = /<(?:[\w.-]+:)?xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?xf>)/g;
const PROTECTION = /<(?:[\w.-]+:)?protection\b([^>]*)>/;

/**
 * Which cell styles lock their cells when the sheet is protected: every `<cellXfs>` entry but those whose
 * `<protection locked="0">` opens them (a cell is locked unless its format says otherwise, as in Excel). A
 * style index beyond the list is locked too.
 * @param styles the styles part's text, or null for a workbook without one.
 */
export function lockedStyles(styles: string | null): (style: string) => boolean {
  const open = new Set<number>();
  const list = CELL_XFS.exec(styles ?? "")?.[2] ?? "";
  let index = 0;
  for (const xf of list.matchAll(XF)) {
    const protection = PROTECTION.exec(xf[1] ?? "");
    const locked = protection ? attribute(protection[1] ?? "", "locked") : undefined;
    if (locked === "0" || locked === "false") open.add(index);
    index++;
  }
  return (style) => !open.has(Number(style));
}
