import { evaluateBloc, type Issue, type Lang, planForms } from "../engine";
import { type ActionOptions, yearOf } from "./actionOptions";
import { applyLayouts } from "./applyLayouts";
import { readWorkbook } from "./readWorkbook";

export interface CreateFormsOptions extends ActionOptions {
  /** Language of the forms. */
  lang: Lang;
}

/** A unit and the sheet that is its form. */
export interface UnitSheet {
  unit: string;
  sheet: string;
}

/**
 * What a creation did: the forms added, and the units skipped because a sheet of theirs (an earlier form,
 * filled or not, or the secretary's own per-unit sheet) is already in the workbook; or why no form can be made
 * (no criteria table, no units), with the engine's errors that say so.
 */
export type CreateFormsResult =
  | { status: "created"; created: UnitSheet[]; skipped: UnitSheet[]; syncs: number }
  | { status: "blocked"; reason: "no-criteria" | "no-units"; issues: Issue[]; syncs: number };

/**
 * Adds one self-assessment form sheet per unit of the roster (or of the scores) to the open workbook: 4 syncs
 * whatever the number of units (read 3, write 1; more only past Excel's response or request limit). A unit that already has
 * a per-unit sheet keeps it untouched — it may be filled — and is reported as skipped. Forms are the user's
 * sheets: no ownership mark, never replaced or deleted by a later run. The first new form is shown.
 * @throws ExcelHostError when Excel refuses (workbook structure protected, cell-edit mode…).
 */
export async function createFormsInExcel(
  context: Excel.RequestContext,
  options: CreateFormsOptions,
): Promise<CreateFormsResult> {
  const contents = await readWorkbook(context, options.supports);
  const result = evaluateBloc(contents.workbook, { year: yearOf(options) });
  const read = contents.readSyncs ?? 3;
  const into = { workbook: contents.workbook, sheets: contents.existing.map((sheet) => sheet.name) };
  const plan = planForms(result, { lang: options.lang, into });
  if (plan.status === "blocked") {
    const errors = result.issues.filter((found) => found.severity === "error");
    return { status: "blocked", reason: plan.reason, issues: errors, syncs: read };
  }
  const created: UnitSheet[] = [];
  const skipped: UnitSheet[] = [];
  for (const { action, unit, sheet } of plan.forms)
    (action === "create" ? created : skipped).push({ unit, sheet });
  const layouts = plan.forms.flatMap((form) => (form.action === "create" ? [form.layout] : []));
  if (layouts.length === 0) return { status: "created", created: [], skipped, syncs: read };
  const write = await applyLayouts(context, layouts, {
    contents,
    activate: layouts[0]!.name,
    ...(options.supports ? { supports: options.supports } : {}),
    ...(options.payloadLimit ? { payloadLimit: options.payloadLimit } : {}),
  });
  return { status: "created", created, skipped, syncs: read + write.syncs };
}
