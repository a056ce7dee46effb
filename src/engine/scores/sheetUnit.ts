import { a1 } from "../address";
import { normalizeLabel } from "../read/normalizeLabel";
import { cellAt, type CellValue } from "../workbook";

// Labels that name the unit a form belongs to. "Đơn vị chấm" (the scorer) and "Đơn vị tính" (unit of
// measure) are deliberately absent.
const LABELS = new Set(
  [
    "Đơn vị",
    "Tên đơn vị",
    "Đơn vị được chấm",
    "Đơn vị tự chấm",
    "Cơ quan",
    "Tên cơ quan",
    "Cơ quan, đơn vị",
    "Tên cơ quan, đơn vị",
    "Unit",
    "Unit name",
  ].map(normalizeLabel),
);

const text = (value: CellValue): string => (typeof value === "string" ? value.trim() : String(value));

/**
 * The unit a per-unit form names above its header: `Đơn vị: Ban Tổ chức Tỉnh ủy` in one cell, or a label
 * cell followed by the name in the next non-empty cell to its right. Null when no such label is found.
 */
export function findSheetUnit(
  values: CellValue[][],
  headerRow: number,
): { name: string; cell: string } | null {
  for (let r = 0; r < headerRow; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const own = text(cellAt(values, r, c));
      const colon = own.indexOf(":");
      const label = colon >= 0 ? own.slice(0, colon) : own;
      if (!LABELS.has(normalizeLabel(label))) continue;
      const after = colon >= 0 ? own.slice(colon + 1).trim() : "";
      if (after) return { name: after, cell: a1(r, c) };
      for (let next = c + 1; next < row.length; next++) {
        const name = text(cellAt(values, r, next));
        if (name) return { name, cell: a1(r, next) };
      }
    }
  }
  return null;
}
