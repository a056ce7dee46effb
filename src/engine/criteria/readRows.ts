import { a1 } from "../address";
import { columnOf, type HeaderInfo } from "../read/findHeader";
import { normalizeLabel } from "../read/normalizeLabel";
import { cellAt, type CellValue } from "../workbook";
import { parseCode, splitLeadingCode } from "./parseCode";

/** A data row of the criteria table, before it is placed in the hierarchy. */
export interface CriteriaRow {
  row: number;
  code: string;
  /** True when Excel stored the code as a number (`1.10` arrives as 1.1). */
  numericCode: boolean;
  name: string;
  max: CellValue;
  kind: CellValue;
  weight: CellValue;
  evidenceRequired: CellValue;
  cells: { code: string; max: string; kind: string; weight: string; evidenceRequired: string };
}

/** A "Tổng cộng" row under the table: its maximum is checked, it is not a criterion. */
export interface TotalRow {
  row: number;
  max: CellValue;
  cell: string;
}

const TOTAL = /^(tong cong|tong diem|tong so diem|total)\b|^(tong|cong|grand total)$/;

const asText = (value: CellValue): string => (typeof value === "string" ? value.trim() : String(value));

/**
 * Reads the rows under a criteria header. Rows without a code are descriptions and are skipped, unless they
 * carry points (returned with an empty code so that the caller reports them) or are the total row.
 */
export function readRows(
  values: CellValue[][],
  header: HeaderInfo,
): { rows: CriteriaRow[]; total: TotalRow | null } {
  const col = {
    code: columnOf(header, "code") ?? 0,
    // Score matrices may carry only the code column; the criteria reader always has all three.
    name: columnOf(header, "criterion"),
    max: columnOf(header, "max"),
    kind: columnOf(header, "kind"),
    weight: columnOf(header, "weight"),
    evidenceRequired: columnOf(header, "evidenceRequired"),
  };
  const optional = (r: number, c: number | undefined): CellValue =>
    c === undefined ? "" : cellAt(values, r, c);
  const ref = (r: number, c: number | undefined): string => (c === undefined ? "" : a1(r, c));
  const rows: CriteriaRow[] = [];
  let total: TotalRow | null = null;
  for (let r = header.dataRow; r < values.length; r++) {
    const codeValue = cellAt(values, r, col.code);
    let code = asText(codeValue);
    let name = asText(optional(r, col.name));
    // Merged code-and-text cells ("I. Công tác chuyên môn") and codes typed into the text column.
    const max = optional(r, col.max);
    const inText = code === "" ? splitLeadingCode(name) : null;
    // "a) …" lines in the text column without points spell out the criterion above; they are not items.
    if (inText && asText(max) === "" && parseCode(inText.code).level === "item") continue;
    const merged = name === "" ? splitLeadingCode(code) : inText;
    if (merged) ({ code, rest: name } = merged);
    if (code === "" && asText(max) !== "" && TOTAL.test(normalizeLabel(name))) {
      total = { row: r, max, cell: ref(r, col.max) };
      continue;
    }
    if (code === "" && asText(max) === "") continue;
    rows.push({
      row: r,
      code,
      numericCode: typeof codeValue === "number",
      name,
      max,
      kind: optional(r, col.kind),
      weight: optional(r, col.weight),
      evidenceRequired: optional(r, col.evidenceRequired),
      cells: {
        code: a1(r, col.code),
        max: ref(r, col.max),
        kind: ref(r, col.kind),
        weight: ref(r, col.weight),
        evidenceRequired: ref(r, col.evidenceRequired),
      },
    });
  }
  return { rows, total };
}
