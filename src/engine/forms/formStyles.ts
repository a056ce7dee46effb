import { formLabel } from "../../strings/formLabels";
import { a1 } from "../address";
import { formatNumber } from "../formatNumber";
import { isLeaf, type Criterion } from "../criteria/criterion";
import type { Lang } from "../lang";
import type { CellValidation, FormatRange } from "../layout/sheetLayout";
import type { FormColumns } from "./formColumns";

const YELLOW = "FFF2CC";
const GREY = "D9D9D9";
const HEADER_FILL = "DDEBF7";

/** Formats, validations and editable ranges of a form's table. */
export interface FormStyles {
  formats: FormatRange[];
  validations: CellValidation[];
  unlocked: string[];
}

function validation(criterion: Criterion, range: string, lang: Lang): CellValidation | null {
  if (criterion.max === null) return null;
  // DESIGN §2.1: a deduction is accepted typed either way, as points deducted or as a negative number.
  const min = criterion.kind === "penalty" ? -criterion.max : 0;
  // Numbers in the validation messages are written the way the form's reader types them.
  const bounds = { min: formatNumber(min, lang), max: formatNumber(criterion.max, lang) };
  return {
    range,
    min,
    max: criterion.max,
    errorTitle: formLabel(lang, "errorTitle"),
    error: formLabel(lang, "errorRange", bounds),
    prompt:
      criterion.kind === "penalty"
        ? formLabel(lang, "promptPenalty", bounds)
        : formLabel(lang, "promptRange", bounds),
  };
}

const sameRule = (a: CellValidation, b: CellValidation): boolean =>
  a.min === b.min && a.max === b.max && a.error === b.error && a.prompt === b.prompt;

const endsAt = (range: string, row: number, col: number): boolean =>
  (range.split(":")[1] ?? range) === a1(row, col);

// Adjacent leaf rows share one editable range: fewer ranges for the hosts to unlock.
function extend(ranges: string[], row: number, from: number, to: number): void {
  const last = ranges[ranges.length - 1];
  if (last && endsAt(last, row - 1, to)) ranges[ranges.length - 1] = `${last.split(":")[0]}:${a1(row, to)}`;
  else ranges.push(`${a1(row, from)}:${a1(row, to)}`);
}

/**
 * The table's look and rules: a blue header, borders, groups bold, a parent's score cells grey (they are the
 * sum of its children), a leaf's score cell yellow with its validation; only the leaves' score, evidence and
 * explanation cells are left unlocked.
 */
export function formStyles(
  all: readonly Criterion[],
  columns: FormColumns,
  headerRow: number,
  lang: Lang,
): FormStyles {
  const last = columns.width - 1;
  const lastRow = headerRow + all.length;
  const column = (col: number): string =>
    `${a1(headerRow + 1, col)}:${a1(Math.max(headerRow + 1, lastRow), col)}`;
  const formats: FormatRange[] = [
    {
      range: `${a1(headerRow, 0)}:${a1(headerRow, last)}`,
      format: { bold: true, fill: HEADER_FILL, wrap: true, horizontal: "center", vertical: "middle" },
    },
    { range: `${a1(headerRow, 0)}:${a1(lastRow, last)}`, format: { border: "thin", vertical: "top" } },
  ];
  if (all.length > 0) {
    formats.push(
      { range: column(columns.code), format: { horizontal: "center" } },
      { range: column(columns.criterion), format: { wrap: true } },
      { range: column(columns.max), format: { horizontal: "center" } },
      { range: column(columns.evidence), format: { wrap: true } },
      { range: column(columns.explanation), format: { wrap: true } },
    );
  }
  const validations: CellValidation[] = [];
  const unlocked: string[] = [];
  all.forEach((criterion, i) => {
    const row = headerRow + 1 + i;
    if (criterion.level === "group")
      formats.push({ range: `${a1(row, 0)}:${a1(row, last)}`, format: { bold: true } });
    if (!isLeaf(criterion)) {
      formats.push({
        range: `${a1(row, columns.self)}:${a1(row, columns.explanation)}`,
        format: { fill: GREY },
      });
      return;
    }
    const self = a1(row, columns.self);
    formats.push({ range: self, format: { fill: YELLOW, horizontal: "center" } });
    extend(unlocked, row, columns.self, columns.explanation);
    const rule = validation(criterion, self, lang);
    const previous = validations[validations.length - 1];
    if (rule && previous && sameRule(previous, rule) && endsAt(previous.range, row - 1, columns.self))
      previous.range = `${previous.range.split(":")[0]}:${self}`;
    else if (rule) validations.push(rule);
  });
  return { formats, validations, unlocked };
}
