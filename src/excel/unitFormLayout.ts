import { evaluateBloc, type Lang, planForms, type SheetLayout } from "../engine";
import { yearOf } from "./actionOptions";
import { readWorkbook } from "./readWorkbook";

export interface UnitFormOptions {
  /** Language of the form. */
  lang: Lang;
  /** The year a workbook without a `Năm` setting is for; defaults to the current year. */
  year?: number;
}

/**
 * A unit's form ready to become a file: its layout and the safe file name `bloc-rank forms` gives it; or why
 * there is none (no criteria table, or the unit is no longer among the workbook's units).
 */
export type UnitFormResult =
  | { status: "ready"; unit: string; layout: SheetLayout; file: string; syncs: number }
  | { status: "blocked"; reason: "no-criteria" | "no-unit"; syncs: number };

/**
 * One unit's blank self-assessment form, made from the open workbook's criteria table and roster exactly as
 * `bloc-rank forms` makes it, whatever the workbook's own sheet for the unit holds: the read's syncs (3, see readWorkbook), nothing
 * written.
 * @throws ExcelHostError when Excel refuses the read (cell-edit mode…).
 */
export async function unitFormLayout(
  context: Excel.RequestContext,
  unit: string,
  options: UnitFormOptions,
): Promise<UnitFormResult> {
  const contents = await readWorkbook(context);
  const syncs = contents.readSyncs ?? 3;
  const result = evaluateBloc(contents.workbook, { year: yearOf(options) });
  // The form is a workbook of its own (its sheet name need not avoid the master's), for the unit's spelling now:
  // the roster may have changed since the pane listed it.
  const plan = planForms(result, { lang: options.lang, units: [unit] });
  if (plan.status === "blocked")
    return { status: "blocked", reason: plan.reason === "no-criteria" ? "no-criteria" : "no-unit", syncs };
  const [form] = plan.forms;
  if (form?.action !== "create") return { status: "blocked", reason: "no-unit", syncs };
  return { status: "ready", unit: form.unit, layout: form.layout, file: form.file, syncs };
}
