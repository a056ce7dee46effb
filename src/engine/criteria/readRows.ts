import { a1 } from "../address";
import { columnOf, type HeaderInfo } from "../read/findHeader";
import { normalizeLabel } from "../read/normalizeLabel";
import { closingKind, holdsPoints, tableBody } from "../read/tableBody";
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

/** A row below the table's end that looks like a criterion (a code and points): it is not read. */
export interface RowAfterEnd {
  row: number;
  cell: string;
  code: string;
  /** The cell of the line that ended the table. */
  closingCell: string;
}

// "Tổng cộng", "Tổng số điểm", "Cộng", "Cộng (I+II+III)"; not "Cộng điểm…", which names a bonus.
const TOTAL = /^(tong cong|tong diem|tong so diem|tong so|total|grand total)\b|^tong$|^cong(?! diem)\b/;
const CODED = new Set(["group", "criterion", "item"]);

const asText = (value: CellValue): string => (typeof value === "string" ? value.trim() : String(value));

/**
 * Reads the rows of a table's body under a criteria or score header (where the body ends: tableBody).
 * Rows without a code are descriptions and are skipped, unless they carry points (returned with an empty
 * code so that the caller reports them) or are a total row; notes lines are skipped too.
 */
export function readRows(
  values: CellValue[][],
  header: HeaderInfo,
): { rows: CriteriaRow[]; total: TotalRow | null; after: RowAfterEnd | null } {
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
  const codeOf = (r: number): string => {
    const code = asText(cellAt(values, r, col.code));
    if (code !== "") return code;
    return splitLeadingCode(asText(optional(r, col.name)))?.code ?? "";
  };
  const coded = (r: number): boolean => {
    const code = codeOf(r);
    return code !== "" && CODED.has(parseCode(code).level);
  };
  // Points: the max column's, or, on a score sheet that carries no max column, any number beside the code.
  const pointed = (r: number): boolean =>
    col.max !== undefined
      ? holdsPoints(cellAt(values, r, col.max))
      : (values[r] ?? []).some((value, c) => c !== col.code && holdsPoints(value));
  const body = tableBody(values, header.dataRow, { coded, pointed });
  const rows: CriteriaRow[] = [];
  let total: TotalRow | null = null;
  for (let r = body.start; r < body.end; r++) {
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
    // A total row's label may sit in the code column (merged across code and text) as well as in the text.
    const codeIsText = code !== "" && parseCode(code).level === "unrecognized";
    const label = code === "" ? name : codeIsText ? code : "";
    if (label !== "" && TOTAL.test(normalizeLabel(label))) {
      if (asText(max) !== "") total = { row: r, max, cell: ref(r, col.max) };
      continue;
    }
    if (codeIsText && asText(max) === "" && closingKind(code) === "notes") continue;
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
  let after: RowAfterEnd | null = null;
  for (let r = body.end; body.closing !== null && r < values.length && after === null; r++) {
    if (coded(r) && pointed(r))
      after = {
        row: r,
        cell: a1(r, col.code),
        code: codeOf(r),
        closingCell: closingCell(values, body.closing),
      };
  }
  return { rows, total, after };
}

function closingCell(values: CellValue[][], r: number): string {
  const c = (values[r] ?? []).findIndex((value) => closingKind(value) !== null);
  return a1(r, Math.max(0, c));
}
