// Which cells of a fake workbook changed: what an import is allowed to touch is exactly what it planned.
import type { FakeExcel } from "./fakeExcel/fakeExcel";

/** Every sheet's cells, to compare before and after. */
export const snapshot = (fake: FakeExcel) =>
  new Map(fake.sheetNames().map((name) => [name, fake.formulas(name)]));

/** The cells of `after` that differ from `before`, as `sheet!row,col`. */
export function changed(before: Map<string, unknown[][]>, after: Map<string, unknown[][]>): string[] {
  const out: string[] = [];
  for (const [name, rows] of after) {
    const old = before.get(name) ?? [];
    const height = Math.max(rows.length, old.length);
    for (let r = 0; r < height; r++) {
      const width = Math.max(rows[r]?.length ?? 0, old[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        if ((rows[r]?.[c] ?? "") !== (old[r]?.[c] ?? "")) out.push(`${name}!${r},${c}`);
      }
    }
  }
  return out.sort();
}
