// The Office.js adapter (DESIGN §6, §7): the only code that touches Excel's JavaScript API.
export { applyLayouts, PAYLOAD_LIMIT, type ApplyOptions, type ApplyReport } from "./applyLayouts";
export { ExcelHostError, toHostError, type ExcelHostErrorKind } from "./ExcelHostError";
export { rankInExcel, type RankOptions, type RankReport } from "./rankInExcel";
export { readWorkbook, type ExcelContents } from "./readWorkbook";
