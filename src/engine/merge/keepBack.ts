import { issue } from "../issues";
import type { CellValue } from "../workbook";
import type { CellWrite, MergePlan } from "./planMerge";
import { sameValue } from "./sameValue";

/** Why a host did not make a planned write. */
export type KeptReason = "formula" | "merged" | "changed";

/** A planned write the host did not make. */
export interface KeptWrite {
  write: CellWrite;
  reason: KeptReason;
}

/**
 * Whether a cell still holds what the plan read there: nothing for a write into an empty cell, the replaced
 * value for a replacement. A host checks this just before writing, so that nothing it did not plan for is lost.
 */
export function stillHolds(current: CellValue, write: CellWrite): boolean {
  if (write.replaces === undefined) return typeof current === "string" && current.trim() === "";
  return sameValue(current, write.replaces);
}

/**
 * The plan as the host carried it out: each write it kept back (a formula in the cell, a merged cell, a cell
 * changed since the read) becomes a `form-cell-kept` issue at that cell, in place of the replacement reported
 * there, and its form's import counts one cell fewer and is partial (not imported once none is left). Nothing
 * kept back: the plan unchanged.
 */
export function keepBack(plan: MergePlan, kept: readonly KeptWrite[]): MergePlan {
  if (kept.length === 0) return plan;
  const at = (w: { sheet: string; cell: string }) => `${w.sheet}!${w.cell}`;
  const keptAt = new Set(kept.map(({ write }) => at(write)));
  const issues = plan.issues.filter(
    (found) => found.code !== "form-value-replaced" || !keptAt.has(at(found)),
  );
  const imports = plan.imports.map((entry) => ({ ...entry }));
  for (const { write, reason } of kept) {
    const { file, unit, criterion, field } = write.from;
    const details = {
      reason,
      field,
      ...(write.replaces === undefined ? {} : { masterValue: write.replaces }),
    };
    issues.push(
      issue({
        code: "form-cell-kept",
        file,
        sheet: write.sheet,
        cell: write.cell,
        unit,
        criterion,
        value: write.value,
        details,
      }),
    );
    // The form that brought the write in is its unit's first entry with cells written (copies write none).
    const entry = imports.find((e) => e.file === file && e.unit === unit && e.written > 0);
    // The last of its cells kept back: the form is not imported at all, not partly.
    if (entry)
      Object.assign(entry, { written: entry.written - 1, status: entry.written > 1 ? "partial" : "skipped" });
  }
  return { ...plan, writes: plan.writes.filter((write) => !keptAt.has(at(write))), issues, imports };
}
