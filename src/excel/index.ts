// The Office.js adapter (DESIGN §6, §7): the only code that touches Excel's JavaScript API.
export { applyLayouts, PAYLOAD_LIMIT, type ApplyOptions, type ApplyReport } from "./applyLayouts";
export { ExcelHostError, toHostError, type ExcelHostErrorKind } from "./ExcelHostError";
export { inspectWorkbook, type Inspection } from "./inspectWorkbook";
export { insertSample } from "./insertSample";
export { rankInExcel, type RankOptions, type RankReport, type RankStage } from "./rankInExcel";
export { selectCell } from "./selectCell";
export { readSettingsView, saveSettings } from "./settingsSheet";
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
