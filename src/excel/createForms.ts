import { evaluateBloc, type Issue, type Lang, layoutForms, normalizeLabel, readScoreSheets } from "../engine";
import { applyLayouts } from "./applyLayouts";
import { readWorkbook } from "./readWorkbook";

export interface CreateFormsOptions {
  /** Language of the forms. */
  lang: Lang;
  /** The year a workbook without a `Năm` setting is for; defaults to the current year. */
  year?: number;
  /** `Office.context.requirements.isSetSupported`; injected by tests. */
  supports?: (set: string, version: string) => boolean;
  payloadLimit?: number;
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
  const result = evaluateBloc(contents.workbook, options.year === undefined ? {} : { year: options.year });
  const read = contents.readSyncs ?? 3;
  const errors = result.issues.filter((found) => found.severity === "error");
  const { criteria, roster } = result;
  if (!criteria) return { status: "blocked", reason: "no-criteria", issues: errors, syncs: read };
  const units = roster ? roster.units.map((unit) => unit.name) : result.units.map((unit) => unit.name);
  if (units.length === 0) return { status: "blocked", reason: "no-units", issues: errors, syncs: read };

  const formOf = new Map<string, string>();
  for (const found of readScoreSheets(contents.workbook, criteria, roster).found) {
    const key = normalizeLabel(found.name);
    if (found.layout === "perUnit" && !formOf.has(key)) formOf.set(key, found.sheet);
  }
  const skipped = units.flatMap((unit) => {
    const sheet = formOf.get(normalizeLabel(unit));
    return sheet === undefined ? [] : [{ unit, sheet }];
  });
  const wanted = units.filter((unit) => !formOf.has(normalizeLabel(unit)));
  const layouts = layoutForms(result, {
    lang: options.lang,
    existing: contents.existing.map((sheet) => sheet.name),
    units: wanted,
  });
  if (layouts.length === 0) return { status: "created", created: [], skipped, syncs: read };
  const write = await applyLayouts(context, layouts, {
    contents,
    activate: layouts[0]!.name,
    ...(options.supports ? { supports: options.supports } : {}),
    ...(options.payloadLimit ? { payloadLimit: options.payloadLimit } : {}),
  });
  const created = layouts.map((layout, i) => ({ unit: wanted[i]!, sheet: layout.name }));
  return { status: "created", created, skipped, syncs: read + write.syncs };
}
