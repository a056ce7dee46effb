// Labels of the task pane and ribbon UI. Issue messages live with their codes elsewhere in src/strings;
// these are only the words on screen. Vietnamese is the reference language: every key it has, English
// must have too, and English may not invent keys of its own (both are compile errors, DESIGN §6).

import type { Lang } from "../engine/lang";
import { dictionary, type KeyOf } from "./dictionary";
import { term } from "./glossary";

export type UiKey = KeyOf<typeof ui>;

export type { Lang };

const vi = {
  productName: "Chấm điểm khối thi đua",
  productTagline: "Bloc Scoring for Excel",
  description:
    "Tiện ích đọc bảng tiêu chí và điểm tự chấm, điểm khối chấm của các đơn vị trong khối thi đua " +
    "ngay trong sổ làm việc, rồi lập bảng xếp hạng, xếp loại, đề nghị khen thưởng và bảng kiểm tra dữ liệu " +
    "thành các trang tính có thể in, ký và gửi cho người không cài tiện ích.",
  rankButton: "Xếp hạng đơn vị",
  checkButton: "Kiểm tra dữ liệu",
  refreshButton: "Đọc lại sổ làm việc",
  outsideOffice:
    "Trang này cần chạy bên trong Excel. Hãy mở tiện ích từ Excel trên máy tính hoặc Excel trên web.",
  versionLabel: "Phiên bản",
  tabOverview: "Xếp hạng",
  tabIssues: "Kiểm tra ({count})",
  tabForms: "Phiếu",
  tabSettings: "Cấu hình",
  detectedHeading: "Đã nhận diện",
  detecting: "Đang đọc sổ làm việc…",
  detectedCriteria: "Bảng tiêu chí: trang {sheet}, {count} tiêu chí, thang {scale} điểm",
  detectedNoCriteria: "Chưa thấy bảng tiêu chí (cần cột Mã/STT, Nội dung, Điểm tối đa).",
  detectedUnits: "Đơn vị: {count} (danh sách ở trang {sheet})",
  detectedUnitsNoRoster: "Đơn vị: {count} (chưa có trang danh sách đơn vị)",
  detectedLayouts: "Cách nhập điểm: {layouts}",
  layoutMatrix: "bảng điểm chung",
  layoutPerUnit: "mỗi đơn vị một trang",
  layoutCross: "chấm chéo",
  detectedSettings: "Cấu hình: trang {sheet}",
  detectedDefaultSettings: "Cấu hình: mặc định (chưa có trang Cấu hình)",
  emptyWorkbook:
    "Sổ làm việc chưa có bảng tiêu chí và điểm của các đơn vị. Có thể chèn một khối mẫu để xem tiện ích làm gì.",
  sampleLabel: "Khối mẫu",
  sample_khoi_co_quan_dang: "Khối các cơ quan Đảng (9 đơn vị, bảng điểm chung)",
  sample_khoi_hoi_dac_thu: "Khối các hội đặc thù (13 đơn vị, mỗi đơn vị một trang)",
  sample_khoi_co_quan_trung_uong: "Khối cơ quan Trung ương (7 đơn vị, chấm chéo)",
  sample_cum_xa_phia_nam: "Cụm các xã phía Nam (7 xã, theo mẫu bảng điểm của tỉnh)",
  insertSampleButton: "Chèn dữ liệu mẫu",
  stageRead: "Đang đọc sổ làm việc…",
  stageEvaluate: "Đang tính điểm và xếp hạng…",
  stageWrite: "Đang ghi các trang kết quả…",
  stageDone: "Đã xong.",
  summaryHeading: "Kết quả",
  summaryProvisional: "Kết quả TẠM TÍNH: còn {count} lỗi cần sửa; chưa đề nghị khen thưởng.",
  summarySheets: "Đã ghi: {sheets}",
  rankingHeading: "Xếp hạng",
  colRank: "Hạng",
  colUnit: "Đơn vị",
  colScore: "Điểm",
  colClass: "Xếp loại",
  proposalsHeading: "Đề nghị khen thưởng",
  noProposals: "Không có đơn vị nào đáp ứng quy tắc khen thưởng.",
  passedOverLabel: "Đơn vị không được xét khen thưởng",
  ballot: "cần bỏ phiếu",
  issueCounts: "{errors} lỗi · {warnings} cảnh báo · {infos} ghi chú",
  showIssues: "Xem danh sách",
  filterSeverity: "Mức độ",
  filterUnit: "Đơn vị",
  allSeverities: "Tất cả",
  severity_error: term("error", "vi", true),
  severity_warning: term("warning", "vi", true),
  severity_info: term("info", "vi", true),
  allUnits: "Tất cả đơn vị",
  noIssues: "Không có lỗi hay cảnh báo nào.",
  noIssuesMatch: "Không có mục nào khớp bộ lọc.",
  moreIssues: "Còn {count} mục nữa; hãy lọc theo mức độ hoặc đơn vị để xem.",
  staleSheet: "Không còn trang {sheet} (đã đổi tên hoặc xóa). Đã đọc lại sổ làm việc.",
  insertedSample: "Đã chèn các trang: {sheets}.",
  issueLocation: "{sheet}!{cell}",
  goToCell: "Chọn ô {sheet}!{cell}",
  goToSheet: "Mở trang {sheet}",
  loadingTab: "Đang tải…",
  proposalsWithheld:
    "Chưa đề nghị khen thưởng vì còn {count} lỗi dữ liệu. Hãy sửa các lỗi (thẻ Kiểm tra) rồi xếp hạng lại.",
  noAwardRules: "Không đề nghị khen thưởng: bảng quy tắc khen thưởng ở trang Cấu hình không có dòng nào.",
  proposalBallot: "Bằng điểm, cần bỏ phiếu chọn {seats} trong: {units}",
  passedOverHeading: "Không xét khen thưởng",
  passedOverProvisional: "Khi hết lỗi, các đơn vị này vẫn không được xét khen thưởng:",
} as const;

/**
 * The pane's words in both languages, and their lookup: `ui(lang, key, values)` fills `{name}` placeholders.
 */
export const ui = /* @__PURE__ */ dictionary(vi, {
  productName: "Bloc Scoring for Excel",
  productTagline: "Chấm điểm khối thi đua",
  description:
    "The add-in reads the criteria table and the self-assessment and bloc-review scores of the member " +
    "units of an emulation bloc (khối thi đua) in the workbook, then writes the ranking, classification, " +
    "award proposals and a data check as sheets that can be printed, signed and mailed to people " +
    "without the add-in.",
  rankButton: "Rank units",
  checkButton: "Check data",
  refreshButton: "Read the workbook again",
  outsideOffice: "This page must run inside Excel. Open the add-in from Excel on the desktop or on the web.",
  versionLabel: "Version",
  tabOverview: "Ranking",
  tabIssues: "Check ({count})",
  tabForms: "Forms",
  tabSettings: "Settings",
  detectedHeading: "Detected",
  detecting: "Reading the workbook…",
  detectedCriteria: "Criteria table: sheet {sheet}, {count} criteria, {scale}-point scale",
  detectedNoCriteria: "No criteria table found (it needs Code/No., Content and Max points columns).",
  detectedUnits: "Units: {count} (roster on sheet {sheet})",
  detectedUnitsNoRoster: "Units: {count} (no roster sheet yet)",
  detectedLayouts: "Scores entered as: {layouts}",
  layoutMatrix: "one shared score table",
  layoutPerUnit: "one sheet per unit",
  layoutCross: "cross-scoring",
  detectedSettings: "Settings: sheet {sheet}",
  detectedDefaultSettings: "Settings: defaults (no settings sheet yet)",
  emptyWorkbook:
    "The workbook has no criteria table or unit scores yet. Insert a sample bloc to see what the add-in does.",
  sampleLabel: "Sample bloc",
  sample_khoi_co_quan_dang: "Party agencies bloc (9 units, one shared score table)",
  sample_khoi_hoi_dac_thu: "Special associations bloc (13 units, one sheet per unit)",
  sample_khoi_co_quan_trung_uong: "Central agencies bloc (7 units, cross-scoring)",
  sample_cum_xa_phia_nam: "Southern communes cluster (7 communes, a provincial template's layout)",
  insertSampleButton: "Insert sample data",
  stageRead: "Reading the workbook…",
  stageEvaluate: "Scoring and ranking…",
  stageWrite: "Writing the output sheets…",
  stageDone: "Done.",
  summaryHeading: "Results",
  summaryProvisional: "PROVISIONAL results: data errors still to fix ({count}); no award is proposed yet.",
  summarySheets: "Written: {sheets}",
  rankingHeading: "Ranking",
  colRank: "Rank",
  colUnit: "Unit",
  colScore: "Score",
  colClass: "Classification",
  proposalsHeading: "Award proposals",
  noProposals: "No unit meets the award rules.",
  passedOverLabel: "Units not considered for an award",
  ballot: "needs a ballot",
  issueCounts: "{errors|error|errors} · {warnings|warning|warnings} · {infos|note|notes}",
  showIssues: "Show the list",
  filterSeverity: "Severity",
  filterUnit: "Unit",
  allSeverities: "All",
  severity_error: term("error", "en", true),
  severity_warning: term("warning", "en", true),
  severity_info: term("info", "en", true),
  allUnits: "All units",
  noIssues: "No errors or warnings.",
  noIssuesMatch: "Nothing matches the filters.",
  moreIssues: "{count} more; filter by severity or unit to see them.",
  staleSheet: "Sheet {sheet} no longer exists (renamed or deleted). The workbook has been read again.",
  insertedSample: "Sheets inserted: {sheets}.",
  issueLocation: "{sheet}!{cell}",
  goToCell: "Select cell {sheet}!{cell}",
  goToSheet: "Open sheet {sheet}",
  loadingTab: "Loading…",
  proposalsWithheld:
    "No award is proposed because of data errors ({count}). Fix them (Check tab), then rank again.",
  noAwardRules: "No award is proposed: the award-rules table on the Settings sheet has no rows.",
  proposalBallot: "Tied: a ballot chooses {seats} of {units}",
  passedOverHeading: "Not considered for an award",
  passedOverProvisional: "Once the errors are fixed, these units are still not considered for an award:",
});

/** Office reports e.g. "en-US" or "vi-VN"; the bloc secretary's audience is Vietnamese, so anything not English is vi. */
export function pickLang(displayLanguage: string | undefined): Lang {
  return displayLanguage?.trim().toLowerCase().startsWith("en") ? "en" : "vi";
}
