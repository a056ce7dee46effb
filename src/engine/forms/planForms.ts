import type { BlocResult } from "../evaluateBloc";
import type { Issue } from "../issues";
import type { Lang } from "../lang";
import type { SheetLayout } from "../layout/sheetLayout";
import { normalizeLabel } from "../read/normalizeLabel";
import { readScoreSheets } from "../scores/readScores";
import type { WorkbookInput } from "../workbook";
import { formFileName } from "./formFileName";
import { formUnits, layoutForms } from "./layoutForms";

/** Options of planForms. */
export interface FormsPlanOptions {
  /** Language of the forms: their sheet names, file names and text. */
  lang: Lang;
  /**
   * The workbook the forms are added to as sheets (the add-in): a unit that already has a per-unit sheet there
   * (an earlier form, filled or not, or the secretary's own) keeps it and is skipped, and the new sheets' names
   * avoid every name in `sheets`. Absent when each form is a workbook of its own (the CLI, a form saved as a file).
   */
  into?: { workbook: WorkbookInput; sheets: readonly string[] };
  /** Only these units (any spelling the labels match); every unit of the roster, or of the scores, otherwise. */
  units?: readonly string[];
}

/** What becomes of one unit's form: made, under its sheet and file names, or skipped for the sheet it has. */
export type PlannedForm =
  | { action: "create"; unit: string; sheet: string; file: string; layout: SheetLayout }
  | { action: "skip"; unit: string; sheet: string };

/** Why no form can be made at all. */
export type FormsBlocked = "no-criteria" | "no-units";

/**
 * The forms a host makes, one entry per unit in roster order; or why none can be made. `issues` are the ones
 * about what a form is made of (criteria table, roster): a master about to send its forms has no scores yet.
 */
export type FormsPlan =
  | { status: "planned"; forms: PlannedForm[]; issues: Issue[] }
  | { status: "blocked"; reason: FormsBlocked; issues: Issue[] };

const aboutForms = (found: Issue): boolean => /^(criteria|roster)-/.test(found.code);

/**
 * Plans the self-assessment forms of a bloc: which units get one (the roster's, in its order; without a roster
 * the units the scores name), which are skipped because their sheet is already in the workbook the forms go
 * into, and each new form's layout, sheet name (valid in Excel, unique) and safe .xlsx file name (unique among
 * the plan's). Blocked without a criteria table or without a unit. Pure; the hosts only apply it.
 */
export function planForms(result: BlocResult, options: FormsPlanOptions): FormsPlan {
  const issues = result.issues.filter(aboutForms);
  const { criteria, roster } = result;
  if (!criteria) return { status: "blocked", reason: "no-criteria", issues };
  const all = formUnits(result);
  const wanted = options.units?.map(normalizeLabel);
  const units = wanted ? all.filter((unit) => wanted.includes(normalizeLabel(unit))) : all;
  if (units.length === 0) return { status: "blocked", reason: "no-units", issues };

  const { into } = options;
  const sheetOf = new Map<string, string>();
  for (const found of into ? readScoreSheets(into.workbook, criteria, roster).found : []) {
    const key = normalizeLabel(found.name);
    if (found.layout === "perUnit" && !sheetOf.has(key)) sheetOf.set(key, found.sheet);
  }
  const made = units.filter((unit) => !sheetOf.has(normalizeLabel(unit)));
  const layouts = layoutForms(result, { lang: options.lang, existing: into?.sheets ?? [], units: made });
  let next = 0;
  const taken = new Set<string>();
  const forms = units.map((unit): PlannedForm => {
    const sheet = sheetOf.get(normalizeLabel(unit));
    if (sheet !== undefined) return { action: "skip", unit, sheet };
    const layout = layouts[next++]!;
    return {
      action: "create",
      unit,
      sheet: layout.name,
      file: formFileName(unit, options.lang, taken),
      layout,
    };
  });
  return { status: "planned", forms, issues };
}
