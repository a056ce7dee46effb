import { keepBack, stillHolds, type KeptWrite } from "../engine/forms/keepBack";
import {
  planMerge,
  type CellWrite,
  type FormImport,
  type MergePlan,
  type ReturnedWorkbook,
} from "../engine/forms/planMerge";
import type { Issue } from "../engine/issues";
import type { Lang } from "../engine/lang";
import type { CellValue } from "../engine/workbook";
import { applyLayouts } from "./applyLayouts";
import { ExcelHostError, toHostError } from "./ExcelHostError";
import { hostCell } from "./hostCell";
import { readWorkbook } from "./readWorkbook";
import { step, type Step } from "./step";

export interface ImportFormsOptions {
  /** Language of any new per-unit sheet. */
  lang: Lang;
  /** The year a workbook without a `Năm` setting is for; defaults to the current year. */
  year?: number;
  /** `Office.context.requirements.isSetSupported`; injected by tests. */
  supports?: (set: string, version: string) => boolean;
  payloadLimit?: number;
  /** Returned files whose values replace different ones in the workbook (see `planMerge`). */
  replace?: readonly string[];
}

/** What an import did: one entry per returned form (or file), the problems found, and what was written. */
export interface ImportFormsResult {
  imports: FormImport[];
  issues: Issue[];
  /** Cells written into existing sheets. */
  cells: number;
  /** New per-unit sheets added, for units the master had no place for. */
  sheets: string[];
  syncs: number;
}

/**
 * Brings returned self-assessment forms into the open workbook as planned by `planMerge`: only cells that are
 * empty in the master are written (a number as a number, a text as text, never a formula), or, for the files
 * in `replace`, cells holding the different value they replace; new per-unit sheets are added for units
 * without a place. No other cell is touched: a conflicting value is reported, never overwritten, and a
 * planned cell that holds a formula or changed since the read is kept back and reported. Read 2 syncs, check
 * the planned cells 1, write 1 (more only past Excel's request limit). Importing the same forms again writes
 * nothing (2 syncs).
 * @throws ExcelHostError `protected` (before anything is written) when a planned cell is locked on a protected
 *   sheet; `cell-edit`, `name-clash`… from the host.
 */
export async function importFormsInExcel(
  context: Excel.RequestContext,
  returned: readonly ReturnedWorkbook[],
  options: ImportFormsOptions,
): Promise<ImportFormsResult> {
  const contents = await readWorkbook(context);
  const planned = planMerge(contents.workbook, returned, {
    lang: options.lang,
    year: options.year ?? new Date().getFullYear(),
    existing: contents.existing.map((sheet) => sheet.name),
    ...(options.replace ? { replace: options.replace } : {}),
  });
  const sheets = planned.sheets.map((layout) => layout.name);
  const report = (plan: MergePlan) => ({
    imports: plan.imports,
    issues: plan.issues,
    cells: plan.writes.length,
  });
  if (planned.writes.length === 0 && planned.sheets.length === 0)
    return { ...report(planned), sheets, syncs: 2 };

  const kept = await checkPlanned(context, planned.writes, contents.protectedSheets);
  const plan = keepBack(planned, kept);
  const writes: Step[] = plan.writes.map(({ sheet, cell, value }) => {
    const entered = [[hostCell(value)]];
    return step(entered, (env) => (env.sheet(sheet).getRange(cell).values = entered));
  });
  const checks = planned.writes.length > 0 ? 1 : 0;
  if (writes.length === 0 && plan.sheets.length === 0) return { ...report(plan), sheets, syncs: 2 + checks };
  const write = await applyLayouts(context, plan.sheets, {
    contents,
    before: writes,
    ...(options.supports ? { supports: options.supports } : {}),
    ...(options.payloadLimit ? { payloadLimit: options.payloadLimit } : {}),
  });
  return { ...report(plan), sheets, syncs: 2 + checks + write.syncs };
}

/**
 * Every planned cell read again just before the write, in one sync (none when there is none): one that now
 * holds a formula, or no longer holds what the plan read (the secretary typed meanwhile), is kept back.
 * On a protected sheet (a form the add-in made, say) Excel takes values only in unlocked cells and would fail
 * half-way through the write: a locked planned cell there refuses the whole import before anything is written.
 */
async function checkPlanned(
  context: Excel.RequestContext,
  writes: readonly CellWrite[],
  protectedSheets: readonly string[],
): Promise<KeptWrite[]> {
  if (writes.length === 0) return [];
  const cells = writes.map((write) => {
    const cell = () => context.workbook.worksheets.getItem(write.sheet).getRange(write.cell);
    const range = cell();
    range.load("values,formulas");
    const protection = protectedSheets.includes(write.sheet) ? cell().format.protection : null;
    protection?.load("locked");
    return { write, range, protection };
  });
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
  const locked = cells.find(({ protection }) => protection !== null && protection.locked !== false);
  if (locked) throw new ExcelHostError("protected", { name: locked.write.sheet });
  return cells.flatMap(({ write, range }): KeptWrite[] => {
    const formula: unknown = range.formulas[0]?.[0];
    const value = (range.values[0]?.[0] ?? "") as CellValue;
    // A text typed as `=SUM(A1)` (quote-prefixed) reads the same through both; a formula's result does not.
    if (typeof formula === "string" && formula.startsWith("=") && formula !== value)
      return [{ write, reason: "formula" }];
    return stillHolds(value, write) ? [] : [{ write, reason: "changed" }];
  });
}
