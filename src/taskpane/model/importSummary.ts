import { formatNumber, type FormImport, type Issue, type Lang } from "../../engine";
import type { ImportOutcome } from "./importOutcome";
import type { ImportRow } from "./importRows";
import { formsUi, formsUiCount } from "../../strings/formsUi";

/** One chosen file as the results show it: what came of its forms, counted, and its conflicts together. */
export interface FileImport {
  file: string;
  /** What came of the file as a whole, from its counts (never "imported" with no cell written). */
  status: FormImport["status"];
  /** A line per form found in it; none for a file that could not be read or holds no form. */
  forms: ImportRow[];
  /** Why the file could not be opened as an .xlsx workbook (the reader's words); null when it was read. */
  unreadable: string | null;
  /** The file was read but holds no self-assessment form. */
  noForm: boolean;
  /** Cells written into the workbook from it (existing sheets and a new per-unit sheet alike). */
  written: number;
  /** Cells the workbook kept as they were although the form had a value for them (a formula, merged cells…). */
  kept: number;
  /** Values of the file that differ from the workbook's, each kept out (a form-score-conflict), in cell order. */
  conflicts: Issue[];
  /** Workbook values replaced by the file's, once the secretary chose it. */
  replaced: number;
  /** Those replacements (form-value-replaced), each with the old value, in cell order. */
  replacements: Issue[];
}

/** What an import came to over all its files: the counts the status line says. */
export interface ImportTotals {
  files: number;
  /** Files at least one cell was written from. */
  filesWritten: number;
  written: number;
  kept: number;
  conflicts: number;
  replaced: number;
  /** Files that could not be opened as .xlsx workbooks. */
  unreadable: number;
}

const ofFile = (issues: readonly Issue[], file: string, code: Issue["code"]): Issue[] =>
  issues.filter((found) => found.file === file && found.code === code);

function fileStatus(forms: readonly ImportRow[], written: number, held: number): FormImport["status"] {
  if (written > 0)
    return held > 0 || forms.some((form) => form.status !== "imported" && form.status !== "unchanged")
      ? "partial"
      : "imported";
  return held > 0 || forms.length === 0 || forms.some((form) => form.status !== "unchanged")
    ? "skipped"
    : "unchanged";
}

/** The import's results by file, in the order the files were chosen. */
export function fileImports(outcome: ImportOutcome): FileImport[] {
  const files = [...new Set(outcome.rows.map((row) => row.file))];
  return files.map((file) => {
    const rows = outcome.rows.filter((row) => row.file === file);
    const unreadableIssue = ofFile(outcome.issues, file, "form-unreadable")[0];
    const noForm = ofFile(outcome.issues, file, "form-not-found").length > 0;
    const forms = unreadableIssue || noForm ? [] : rows;
    const written = rows.reduce((sum, row) => sum + row.written, 0);
    const kept = ofFile(outcome.issues, file, "form-cell-kept").length;
    const conflicts = ofFile(outcome.issues, file, "form-score-conflict");
    const replacements = ofFile(outcome.issues, file, "form-value-replaced");
    return {
      file,
      status: fileStatus(forms, written, kept + conflicts.length),
      forms,
      unreadable: unreadableIssue ? String(unreadableIssue.details?.reason ?? "") : null,
      noForm,
      written,
      kept,
      conflicts,
      replaced: replacements.length,
      replacements,
    };
  });
}

/** The counts over every file. */
export function importTotals(files: readonly FileImport[]): ImportTotals {
  const sum = (of: (file: FileImport) => number) => files.reduce((total, file) => total + of(file), 0);
  return {
    files: files.length,
    filesWritten: files.filter((file) => file.written > 0).length,
    written: sum((file) => file.written),
    kept: sum((file) => file.kept),
    conflicts: sum((file) => file.conflicts.length),
    replaced: sum((file) => file.replaced),
    unreadable: files.filter((file) => file.unreadable !== null).length,
  };
}

/** A phrase of the import's summary: which count it says, and the count. */
export interface SummaryPart {
  key: "written" | "noneWritten" | "replaced" | "kept" | "conflicts" | "unreadable";
  count: number;
}

/**
 * What the summary says, in order: the cells written (or that none were), then only the counts that are not
 * zero. Written, kept and conflicting cells are told apart, so that nothing kept reads as imported.
 */
export function summaryParts(totals: ImportTotals): SummaryPart[] {
  const parts: SummaryPart[] = [
    totals.written > 0 ? { key: "written", count: totals.written } : { key: "noneWritten", count: 0 },
  ];
  for (const key of ["replaced", "kept", "conflicts", "unreadable"] as const)
    if (totals[key] > 0) parts.push({ key, count: totals[key] });
  return parts;
}

/** The summary as a sentence: `head: đã ghi 28 ô; 2 ô khác giá trị đã có, giữ giá trị cũ.` */
export function summaryText(lang: Lang, head: string, parts: readonly SummaryPart[]): string {
  const said = parts.map(({ key, count }) =>
    key === "noneWritten" ? formsUi(lang, "sum_noneWritten") : formsUiCount(lang, `sum_${key}`, count),
  );
  return `${head}: ${said.join("; ")}.`;
}

/** The status line after importing the chosen files: how many were read, then what came of them. */
export function importStatus(lang: Lang, outcome: ImportOutcome): string {
  const totals = importTotals(fileImports(outcome));
  return summaryText(lang, formsUiCount(lang, "imported", totals.files), summaryParts(totals));
}

/** The status line after one file was imported again over the workbook's values: what came of that file. */
export function fileAgainStatus(lang: Lang, outcome: ImportOutcome, file: string): string {
  const totals = importTotals(fileImports(outcome).filter((entry) => entry.file === file));
  return summaryText(lang, formsUi(lang, "replaced", { file }), summaryParts(totals));
}

const shown = (value: unknown, lang: Lang): string =>
  typeof value === "number" ? formatNumber(value, lang) : String(value ?? "");

/** The issues counted and listed under their file rather than in the list of problems. */
export const FOLDED_CODES: ReadonlySet<Issue["code"]> = new Set([
  "form-score-conflict",
  "form-value-replaced",
]);

/** A conflict's (or a replacement's) line under its file: the criterion, the file's value and the workbook's. */
export function conflictText(lang: Lang, conflict: Issue): string {
  const key = conflict.code === "form-value-replaced" ? "replacedItem" : "conflictItem";
  return formsUi(lang, key, {
    criterion: conflict.criterion ?? "",
    value: shown(conflict.value, lang),
    masterValue: shown(conflict.details?.masterValue, lang),
  });
}
