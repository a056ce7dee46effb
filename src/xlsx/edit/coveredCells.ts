import { parseRange, type Rect } from "../../engine";
import { attribute } from "../xml";

/** A range whose cells a write must not go into, and why. */
export interface Block {
  rect: Rect;
  reason: "formula" | "merged";
  /** The top-left cell is writable (a merge's value lives there). */
  anchorFree: boolean;
}

const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\s([^>]*?)\/?>/g;
const FORMULA = /<(?:[\w.-]+:)?f\s([^>]*?)\/?>/g;

/**
 * The merged ranges of a sheet (its `<mergeCell>`s, after the cell data) and the ranges an array formula or a
 * data table fills (its anchor's `<f t="array" ref>`, in the cell data): a value written into one of the
 * latter would break the formula, as Excel says ("You can't change part of an array").
 */
export function blocks(sheetData: string, afterSheetData: string): Block[] {
  const found: Block[] = [];
  for (const match of afterSheetData.matchAll(MERGE_CELL)) {
    const rect = parseRange(attribute(match[1] ?? "", "ref") ?? "");
    if (rect) found.push({ rect, reason: "merged", anchorFree: true });
  }
  // Most sheets have neither: a plain search spares the scan of every formula.
  if (sheetData.includes("array") || sheetData.includes("dataTable")) {
    for (const match of sheetData.matchAll(FORMULA)) {
      const attributes = match[1] ?? "";
      const t = attribute(attributes, "t");
      if (t !== "array" && t !== "dataTable") continue;
      const rect = parseRange(attribute(attributes, "ref") ?? "");
      if (rect) found.push({ rect, reason: "formula", anchorFree: false });
    }
  }
  return found.sort((a, b) => a.rect.top - b.rect.top);
}

/**
 * For cells given in row order, the reason each is blocked or null: one sweep down the sheet, holding only
 * the blocks that reach the current row.
 */
export function blockedCells(
  cells: readonly { row: number; col: number }[],
  sorted: readonly Block[],
): ("formula" | "merged" | null)[] {
  let next = 0;
  let active: Block[] = [];
  let activeRow = -1;
  return cells.map(({ row, col }) => {
    if (row !== activeRow) {
      active = active.filter((block) => block.rect.bottom >= row);
      activeRow = row;
    }
    for (; next < sorted.length && sorted[next]!.rect.top <= row; next++)
      if (sorted[next]!.rect.bottom >= row) active.push(sorted[next]!);
    for (const { rect, reason, anchorFree } of active) {
      if (col < rect.left || col > rect.right) continue;
      if (anchorFree && row === rect.top && col === rect.left) continue;
      return reason;
    }
    return null;
  });
}
