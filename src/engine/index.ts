// The engine's public API: pure TypeScript, 2-D cell arrays in, results and issues out (DESIGN §6).
export type { CellValue, SheetInput, WorkbookInput } from "./workbook";
export type { Issue, IssueCode, Severity } from "./issues";
export { ISSUE_CODES, sortIssues } from "./issues";
export type { Lang } from "./lang";
export { a1, columnName } from "./address";
export type { Criterion, CriterionKind, CriteriaTable } from "./criteria/criterion";
export { isLeaf } from "./criteria/criterion";
export { readCriteria, type CriteriaOptions, type CriteriaResult } from "./criteria/readCriteria";
export { normalizeLabel } from "./read/normalizeLabel";
