import type { CellValue, WorkbookInput } from "../../src/engine/workbook";
import { at, grid, sheet, workbook } from "./grid";

/** The units of the bloc: A and B on the matrix, C on its own form with a Số lần column. */
export const HOSTILE_UNITS = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính"] as const;

// Every kind of number a workbook holds, each at a known cell: settings and the rules table, maxima, a weight,
// a per-occurrence rate, roster shares, matrix scores and a count.
const SETTINGS: CellValue[][] = [
  ["Tham số", "Giá trị"],
  ["Tên khối", "Khối thi đua số 1"],
  ["Năm", 2024],
  ["Thang điểm", 100],
  ["Số chữ số thập phân", 2],
  ["Ngưỡng chênh lệch", 5],
  ["Xếp loại", "90; 80; 70"],
  ["Ngưỡng từng nhóm", "85; 80; 70"],
  ["Ngày họp", 45641],
  ["", ""],
  [
    "Hình thức",
    "Số lượng",
    "Tỷ lệ tối đa (%)",
    "Điểm tối thiểu",
    "Xếp loại tối thiểu",
    "Tỷ lệ phiếu tối thiểu (%)",
  ],
  ["Cờ thi đua của UBND tỉnh", 1, 50, 80, "", 70],
];

const HEADER = ["STT", "Nội dung", "Điểm chuẩn", "Trọng số"];
const ROWS: CellValue[][] = [
  ["I", "Công tác chuyên môn", 60, ""],
  [1, "Hoàn thành kế hoạch", 60, ""],
  ["II", "Công tác đoàn thể", 40, ""],
  [1, "Xây dựng Đảng", 40, ""],
  ["III", "Điểm thưởng", 5, ""],
  [1, "Sáng kiến được công nhận", "1đ/lần", ""],
  ["IV", "Điểm trừ", 10, ""],
  [1, "Vi phạm quy chế", 10, ""],
];

const ROSTER: CellValue[][] = [
  ["Tên đơn vị", "Vai trò", "Tỷ lệ phiếu", "Tỷ lệ nữ"],
  [HOSTILE_UNITS[0], "Trưởng khối", 0.9, 0.5],
  [HOSTILE_UNITS[1], "Phó khối", 0.85, 0.6],
  [HOSTILE_UNITS[2], "Thành viên", 0.8, 0.7],
];

// Self and bloc scores: A 58 + 38 + 2 − 0, B 55 + 36 + 0 − 1.
const MATRIX: CellValue[][] = [
  ["STT", "Nội dung", "Điểm chuẩn", HOSTILE_UNITS[0], HOSTILE_UNITS[1]],
  ...ROWS.map((row, r) => [
    row[0]!,
    row[1]!,
    row[2]!,
    ...[["", 58, "", 38, "", 2, "", ""][r]!, ["", 55, "", 36, "", "", "", 1][r]!],
  ]),
];

// Unit C's form: 50 + 35, two initiatives counted (2 × 1đ), no deduction.
const FORM: CellValue[][] = [
  ["STT", "Nội dung", "Điểm chuẩn", "Số lần", "Điểm tự chấm"],
  ...ROWS.map((row, r) => [
    row[0]!,
    row[1]!,
    row[2]!,
    r === 5 ? 2 : "",
    ["", 50, "", 35, "", "", "", ""][r]!,
  ]),
];

/** Where each number of the bloc is: sheet and cell, and the issue code an unreadable value there gives. */
export const NUMBER_PLACES = {
  year: { sheet: "Cấu hình", cell: "B3", code: "settings-value-invalid" },
  scale: { sheet: "Cấu hình", cell: "B4", code: "settings-value-invalid" },
  decimals: { sheet: "Cấu hình", cell: "B5", code: "settings-value-invalid" },
  reviewGap: { sheet: "Cấu hình", cell: "B6", code: "settings-value-invalid" },
  meetingDate: { sheet: "Cấu hình", cell: "B9", code: "settings-value-invalid" },
  ruleCount: { sheet: "Cấu hình", cell: "B12", code: "settings-rule-invalid" },
  ruleMaxShare: { sheet: "Cấu hình", cell: "C12", code: "settings-rule-invalid" },
  ruleMinScore: { sheet: "Cấu hình", cell: "D12", code: "settings-rule-invalid" },
  ruleMinVote: { sheet: "Cấu hình", cell: "F12", code: "settings-rule-invalid" },
  groupMax: { sheet: "Tiêu chí", cell: "C2", code: "criteria-max-invalid" },
  leafMax: { sheet: "Tiêu chí", cell: "C3", code: "criteria-max-invalid" },
  weight: { sheet: "Tiêu chí", cell: "D2", code: "criteria-weight-invalid" },
  voteShare: { sheet: "Đơn vị", cell: "C2", code: "roster-vote-invalid" },
  womenShare: { sheet: "Đơn vị", cell: "D3", code: "roster-women-invalid" },
  matrixScore: { sheet: "Tổng hợp", cell: "D3", code: "score-not-number" },
  bonusScore: { sheet: "Tổng hợp", cell: "D7", code: "score-not-number" },
  formScore: { sheet: "Phiếu", cell: "E5", code: "score-not-number" },
  count: { sheet: "Phiếu", cell: "D9", code: "score-count-invalid" },
} as const;

/** The cells of the bloc that hold text with numbers in it: thresholds, floors and a rate. */
export const TEXT_NUMBER_PLACES = {
  thresholds: {
    sheet: "Cấu hình",
    cell: "B7",
    code: "settings-value-invalid",
    text: (n: string) => `${n}; 80; 70`,
  },
  groupFloors: {
    sheet: "Cấu hình",
    cell: "B8",
    code: "settings-value-invalid",
    text: (n: string) => `85; ${n}; 70`,
  },
  rate: { sheet: "Tiêu chí", cell: "C7", code: "criteria-max-invalid", text: (n: string) => `${n}đ/lần` },
} as const;

/** A cell of the bloc to put a value in. */
export interface Placement {
  sheet: string;
  cell: string;
  value: CellValue;
}

/**
 * A small bloc holding every kind of number the engine reads (settings, award rules, maxima, a weight, a rate,
 * roster shares, matrix and form scores, a count), with `changes` written over its cells. It ranks cleanly as
 * it is.
 */
export function hostileBloc(...changes: Placement[]): WorkbookInput {
  const book = workbook(
    sheet("Cấu hình", grid({ A1: SETTINGS })),
    sheet("Tiêu chí", grid({ A1: [HEADER, ...ROWS] })),
    sheet("Đơn vị", grid({ A1: ROSTER })),
    sheet("Tổng hợp", grid({ A1: MATRIX })),
    sheet("Phiếu", grid({ A1: `Đơn vị: ${HOSTILE_UNITS[2]}`, A3: FORM })),
  );
  for (const change of changes) {
    const target = book.sheets.find((s) => s.name === change.sheet);
    if (!target) throw new Error(`no sheet ${change.sheet}`);
    const { row, col } = at(change.cell);
    const line = target.values[row];
    if (!line || col >= line.length) throw new Error(`${change.sheet}!${change.cell} is outside the sheet`);
    line[col] = change.value;
  }
  return book;
}
