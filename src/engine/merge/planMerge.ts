import { formLabel } from "../../strings/formLabels";
import { readCriteria } from "../criteria/readCriteria";
import { farCellIssues } from "../read/farCellIssues";
import { issue, type Issue } from "../issues";
import type { Lang } from "../lang";
import type { SheetLayout } from "../layout/sheetLayout";
import { outputSheetName } from "../layout/sheetNames";
import { readRoster } from "../scores/readRoster";
import { readScoreSheets } from "../scores/readScores";
import { UnitNames } from "../scores/unitNames";
import { readSettings } from "../settings/readSettings";
import type { WorkbookInput } from "../workbook";
import { formDuplicates } from "./formDuplicates";
import { importForm } from "./importForm";
import { layoutUnitForm } from "../forms/layoutUnitForm";
import { unitPlaces } from "./mergeTargets";
import { readReturnedForm, type ReturnedForm } from "./readReturnedForm";
import { resolveFormUnit } from "./resolveFormUnit";

/** A workbook a unit sent back, with the file name it came as. */
export interface ReturnedWorkbook {
  file: string;
  workbook: WorkbookInput;
}

/** Which returned form, unit, criterion and column a write brings in: what a report about it names. */
export interface WriteSource {
  file: string;
  unit: string;
  criterion: string;
  field: "self" | "evidence" | "explanation";
}

/** A cell to write into an existing sheet of the master: a number as a number, text always as text. */
export interface CellWrite {
  sheet: string;
  cell: string;
  value: string | number;
  /**
   * The value the master held there, when the secretary chose to take this form over it (`replace`); absent
   * for a write into an empty cell. Either way an adapter writes only while the cell still holds what the
   * plan read, and never over a formula.
   */
  replaces?: string | number;
  from: WriteSource;
}

/** What became of one returned form (a file with no form gets one entry too). */
export interface FormImport {
  file: string;
  /** The form's sheet in the returned file. */
  sheet: string | null;
  /** The roster's spelling of the form's unit. */
  unit: string | null;
  status: "imported" | "unchanged" | "partial" | "skipped";
  /** The master sheet written to (existing or new). */
  target: string | null;
  /** Cells written: scores, evidence and explanations. */
  written: number;
}

/** Everything a merge will do; adapters apply it, nothing is decided there. */
export interface MergePlan {
  /** Cells of existing master sheets, only ones that are empty there now. */
  writes: CellWrite[];
  /** New per-unit sheets for units the master has no place for. */
  sheets: SheetLayout[];
  /** One per form found (in file order, then sheet order), or per file without a readable form. */
  imports: FormImport[];
  issues: Issue[];
}

export interface MergeOptions {
  lang: Lang;
  year: number;
  /** Every sheet name of the master, so that new sheets get free names. */
  existing: readonly string[];
  /**
   * Returned files the secretary chose to take over what the master holds (a unit's corrected form): their
   * values replace different ones, each replacement reported with the old value. Others never overwrite.
   */
  replace?: readonly string[];
}

interface Received {
  form: ReturnedForm;
  entry: FormImport;
}

/**
 * Plans bringing returned self-assessment forms into the master: each form's unit identified (label, sheet
 * name, roster), its scores written into the unit's empty cells of its per-unit sheet or matrix column, or
 * into a new per-unit sheet; a different value already in the master is a conflict and is kept, unless the
 * form's file is one the secretary chose to `replace` with (then it is replaced and reported). Importing the
 * same forms again plans nothing. Pure; never throws on bad data.
 */
export function planMerge(
  master: WorkbookInput,
  returned: readonly ReturnedWorkbook[],
  options: MergeOptions,
): MergePlan {
  const plan: MergePlan = { writes: [], sheets: [], imports: [], issues: [] };
  const { settings } = readSettings(master, { year: options.year });
  const { table: criteria } = readCriteria(master, { scale: settings.scale });
  const { roster } = readRoster(master);
  const names = new UnitNames(roster);
  const found = criteria ? readScoreSheets(master, criteria, roster, names).found : [];
  if (!criteria) plan.issues.push(issue({ code: "criteria-table-missing", sheet: "", cell: "" }));
  const byUnit = new Map<string, Received[]>();
  for (const { file, workbook } of returned) {
    const forms = readReturnedForm(file, workbook);
    // A stray value far beyond a form (DESIGN §9) is not read: the merge says so, as that file's warning.
    plan.issues.push(...farCellIssues(workbook).map((found) => ({ ...found, file })));
    const skipped = (sheet: string | null): FormImport => {
      const entry: FormImport = { file, sheet, unit: null, status: "skipped", target: null, written: 0 };
      plan.imports.push(entry);
      return entry;
    };
    if (forms.length === 0) {
      skipped(null);
      plan.issues.push(issue({ code: "form-not-found", file, sheet: "", cell: "" }));
    }
    for (const form of forms) {
      const entry = skipped(form.sheet);
      const resolved = resolveFormUnit(form, names, [...new Set(found.map((f) => f.name))]);
      if ("issue" in resolved) plan.issues.push(resolved.issue);
      else if (criteria) {
        entry.unit = resolved.unit;
        byUnit.set(resolved.unit, [...(byUnit.get(resolved.unit) ?? []), { form, entry }]);
      }
    }
  }
  const taken: string[] = [];
  for (const [unit, received] of byUnit) {
    if (!criteria) break;
    const { verdicts, issues } = formDuplicates(
      received.map((r) => r.form),
      unit,
    );
    plan.issues.push(...issues);
    const first = received[0];
    if (verdicts[0] !== "import" || !first) continue;
    const id = names.resolve(unit).id;
    const places = unitPlaces(
      found.filter((entry) => names.resolve(entry.written).id === id),
      (sheet) => master.sheets.find((s) => s.name === sheet)?.formulas,
    );
    const replace = options.replace?.includes(first.form.file) ?? false;
    const result = importForm(first.form, unit, criteria, places, replace);
    plan.issues.push(...result.issues);
    plan.writes.push(...result.writes);
    let target = result.target;
    let written = result.writes.length;
    const fill = result.fill;
    if (fill && fill.self.size + fill.evidence.size + fill.explanation.size > 0) {
      const existing = options.existing.map((name) => ({ name, owner: null }));
      // Named like the forms sent out (`Phiếu - BTC`), so the secretary recognises it.
      const short = names.find(unit)?.shortName.trim() || unit;
      const preferred = `${formLabel(options.lang, "sheetPrefix")} - ${short}`;
      target = outputSheetName(preferred, "form", existing, taken);
      taken.push(target);
      const { blocName, kind, year, scale, decimals } = settings;
      const input = { criteria, unit, blocName, kind, year, scale, decimals, fill };
      plan.sheets.push(layoutUnitForm(input, options.lang, target));
      written = fill.self.size + fill.evidence.size + fill.explanation.size;
    }
    // Partial only when something came in: a form all of whose values were held back is not imported.
    const status =
      written > 0 ? (result.partial ? "partial" : "imported") : result.partial ? "skipped" : "unchanged";
    for (const [i, { entry }] of received.entries()) {
      Object.assign(entry, {
        target,
        status: i === 0 ? status : "unchanged",
        written: i === 0 ? written : 0,
      });
    }
  }
  return plan;
}
