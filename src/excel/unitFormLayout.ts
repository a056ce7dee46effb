import {
  evaluateBloc,
  formFileName,
  formUnits,
  type Lang,
  layoutForms,
  normalizeLabel,
  type SheetLayout,
} from "../engine";
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
  const result = evaluateBloc(contents.workbook, options.year === undefined ? {} : { year: options.year });
  if (!result.criteria) return { status: "blocked", reason: "no-criteria", syncs };
  // The roster may have changed since the pane listed the unit: its spelling now, or no form.
  const current = formUnits(result).find((name) => normalizeLabel(name) === normalizeLabel(unit));
  if (current === undefined) return { status: "blocked", reason: "no-unit", syncs };
  // The form is a workbook of its own: its sheet name need not avoid the master's.
  const [layout] = layoutForms(result, { lang: options.lang, existing: [], units: [current] });
  if (!layout) return { status: "blocked", reason: "no-criteria", syncs };
  const file = formFileName(current, options.lang, new Set());
  return { status: "ready", unit: current, layout, file, syncs };
}
