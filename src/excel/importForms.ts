import { planMerge, type FormImport, type ReturnedWorkbook } from "../engine/forms/planMerge";
import type { Issue } from "../engine/issues";
import type { Lang } from "../engine/lang";
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
 * empty in the master are written (a number as a number, a text as text, never a formula), new per-unit
 * sheets are added for units without a place; no other cell is touched, and a conflicting value is reported,
 * never overwritten. Read 2 syncs, write 1 (more only past Excel's request limit); one more before the write
 * when a target sheet is protected, to check that the planned cells are unlocked. Importing the same forms
 * again writes nothing.
 * @throws ExcelHostError `protected` (before anything is written) when a planned cell is locked on a protected
 *   sheet; `cell-edit`, `name-clash`… from the host.
 */
export async function importFormsInExcel(
  context: Excel.RequestContext,
  returned: readonly ReturnedWorkbook[],
  options: ImportFormsOptions,
): Promise<ImportFormsResult> {
  const contents = await readWorkbook(context);
  const plan = planMerge(contents.workbook, returned, {
    lang: options.lang,
    year: options.year ?? new Date().getFullYear(),
    existing: contents.existing.map((sheet) => sheet.name),
  });
  const result = { imports: plan.imports, issues: plan.issues, cells: plan.writes.length };
  const sheets = plan.sheets.map((layout) => layout.name);
  if (plan.writes.length === 0 && plan.sheets.length === 0) return { ...result, sheets, syncs: 2 };

  const checked = await checkUnlocked(context, plan.writes, contents.protectedSheets);
  const writes: Step[] = plan.writes.map(({ sheet, cell, value }) => {
    const entered = [[hostCell(value)]];
    return step(entered, (env) => (env.sheet(sheet).getRange(cell).values = entered));
  });
  const write = await applyLayouts(context, plan.sheets, {
    contents,
    before: writes,
    ...(options.supports ? { supports: options.supports } : {}),
    ...(options.payloadLimit ? { payloadLimit: options.payloadLimit } : {}),
  });
  return { ...result, sheets, syncs: 2 + checked + write.syncs };
}

/**
 * On a protected sheet (a form the add-in made, say) Excel takes values only in unlocked cells, and would fail
 * half-way through the write otherwise: every planned cell there is checked first (one sync, none when no
 * target is protected). Returns the syncs made.
 */
async function checkUnlocked(
  context: Excel.RequestContext,
  writes: readonly { sheet: string; cell: string }[],
  protectedSheets: readonly string[],
): Promise<number> {
  const guarded = writes.filter((write) => protectedSheets.includes(write.sheet));
  if (guarded.length === 0) return 0;
  const locks = guarded.map(({ sheet, cell }) => {
    const protection = context.workbook.worksheets.getItem(sheet).getRange(cell).format.protection;
    protection.load("locked");
    return { sheet, protection };
  });
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
  const locked = locks.find(({ protection }) => protection.locked !== false);
  if (locked) throw new ExcelHostError("protected", { name: locked.sheet });
  return 1;
}
