import { issue, type Issue } from "../issues";
import { readNumber } from "../read/readNumber";
import { round6 } from "../scores/readScoreCell";
import type { CellValue } from "../workbook";
import type { ReturnedForm } from "./readReturnedForm";

const canonical = (raw: CellValue): string => {
  const read = readNumber(raw);
  return read.kind === "number" ? String(round6(read.value)) : String(raw).trim();
};

/** What a form says, as one comparable text: two copies of one form compare equal. */
function contentOf(form: ReturnedForm): string {
  const part = (entries: [string, string][]): string[] =>
    entries.map(([key, value]) => `${key}\u0000${value}`).sort();
  return JSON.stringify([
    part([...form.self].map(([key, read]) => [key, canonical(read.raw)])),
    part([...form.evidence].map(([key, read]) => [key, read.text])),
    part([...form.explanation].map(([key, read]) => [key, read.text])),
  ]);
}

/** How each of a unit's forms is treated when several arrive for it. */
export type DuplicateVerdict = "import" | "copy" | "conflict";

/**
 * Forms for one unit, in the order received: the first is imported and identical copies are left as they
 * are; when any two differ, none is imported and each gets a `form-unit-duplicate` naming another file.
 */
export function formDuplicates(
  forms: readonly ReturnedForm[],
  unit: string,
): { verdicts: DuplicateVerdict[]; issues: Issue[] } {
  const contents = forms.map(contentOf);
  if (contents.every((content) => content === contents[0])) {
    return { verdicts: forms.map((_, i) => (i === 0 ? "import" : "copy")), issues: [] };
  }
  const issues = forms.map((form, i) => {
    const other = forms.find((candidate, j) => j !== i && contents[j] !== contents[i]) ?? form;
    const cell = form.label?.cell ?? "";
    const details = { otherFile: other.file, otherSheet: other.sheet, formSheet: form.sheet, formCell: cell };
    return issue({ code: "form-unit-duplicate", file: form.file, sheet: form.sheet, cell, unit, details });
  });
  return { verdicts: forms.map(() => "conflict"), issues };
}
