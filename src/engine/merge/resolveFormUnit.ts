import { issue, type Issue } from "../issues";
import { normalizeLabel } from "../read/normalizeLabel";
import type { UnitNames } from "../scores/unitNames";
import type { ReturnedForm } from "./readReturnedForm";

/**
 * The master's spelling of a form's unit: by its labelled cell, else by its sheet's name, resolved with the
 * master's roster (names compared like headers); without a roster, with the units the master's scores name.
 * An issue when the form names no known unit.
 */
export function resolveFormUnit(
  form: ReturnedForm,
  names: UnitNames,
  masterUnits: readonly string[],
): { unit: string } | { issue: Issue } {
  const known = (written: string): string | null =>
    names.roster
      ? (names.find(written)?.name ?? null)
      : (masterUnits.find((unit) => normalizeLabel(unit) === normalizeLabel(written)) ?? null);
  const base = { file: form.file, sheet: form.sheet, details: { formSheet: form.sheet } };
  if (form.label) {
    const unit = known(form.label.name);
    if (unit) return { unit };
    const details = { ...base.details, formCell: form.label.cell };
    const found = { ...base, cell: form.label.cell, value: form.label.name, details };
    return { issue: issue({ code: "form-unit-unknown", ...found }) };
  }
  const unit = known(form.sheet);
  if (unit) return { unit };
  return { issue: issue({ code: "form-unit-missing", ...base, cell: "", value: form.sheet }) };
}
