// The Office.js adapter's only door (DESIGN §6, §7): the only code that touches Excel's JavaScript API.
// The task pane, the ribbon commands and the dialog import from here, never from a file of this folder
// (eslint.config.mjs); the lazy chunks name the exports they load (webpackExports) so that each stays small.
export { applyLayouts, PAYLOAD_LIMIT, type ApplyOptions, type ApplyReport } from "./applyLayouts";
export { ExcelHostError, toHostError, type ExcelHostErrorKind } from "./ExcelHostError";
export { isHostErrorKind } from "./hostErrorKinds";
export { inspectWorkbook, type Inspection } from "./inspectWorkbook";
export { insertSample } from "./insertSample";
export { rankInExcel, type RankOptions, type RankReport, type RankStage } from "./rankInExcel";
export { selectCell } from "./selectCell";
export {
  readSettingsView,
  saveSettings,
  type SaveSettingsResult,
  type SettingsSheetView,
} from "./settingsSheet";
export { readWorkbook, type ExcelContents } from "./readWorkbook";
export {
  createFormsInExcel,
  type CreateFormsOptions,
  type CreateFormsResult,
  type UnitSheet,
} from "./createForms";
export { importFormsInExcel, type ImportFormsOptions, type ImportFormsResult } from "./importForms";
export { unitFormLayout, type UnitFormOptions, type UnitFormResult } from "./unitFormLayout";
export { canOpenWorkbooks, openAsWorkbook, toBase64 } from "./openAsWorkbook";
