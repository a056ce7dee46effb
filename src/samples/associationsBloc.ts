import type { CellValue, WorkbookInput } from "../engine/workbook";
import { rectangle } from "./rectangle";
import { criteriaSheet, SAMPLE_CRITERIA, SAMPLE_KEYS } from "./sampleCriteria";
import { rosterSheet, type SampleUnit } from "./sampleRoster";
import { leafScores, rowScores, shape, type ScoreShape } from "./sampleScores";

const BLOC = "Khối các hội đặc thù tỉnh";

type Unit = SampleUnit & { self: ScoreShape; bloc: ScoreShape };

// Thirteen associations; the bloc proposed two flags and two certificates. Hội Luật gia scores highest but
// is under discipline this year, so it is skipped with the reason.
const UNITS: readonly Unit[] = [
  {
    name: "Hội Chữ thập đỏ tỉnh",
    short: "CTĐ",
    role: "Trưởng khối",
    voteShare: 0.92,
    self: shape(3, 2),
    bloc: shape(4, 2),
  },
  { name: "Hội Người mù tỉnh", short: "NM", voteShare: 0.8, self: shape(7), bloc: shape(8) },
  {
    name: "Hội Luật gia tỉnh",
    short: "LG",
    ineligible: "Kỷ luật khiển trách",
    voteShare: 0.75,
    self: shape(1, 3),
    bloc: shape(2, 3),
  },
  {
    name: "Hội Nhà báo tỉnh",
    short: "NB",
    role: "Phó khối",
    voteShare: 0.88,
    self: shape(4, 1),
    bloc: shape(5, 1),
  },
  {
    name: "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    short: "LHKH",
    voteShare: 0.85,
    self: shape(5),
    bloc: shape(6.5, 1),
  },
  {
    name: "Liên hiệp các Hội Văn học nghệ thuật tỉnh",
    short: "VHNT",
    voteShare: 0.9,
    self: shape(4),
    bloc: shape(5.5, 1),
  },
  { name: "Hội Đông y tỉnh", short: "ĐY", voteShare: 0.6, self: shape(8), bloc: shape(9) },
  {
    name: "Hội Cựu thanh niên xung phong tỉnh",
    short: "CTNXP",
    voteShare: 0.7,
    self: shape(9),
    bloc: shape(10, 0, 1),
  },
  {
    name: "Hội Nạn nhân chất độc da cam/dioxin tỉnh",
    short: "DC",
    voteShare: 0.78,
    self: shape(6),
    bloc: shape(7.5),
  },
  { name: "Hội Khuyến học tỉnh", short: "KH", voteShare: 0.86, self: shape(4), bloc: shape(5) },
  {
    name: "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh",
    short: "BTNKT",
    voteShare: 0.65,
    self: shape(10),
    bloc: shape(12),
  },
  { name: "Hội Người cao tuổi tỉnh", short: "NCT", voteShare: 0.72, self: shape(9), bloc: shape(11.5) },
  { name: "Hội Làm vườn tỉnh", short: "LV", voteShare: 0.55, self: shape(12), bloc: shape(14, 0, 2) },
];

// A self-assessment form as a unit mails it back: its name in a labelled cell above a copy of the table.
function unitSheet(unit: Unit, index: number, year: number): CellValue[][] {
  const self = rowScores(leafScores(unit.self, index));
  const bloc = rowScores(leafScores(unit.bloc, index * 2 + 1));
  return rectangle([
    [`PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}`],
    [`Đơn vị: ${unit.name}`],
    [],
    ["STT", "Nội dung tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Điểm khối chấm", "Minh chứng"],
    ...SAMPLE_CRITERIA.map(([code, text, max], r): CellValue[] => {
      const key = SAMPLE_KEYS[r] ?? "";
      return [
        code,
        text,
        max,
        self.get(key) ?? 0,
        bloc.get(key) ?? 0,
        `Báo cáo số ${r + 1}/BC-${unit.short}`,
      ];
    }),
  ]);
}

function settingsSheet(year: number): CellValue[][] {
  return rectangle([
    ["Tham số", "Giá trị"],
    ["Tên khối", BLOC],
    ["Năm", year],
    ["Thang điểm", 100],
    ["Nguồn điểm", "khối chấm nếu có"],
    [],
    [
      "Hình thức",
      "Số lượng",
      "Tỷ lệ tối đa (%)",
      "Điểm tối thiểu",
      "Xếp loại tối thiểu",
      "Tỷ lệ phiếu tối thiểu (%)",
    ],
    ["Cờ thi đua của UBND tỉnh", 2, "", "", "Hoàn thành xuất sắc nhiệm vụ", 70],
    ["Bằng khen của Chủ tịch UBND tỉnh", 2, "", "", "Hoàn thành xuất sắc nhiệm vụ", 70],
  ]);
}

/** The 13-association bloc: settings with two flags and two certificates, a roster, one form per unit. */
export function associationsBloc(year = 2024): WorkbookInput {
  return {
    sheets: [
      { name: "Cấu hình", values: settingsSheet(year) },
      { name: "Bảng tiêu chí", values: criteriaSheet(BLOC, year) },
      { name: "Danh sách đơn vị", values: rosterSheet(UNITS) },
      ...UNITS.map((unit, i) => ({ name: unit.short, values: unitSheet(unit, i, year) })),
    ],
  };
}
