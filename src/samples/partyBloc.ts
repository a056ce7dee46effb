import type { CellValue, WorkbookInput } from "../engine/workbook";
import { rectangle } from "./rectangle";
import { criteriaSheet, SAMPLE_CRITERIA, SAMPLE_KEYS } from "./sampleCriteria";
import { rosterSheet, type SampleUnit } from "./sampleRoster";
import { leafScores, rowScores, type ScoreShape } from "./sampleScores";

const BLOC = "Khối các cơ quan Đảng tỉnh";

// The nine Party agencies of a province (DESIGN §1), in rotation order; Ban Tổ chức leads in 2024.
const UNITS: readonly (SampleUnit & { self: ScoreShape; bloc: ScoreShape })[] = [
  {
    name: "Văn phòng Tỉnh ủy",
    short: "VPTU",
    self: { lost: 3, bonus: [1, 0], penalty: [0, 0, 0] },
    bloc: { lost: 5, bonus: [1, 0], penalty: [0, 0, 0] },
  },
  {
    name: "Ban Tổ chức Tỉnh ủy",
    short: "BTC",
    role: "Trưởng khối",
    self: { lost: 3, bonus: [1, 0], penalty: [0, 0, 0] },
    bloc: { lost: 4.5, bonus: [2, 0], penalty: [0, 0, 0] },
  },
  {
    name: "Ban Tuyên giáo Tỉnh ủy",
    short: "BTG",
    self: { lost: 4, bonus: [0, 1], penalty: [0, 0, 0] },
    bloc: { lost: 5.5, bonus: [0, 1], penalty: [0, 0, 0] },
  },
  {
    name: "Ban Dân vận Tỉnh ủy",
    short: "BDV",
    role: "Phó khối",
    self: { lost: 5, bonus: [0, 0], penalty: [0, 0, 0] },
    bloc: { lost: 6, bonus: [0, 0], penalty: [0, 0, 0] },
  },
  {
    name: "Ban Nội chính Tỉnh ủy",
    short: "BNC",
    self: { lost: 6, bonus: [0, 0], penalty: [0, 0, 0] },
    bloc: { lost: 7, bonus: [0, 0], penalty: [0, 0, 0] },
  },
  {
    name: "Ủy ban Kiểm tra Tỉnh ủy",
    short: "UBKT",
    self: { lost: 6, bonus: [0, 0.5], penalty: [0, 0, 0] },
    bloc: { lost: 8, bonus: [0, 0.5], penalty: [0, 0, 0] },
  },
  {
    name: "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
    short: "ĐUK",
    self: { lost: 7, bonus: [0, 0], penalty: [0, 0, 0] },
    bloc: { lost: 8, bonus: [0, 0], penalty: [1, 0, 0] },
  },
  {
    name: "Báo Quảng Trị",
    short: "BQT",
    self: { lost: 9, bonus: [0, 0], penalty: [0, 0, 0] },
    bloc: { lost: 10.5, bonus: [0, 0], penalty: [1, 0, 0] },
  },
  {
    name: "Trường Chính trị Lê Duẩn",
    short: "TCT",
    self: { lost: 11, bonus: [0, 0], penalty: [0, 0, 0] },
    bloc: { lost: 12, bonus: [0, 0], penalty: [0, 0, 1] },
  },
];

// The summary matrix carries only codes and texts (the maxima live on the criteria sheet), with each unit's
// name merged over its self and bloc score columns.
function matrixSheet(year: number): CellValue[][] {
  const header: CellValue[] = ["STT", "Nội dung", ...UNITS.flatMap((u) => [u.name, ""])];
  const sub: CellValue[] = ["", "", ...UNITS.flatMap(() => ["Tự chấm", "Khối chấm"])];
  const scores = UNITS.map((u, i) => ({
    self: rowScores(leafScores(u.self, i)),
    bloc: rowScores(leafScores(u.bloc, i * 3 + 1)),
  }));
  const rows = SAMPLE_CRITERIA.map(([code, text], r): CellValue[] => {
    const key = SAMPLE_KEYS[r] ?? "";
    return [code, text, ...scores.flatMap((s) => [s.self.get(key) ?? 0, s.bloc.get(key) ?? 0])];
  });
  return rectangle([
    [`BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${year}`],
    [BLOC],
    [],
    header,
    sub,
    ...rows,
  ]);
}

/** The 9-unit Party-agencies bloc: criteria sheet, roster, a summary matrix that carries only codes, two settings. */
export function partyBloc(year = 2024): WorkbookInput {
  return {
    sheets: [
      { name: "Bảng tiêu chí", values: criteriaSheet(BLOC, year) },
      { name: "Đơn vị", values: rosterSheet(UNITS) },
      { name: "Tổng hợp", values: matrixSheet(year) },
      // Only what differs from the defaults: the rest of the settings sheet is left to the add-in.
      {
        name: "Cấu hình",
        values: rectangle([
          ["Tên khối", BLOC],
          ["Năm", year],
        ]),
      },
    ],
  };
}
