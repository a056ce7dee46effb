import { formLabel } from "../../strings/formLabels";
import type { CriteriaTable } from "../criteria/criterion";
import type { Lang } from "../lang";

/** Where each column of a unit's form is; weight and kind only when the table needs them to read back. */
export interface FormColumns {
  header: string[];
  width: number;
  code: number;
  criterion: number;
  max: number;
  weight: number | null;
  kind: number | null;
  evidenceRequired: number | null;
  self: number;
  evidence: number;
  explanation: number;
  /** Column widths in characters, column A first: the criterion text wraps, the page is A4 portrait. */
  widths: number[];
}

// The code column holds the `Đơn vị:` label above the table too; the kind column's words fit on one line.
const WIDTH = { code: 9, criterion: 46, max: 10, weight: 9, kind: 14, required: 11, self: 11, text: 22 };

/**
 * The form's columns. A kind column is added when the table has bonus or deduction criteria, so that they
 * read back as the same kind whatever their names; a weight column when groups carry weights; an
 * evidence-required column when any criterion requires evidence.
 */
export function formColumns(criteria: CriteriaTable, lang: Lang): FormColumns {
  const header: string[] = [];
  const widths: number[] = [];
  const add = (label: string, width: number): number => {
    header.push(label);
    widths.push(width);
    return header.length - 1;
  };
  const code = add(formLabel(lang, "code"), WIDTH.code);
  const criterion = add(formLabel(lang, "criterion"), WIDTH.criterion);
  const max = add(formLabel(lang, "max"), WIDTH.max);
  const weight = criteria.all.some((c) => c.weight !== null)
    ? add(formLabel(lang, "weight"), WIDTH.weight)
    : null;
  const kind = criteria.all.some((c) => c.kind !== "normal")
    ? add(formLabel(lang, "kind"), WIDTH.kind)
    : null;
  const evidenceRequired = criteria.all.some((c) => c.evidenceRequired)
    ? add(formLabel(lang, "evidenceRequired"), WIDTH.required)
    : null;
  const self = add(formLabel(lang, "self"), WIDTH.self);
  const evidence = add(formLabel(lang, "evidence"), WIDTH.text);
  const explanation = add(formLabel(lang, "explanation"), WIDTH.text);
  return {
    header,
    width: header.length,
    code,
    criterion,
    max,
    weight,
    kind,
    evidenceRequired,
    self,
    evidence,
    explanation,
    widths,
  };
}
