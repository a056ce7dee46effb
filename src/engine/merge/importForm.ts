import type { CriteriaTable } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import { sameSheetName } from "../layout/sheetReference";
import { isOutOfRange } from "../read/readNumber";
import { isBlankRead } from "../scores/readScoreCell";
import type { CellValue } from "../workbook";
import { criteriaIssues, parentScoreIssues } from "./criteriaIssues";
import { formulaSource } from "./formulaSource";
import type { FormFill } from "../forms/layoutUnitForm";
import { matchCriteria } from "./matchCriteria";
import type { TextCell, UnitPlace } from "./mergeTargets";
import type { CellWrite, WriteSource } from "./planMerge";
import type { ReturnedForm } from "./readReturnedForm";
import { sameValue, writtenValue } from "./sameValue";

/** What bringing one form into the master comes to. */
export interface FormPlan {
  writes: CellWrite[];
  /** The new sheet's contents when the unit has no place in the master yet; null otherwise. */
  fill: FormFill | null;
  /** The existing place written to, or null (a new sheet, named by the caller). */
  target: string | null;
  issues: Issue[];
  /** Something in the form was not imported: a conflict, a score on a criterion the master lacks, a group total. */
  partial: boolean;
}

/** The form's cells by the master's criterion keys, criteria the master lacks left out. */
function byMasterKey<T>(
  values: ReadonlyMap<string, T>,
  toMaster: ReadonlyMap<string, string>,
): Map<string, T> {
  const mapped = new Map<string, T>();
  for (const [key, value] of values) {
    const master = toMaster.get(key);
    if (master !== undefined && !mapped.has(master)) mapped.set(master, value);
  }
  return mapped;
}

type Field = WriteSource["field"];

/**
 * Plans one unit's form against the master: each score compared with every score the master holds for the
 * unit (a different one is a conflict, never overwritten unless `replace`: then it is replaced, and reported),
 * written where the target's cell is empty; or, when the unit has no place, the contents of a new per-unit
 * sheet.
 */
export function importForm(
  form: ReturnedForm,
  unit: string,
  master: CriteriaTable,
  places: readonly UnitPlace[],
  replace = false,
): FormPlan {
  const match = matchCriteria(form.criteria, master);
  const issues = [...criteriaIssues(form, master, match, unit), ...parentScoreIssues(form, master, unit)];
  const has = (key: string): boolean =>
    form.self.has(key) || form.evidence.has(key) || form.explanation.has(key);
  // A score beyond ±10¹⁵ or not finite (DESIGN §9) stays in the returned file, reported at its cell there: in
  // the master it would be a number nobody meant, found only when ranking.
  const refused = [...form.self].filter(([, read]) => isOutOfRange(read.raw));
  for (const [key, read] of refused)
    issues.push(
      issue({
        code: "form-score-out-of-range",
        file: form.file,
        sheet: read.sheet,
        cell: read.cell,
        unit,
        criterion: match.toMaster.get(key) ?? key,
        value: writtenValue(read.raw),
      }),
    );
  // A total typed on a group row the sub-criteria do not make is not imported either.
  let partial =
    match.added.some((leaf) => has(leaf.key)) || form.parentTotals.length > 0 || refused.length > 0;
  const kept = new Map([...form.self].filter(([, read]) => !isOutOfRange(read.raw)));
  const self = byMasterKey(kept, match.toMaster);
  const texts = {
    evidence: byMasterKey(form.evidence, match.toMaster),
    explanation: byMasterKey(form.explanation, match.toMaster),
  };
  const target = places[0];
  if (!target) {
    const fill: FormFill = {
      self: new Map([...self].map(([key, read]) => [key, writtenValue(read.raw)])),
      evidence: new Map([...texts.evidence].map(([key, read]) => [key, read.text])),
      explanation: new Map([...texts.explanation].map(([key, read]) => [key, read.text])),
    };
    return { writes: [], fill, target: null, issues, partial };
  }
  const writes: CellWrite[] = [];
  const from = (criterion: string, field: Field): WriteSource => ({
    file: form.file,
    unit,
    criterion,
    field,
  });
  const fillIn = (key: string, at: { sheet: string; cell: string }, value: CellValue, field: Field) =>
    writes.push({ ...at, value: writtenValue(value), from: from(key, field) });
  // A value the master holds that differs from the form's: kept and reported, or replaced and reported.
  const differs = (
    key: string,
    at: { sheet: string; cell: string },
    value: CellValue,
    held: CellValue,
    formCell: string,
    field: Field,
  ): void => {
    const [written, old] = [writtenValue(value), writtenValue(held)];
    if (replace) writes.push({ ...at, value: written, replaces: old, from: from(key, field) });
    else partial = true;
    issues.push(
      issue({
        code: replace ? "form-value-replaced" : "form-score-conflict",
        file: form.file,
        sheet: at.sheet,
        cell: at.cell,
        unit,
        criterion: key,
        value: written,
        details: { masterValue: old, formSheet: form.sheet, formCell, field },
      }),
    );
  };
  // A cell holding a formula (a matrix pulling `='Phiếu - BTC'!D12`) shows a result, not a typed score.
  const typed = (place: UnitPlace, h: { cell: string }): boolean => !place.formulas.has(h.cell);
  for (const [key, read] of self) {
    const penalty = master.all.find((c) => c.key === key)?.kind === "penalty";
    const held = places.flatMap((place) => {
      const h = place.self.get(key);
      return h && !isBlankRead(h) && typed(place, h) ? [h] : [];
    });
    const differing = held.filter((h) => !sameValue(h.raw, read.raw, penalty));
    // Without `replace` one report per criterion is enough: nothing of it is written.
    for (const h of replace ? differing : differing.slice(0, 1))
      differs(key, h, read.raw, h.raw, read.cell, "self");
    if (differing.length > 0 && !replace) continue;
    const cell = target.self.get(key);
    if (!cell) continue;
    const formula = target.formulas.get(cell.cell);
    if (formula === undefined) {
      if (isBlankRead(cell)) fillIn(key, { sheet: target.sheet, cell: cell.cell }, read.raw, "self");
      continue;
    }
    // The formula is kept; the score goes where it fetches from, when that is another of the unit's places.
    const source = formulaSource(formula, target.sheet);
    const fed = source
      ? places.find(
          (place) => sameSheetName(place.sheet, source.sheet) && place.self.get(key)?.cell === source.cell,
        )
      : undefined;
    const there = fed?.self.get(key);
    if (fed && there && typed(fed, there)) {
      if (isBlankRead(there)) fillIn(key, { sheet: fed.sheet, cell: there.cell }, read.raw, "self");
      continue;
    }
    partial = true;
    issues.push(
      issue({
        code: "form-cell-kept",
        file: form.file,
        sheet: target.sheet,
        cell: cell.cell,
        unit,
        criterion: key,
        value: writtenValue(read.raw),
        details: { reason: "formula", field: "self" },
      }),
    );
  }
  for (const field of ["evidence", "explanation"] as const) {
    for (const [key, read] of texts[field]) {
      // A matrix has no evidence column: the text stays in the returned file.
      const cell: TextCell | undefined = target[field].get(key);
      if (!cell) continue;
      const at = { sheet: target.sheet, cell: cell.cell };
      if (cell.text === "") fillIn(key, at, read.text, field);
      else if (cell.text.trim() !== read.text.trim())
        differs(key, at, read.text, cell.text, read.cell, field);
    }
  }
  return { writes, fill: null, target: target.sheet, issues, partial };
}
