import {
  type CellValue,
  type FormImport,
  type Issue,
  keepBack,
  type Lang,
  planMerge,
  type ReturnedWorkbook,
} from "../engine";
import { type ActionOptions, yearOf } from "./actionOptions";
import { applyLayouts } from "./applyLayouts";
import { checkPlanned } from "./checkPlanned";
import { hostCell } from "./hostCell";
import { readWorkbook } from "./readWorkbook";
import { step, type Step } from "./step";

export interface ImportFormsOptions extends ActionOptions {
  /** Language of any new per-unit sheet. */
  lang: Lang;
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
 * planned cell that holds a formula or changed since the read is kept back and reported. Read 3 syncs (see
 * readWorkbook), check the planned cells 1, write 1 (more only past Excel's request limit). Importing the same
 * forms again writes nothing (the read's 3 syncs).
 * @throws ExcelHostError `protected` (before anything is written) when a planned cell is locked on a protected
 *   sheet; `cell-edit`, `name-clash`… from the host.
 */
export async function importFormsInExcel(
  context: Excel.RequestContext,
  returned: readonly ReturnedWorkbook[],
  options: ImportFormsOptions,
): Promise<ImportFormsResult> {
  const contents = await readWorkbook(context, options.supports);
  const read = contents.readSyncs ?? 3;
  const planned = planMerge(contents.workbook, returned, {
    lang: options.lang,
    year: yearOf(options),
    existing: contents.existing.map((sheet) => sheet.name),
    ...(options.replace ? { replace: options.replace } : {}),
  });
  const sheets = planned.sheets.map((layout) => layout.name);
  const report = (plan: typeof planned) => ({
    imports: plan.imports,
    issues: plan.issues,
    cells: plan.writes.length,
  });
  if (planned.writes.length === 0 && planned.sheets.length === 0)
    return { ...report(planned), sheets, syncs: read };

  const check = await checkPlanned(context, planned.writes, contents.protectedSheets);
  const plan = keepBack(planned, check.kept);
  const writes: Step[] = plan.writes.map(cellWriteStep);
  if (writes.length === 0 && plan.sheets.length === 0)
    return { ...report(plan), sheets, syncs: read + check.syncs };
  const write = await applyLayouts(context, plan.sheets, {
    contents,
    before: writes,
    ...(options.supports ? { supports: options.supports } : {}),
    ...(options.payloadLimit ? { payloadLimit: options.payloadLimit } : {}),
  });
  return { ...report(plan), sheets, syncs: read + check.syncs + write.syncs };
}

/** One planned cell of an import, entered as a value (a text starting with `=` stays text: see hostCell). */
export function cellWriteStep({
  sheet,
  cell,
  value,
}: {
  sheet: string;
  cell: string;
  value: CellValue;
}): Step {
  const entered = [[hostCell(value)]];
  return step((env) => (env.sheet(sheet).getRange(cell).values = entered));
}
