// The engine's only door (DESIGN §6): pure TypeScript, 2-D cell arrays in, results, plans and issues out.
// The hosts (src/excel, src/xlsx, src/cli, src/taskpane, src/commands, src/dialog) import from here and never
// from a stage's folder; eslint.config.mjs enforces it. Stages are listed in pipeline order.

// Cells, addresses and issues: the vocabulary every stage shares.
export { isBlank, type CellValue, type SheetInput, type WorkbookInput } from "./workbook";
export { a1, columnIndex, columnName, parseA1, parseRange, type Rect } from "./address";
export { ISSUE_CODES, issue, sortIssues, type Issue, type IssueCode } from "./issues";
export type { Severity } from "./severity";
export type { Lang } from "./lang";
export { toNumber, type Decimal } from "./decimal";
export { formatNumber } from "./formatNumber";
export { codePointAt, letterClass } from "./text/letterClass";
export { HostError } from "./hostError";

// read: finding tables in a sheet's cells.
export {
  MAX_CONTENT_CELLS,
  MAX_FAR_CELLS,
  MAX_GRID_CELLS,
  contentBounds,
  contentGrid,
  type ContentCell,
} from "./read/contentGrid";
export { normalizeLabel } from "./read/normalizeLabel";

// settings: the Cấu hình sheet, read and planned for saving.
export type { AwardRule, Classification, Settings, TieBreak, UnitKind } from "./settings/settings";
export { defaultSettings } from "./settings/settings";
export { readSettings } from "./settings/readSettings";
export { settingCellValue, settingsSheetValues, SETTINGS_SHEET_NAME } from "./settings/settingsSheetValues";
export {
  checkSettingChanges,
  readLocatedSettings,
  type LocatedSettings,
} from "./settings/checkSettingChanges";
export { planSettingsSave } from "./settings/planSettingsSave";
export type { SettingChanges } from "./settings/validateSettingInput";
export { parseSettingValue } from "./settings/parseSettingValue";
export { SETTING_KEYS, SETTING_KEY_LABELS, settingKeyLabel, type SettingKey } from "./settings/settingKeys";
export {
  AWARD_RULE_COLUMNS,
  AWARD_RULE_COLUMN_LABELS,
  type AwardRuleColumn,
} from "./settings/awardRuleColumns";
export { CLASSIFICATION_NAMES } from "./settings/classificationNames";
export type { Labels } from "./settings/labels";
export { settingNote } from "../strings/settingNotes";
export {
  CROSS_SCORE_WORDS,
  KIND_WORDS,
  LANG_WORDS,
  MISSING_SCORE_WORDS,
  SCORE_SOURCE_WORDS,
} from "./settings/settingWords";

// criteria: the criteria table.
export type { Criterion, CriterionKind, CriteriaTable } from "./criteria/criterion";
export { isLeaf } from "./criteria/criterion";
export { readCriteria, type CriteriaOptions, type CriteriaResult } from "./criteria/readCriteria";

// scores: the units' self-assessments and the bloc's scores.
export type { Roster, RosterUnit, ScoreLayout, UnitScores } from "./scores/unitScores";
export { readScoreSheets } from "./scores/readScores";

// ranking and awards.
export type { UnitResult } from "./ranking/scoreUnit";
export type { RankedUnit } from "./ranking/rankUnits";
export type { Proposal } from "./awards/proposeAwards";
export type { NextLeaders } from "./awards/nextLeaders";
export { unitsPassedOver, type PassedOver } from "./awards/passedOver";

// The whole run: workbook in, results and issues out.
export { evaluateBloc, type BlocResult, type EvaluateOptions } from "./evaluateBloc";

// layout: output sheets as host-neutral layouts the adapters apply.
export {
  isOwnedKind,
  ownerOf,
  ownershipName,
  A4_PORTRAIT,
  type CellFormat,
  type CellLink,
  type CellValidation,
  type ChartSpec,
  type ExistingSheet,
  type FormatRange,
  type LayoutValue,
  type OutputKind,
  type PrintSetup,
  type SheetLayout,
  type SheetProtection,
} from "./layout/sheetLayout";
export { foldSheetName, quoteSheet, sameSheetName, sheetOfReference } from "./layout/sheetReference";
export {
  marksOnSheets,
  sheetOwnership,
  type DefinedName,
  type OwnershipMark,
  type SheetOwnership,
} from "./layout/sheetOwnership";
export { inputSheets, type InputSheet } from "./layout/inputSheets";
export { planReplacement, type OwnedSheet, type ReplacementPlan } from "./layout/planReplacement";
export { sheetToShow } from "./layout/sheetToShow";
export { linkReference, linkText } from "./layout/linkText";
export { layoutOutputs } from "./layout/layoutOutputs";
export { settingsLayout } from "./layout/settingsLayout";
export { pageNumberHeader } from "./layout/pageNumberHeader";
export { skipReason, skipText } from "./layout/skipText";
export { separatedText, settledText, votesSeparation } from "./layout/ballotSettledText";

// forms: the self-assessment form sent to each unit.
export {
  planForms,
  type FormsBlocked,
  type FormsPlan,
  type FormsPlanOptions,
  type PlannedForm,
} from "./forms/planForms";

// merge: returned forms planned into the master workbook.
export {
  planMerge,
  type CellWrite,
  type FormImport,
  type MergePlan,
  type ReturnedWorkbook,
} from "./merge/planMerge";
export { keepBack, stillHolds, type KeptReason, type KeptWrite } from "./merge/keepBack";
export { importsInOrder } from "./merge/importsInOrder";
