import { type Issue, sortIssues } from "../../engine";
import type { ImportFormsResult } from "../../excel";
import { importRows, type ImportRow } from "./importRows";

/** The outcome of the imports so far, ready to show: a line per form or file, and every problem found. */
export interface ImportOutcome {
  rows: ImportRow[];
  issues: Issue[];
}

/** The outcome of importing the chosen files: their lines in the order chosen, the files not read first. */
export function importOutcome(
  files: readonly string[],
  result: ImportFormsResult,
  unreadable: readonly Issue[],
): ImportOutcome {
  return {
    rows: importRows(files, result.imports, unreadable),
    issues: sortIssues([...unreadable, ...result.issues]),
  };
}

/** The outcome once one file was imported again (taken over the workbook's values): its lines and problems renewed. */
export function withFileAgain(
  outcome: ImportOutcome,
  file: string,
  result: ImportFormsResult,
): ImportOutcome {
  const again = importRows([file], result.imports, []);
  const at = outcome.rows.findIndex((row) => row.file === file);
  const others = outcome.rows.filter((row) => row.file !== file);
  const rows = at < 0 ? [...others, ...again] : [...others.slice(0, at), ...again, ...others.slice(at)];
  return { rows, issues: sortIssues([...outcome.issues.filter((i) => i.file !== file), ...result.issues]) };
}

// What stopped a form from coming in that taking its file over the workbook's values settles.
const SETTLED_BY_CHOICE = new Set(["form-score-conflict", "form-unit-duplicate"]);

/**
 * Whether the secretary can choose a line's file over what the workbook holds: its form was identified and
 * was kept out by a different value in the workbook or by another, different form for the same unit.
 */
export function canChoose(row: ImportRow, issues: readonly Issue[]): boolean {
  if (row.unit === null) return false;
  return issues.some((found) => found.file === row.file && SETTLED_BY_CHOICE.has(found.code));
}
