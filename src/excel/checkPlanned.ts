import {
  a1,
  type CellValue,
  type CellWrite,
  type KeptWrite,
  parseA1,
  type Rect,
  stillHolds,
} from "../engine";
import { ExcelHostError, syncOrThrow } from "./ExcelHostError";

/** The smallest rectangle of each sheet holding its planned cells: one range to read per sheet, not one per cell. */
function boxes(writes: readonly CellWrite[]): Map<string, Rect> {
  const found = new Map<string, Rect>();
  for (const write of writes) {
    const at = parseA1(write.cell);
    if (!at) continue;
    const box = found.get(write.sheet);
    if (!box) found.set(write.sheet, { top: at.row, left: at.col, bottom: at.row, right: at.col });
    else {
      Object.assign(box, {
        top: Math.min(box.top, at.row),
        left: Math.min(box.left, at.col),
        bottom: Math.max(box.bottom, at.row),
        right: Math.max(box.right, at.col),
      });
    }
  }
  return found;
}

/**
 * Every planned cell read again just before the write, in one sync (none when nothing is planned): one that
 * now holds a formula, or no longer holds what the plan read (the secretary typed meanwhile), is kept back.
 * Returns those, and the syncs made.
 * On a protected sheet (a form the add-in made, say) Excel takes values only in unlocked cells and would fail
 * half-way through the write: a locked planned cell there refuses the whole import before anything is written.
 * @throws ExcelHostError `protected`, or Excel's refusal of the read.
 */
export async function checkPlanned(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  protectedSheets: readonly string[],
): Promise<{ kept: KeptWrite[]; syncs: number }> {
  if (writes.length === 0) return { kept: [], syncs: 0 };
  const sheet = (name: string) => context.workbook.worksheets.getItem(name);
  const read = new Map(
    [...boxes(writes)].map(([name, box]) => {
      const range = sheet(name).getRange(`${a1(box.top, box.left)}:${a1(box.bottom, box.right)}`);
      range.load("values,formulas");
      return [name, { box, range }] as const;
    }),
  );
  // Locking is per cell and only matters where the sheet is protected.
  const locks = writes
    .filter((write) => protectedSheets.includes(write.sheet))
    .map((write) => {
      const protection = sheet(write.sheet).getRange(write.cell).format.protection;
      protection.load("locked");
      return { write, protection };
    });
  await syncOrThrow(context);
  const locked = locks.find(({ protection }) => protection.locked !== false);
  if (locked) throw new ExcelHostError("protected", { subject: locked.write.sheet });
  const kept = writes.flatMap((write): KeptWrite[] => {
    const at = parseA1(write.cell);
    const held = read.get(write.sheet);
    if (!at || !held) return [{ write, reason: "changed" }];
    const [r, c] = [at.row - held.box.top, at.col - held.box.left];
    const formula: unknown = held.range.formulas[r]?.[c];
    const value = (held.range.values[r]?.[c] ?? "") as CellValue;
    // A text typed as `=SUM(A1)` (quote-prefixed) reads the same through both; a formula's result does not.
    if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
      return [{ write, reason: "formula" }];
    return stillHolds(value, write) ? [] : [{ write, reason: "changed" }];
  });
  return { kept, syncs: 1 };
}
