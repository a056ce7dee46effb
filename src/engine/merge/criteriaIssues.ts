import { a1 } from "../address";
import type { CriteriaTable, Criterion } from "../criteria/criterion";
import { issue, type Issue } from "../issues";
import type { CriteriaMatch } from "./matchCriteria";
import type { ReturnedForm } from "./readReturnedForm";

/** A criterion's cell in its table: the row's code cell, or its max cell. */
export function criterionCell(table: CriteriaTable, criterion: Criterion, role: "code" | "max"): string {
  const col = table.header.columns.find((column) => column.match?.role === role)?.col ?? 0;
  return a1(criterion.row, col);
}

/**
 * The warnings about a form's criteria differing from the master's. Each points at the master's criteria
 * table where the criterion is there (so the pane can select it), else at the form; the form's side is in
 * `details.formSheet` / `details.formCell`.
 */
export function criteriaIssues(
  form: ReturnedForm,
  master: CriteriaTable,
  match: CriteriaMatch,
  unit: string,
): Issue[] {
  const base = { file: form.file, unit };
  const formSide = (criterion: Criterion, role: "code" | "max") => ({
    formSheet: form.sheet,
    formCell: criterionCell(form.criteria, criterion, role),
  });
  const issues: Issue[] = [];
  for (const pair of match.renumbered) {
    issues.push(
      issue({
        code: "form-criterion-renumbered",
        ...base,
        sheet: master.sheet,
        cell: criterionCell(master, pair.master, "code"),
        criterion: pair.master.key,
        value: pair.form.code,
        details: { formKey: pair.form.key, ...formSide(pair.form, "code") },
      }),
    );
  }
  for (const pair of match.maxChanged) {
    issues.push(
      issue({
        code: "form-max-changed",
        ...base,
        sheet: master.sheet,
        cell: criterionCell(master, pair.master, "max"),
        criterion: pair.master.key,
        value: pair.form.max ?? "",
        details: { max: pair.master.max ?? "", formMax: pair.form.max ?? "", ...formSide(pair.form, "max") },
      }),
    );
  }
  for (const added of match.added) {
    const details = formSide(added, "code");
    issues.push(
      issue({
        code: "form-criterion-added",
        ...base,
        sheet: form.sheet,
        cell: details.formCell,
        criterion: added.key,
        value: added.name,
        details,
      }),
    );
  }
  for (const removed of match.removed) {
    const cell = criterionCell(master, removed, "code");
    issues.push(
      issue({ code: "form-criterion-removed", ...base, sheet: master.sheet, cell, criterion: removed.key }),
    );
  }
  return issues;
}

/**
 * A `form-parent-score` warning for each total the form typed on a parent row that its sub-criteria do not add
 * up to (the unit may have scored the group as a whole): at the master's criterion where it has one, else at
 * the form's cell.
 */
export function parentScoreIssues(form: ReturnedForm, master: CriteriaTable, unit: string): Issue[] {
  return form.parentTotals.map(({ key, cell, value, sum }) => {
    const criterion = master.all.find((node) => node.key === key);
    const details = { sum, formSheet: form.sheet, formCell: cell };
    const at = criterion
      ? { sheet: master.sheet, cell: criterionCell(master, criterion, "code") }
      : { sheet: form.sheet, cell };
    return issue({ code: "form-parent-score", file: form.file, ...at, unit, criterion: key, value, details });
  });
}
