import { compareCells } from "../address";
import { issue, type Issue } from "../issues";
import { findHeader, type HeaderInfo } from "../read/findHeader";
import { isSettingsSheet } from "../settings/isSettingsSheet";
import { formulaCells, type SheetInput, type WorkbookInput } from "../workbook";
import type { CriteriaTable } from "./criterion";
import { inferKinds } from "./inferKinds";
import { placeRows } from "./placeRows";
import { readAttributes } from "./readAttributes";
import { readRows } from "./readRows";
import { resolveMaxima } from "./resolveMaxima";
import { summarize } from "./summarize";

/** Options of the criteria reader. */
export interface CriteriaOptions {
  /** Total of a perfect score (setting `Thang điểm`, default 100), for the total-versus-scale note. */
  scale?: number;
}

/** What the criteria reader found: the table (null when there is none) and the problems in it. */
export interface CriteriaResult {
  table: CriteriaTable | null;
  issues: Issue[];
}

interface Candidate {
  sheet: SheetInput;
  header: HeaderInfo;
}

const SCORE_ROLES = new Set(["self", "bloc", "final"]);

// Score sheets (matrices, per-unit forms) copy the criteria columns; a sheet without score columns or
// unit columns (an unrecognised header over numbers) is the criteria table proper, and wins over the copies.
function isPureCriteriaTable({ sheet, header }: Candidate): boolean {
  const holdsNumbers = (col: number): boolean =>
    sheet.values.slice(header.dataRow).some((row) => typeof row[col] === "number");
  return !header.columns.some(
    (column) =>
      SCORE_ROLES.has(column.match?.role ?? "") ||
      SCORE_ROLES.has(column.groupMatch?.role ?? "") ||
      (!column.match && column.text !== "" && holdsNumbers(column.col)),
  );
}

function readTable(sheet: SheetInput, header: HeaderInfo, scale: number): CriteriaResult {
  const { rows, total, after } = readRows(sheet.values, header);
  const { placed, roots, issues: placing } = placeRows(rows, sheet.name);
  const { rawMax, kinds, issues: reading } = readAttributes(placed, sheet.name);
  const kindIssues = inferKinds(placed, kinds, sheet.name);
  const maxIssues = resolveMaxima(placed, rawMax, sheet.name, formulaCells(sheet));
  const { summary, issues: tableIssues } = summarize(placed, roots, total, sheet.name, scale);
  const table: CriteriaTable = {
    sheet: sheet.name,
    header,
    roots,
    all: placed.map((entry) => entry.node),
    ...summary,
  };
  const issues = [...placing, ...reading, ...kindIssues, ...maxIssues, ...tableIssues];
  if (after) {
    issues.push(
      issue({
        code: "criteria-row-after-end",
        sheet: sheet.name,
        cell: after.cell,
        value: after.code,
        details: { closing: after.closingCell },
      }),
    );
  }
  // Report in reading order, so the data check walks down the sheet.
  return { table, issues: issues.sort((a, b) => compareCells(a.cell, b.cell)) };
}

/**
 * Finds the criteria table of a workbook by its header (code, criterion and max-points columns, in
 * Vietnamese or English, anywhere in the top rows) and reads it into a tree of criteria. Never throws on
 * bad data: every problem comes back as an issue with its sheet and cell.
 */
export function readCriteria(workbook: WorkbookInput, options: CriteriaOptions = {}): CriteriaResult {
  const candidates: Candidate[] = [];
  for (const sheet of workbook.sheets) {
    if (isSettingsSheet(sheet.name)) continue;
    const header = findHeader(sheet.values, ["code", "criterion", "max"]);
    if (header) candidates.push({ sheet, header });
  }
  const pure = candidates.filter(isPureCriteriaTable);
  const chosen = pure[0] ?? candidates[0];
  if (!chosen)
    return { table: null, issues: [issue({ code: "criteria-table-missing", sheet: "", cell: "" })] };
  const result = readTable(chosen.sheet, chosen.header, options.scale ?? 100);
  if (pure.length > 1) {
    const others = pure.filter((candidate) => candidate !== chosen).map((candidate) => candidate.sheet.name);
    result.issues.push(
      issue({
        code: "criteria-table-several",
        sheet: chosen.sheet.name,
        cell: "",
        details: { others: others.join(", ") },
      }),
    );
  }
  return result;
}
