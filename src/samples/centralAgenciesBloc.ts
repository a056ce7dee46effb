import type { CellValue, WorkbookInput } from "../engine/workbook";
import { rectangle } from "./rectangle";
import { maxOf, SAMPLE_CRITERIA, SAMPLE_KEYS } from "./sampleCriteria";
import { rosterSheet, type SampleUnit } from "./sampleRoster";
import { leafScores, rowScores, shape, type ScoreShape } from "./sampleScores";

const BLOC = "Khối các cơ quan Trung ương đóng trên địa bàn tỉnh";

type Unit = SampleUnit & { self: ScoreShape; bloc: ScoreShape };

// Seven central agencies (DESIGN §1); Truyền tải điện Ninh Thuận led in 2023. Reported outcome: the flag
// for Truyền tải điện Ninh Thuận, certificates for Cục Thống kê tỉnh and Kho bạc Nhà nước tỉnh, and Cục
// Thống kê tỉnh as next leader.
const UNITS: readonly Unit[] = [
  {
    name: "Truyền tải điện Ninh Thuận",
    short: "TTĐ",
    role: "Trưởng khối",
    self: shape(3, 1),
    bloc: shape(4.5, 1),
  },
  { name: "Cục Thống kê tỉnh", short: "CTK", role: "Phó khối", self: shape(4), bloc: shape(5) },
  { name: "Cục Thuế tỉnh", short: "CT", self: shape(6), bloc: shape(8) },
  { name: "Bảo hiểm xã hội tỉnh", short: "BHXH", self: shape(7), bloc: shape(8.5, 0, 0.5) },
  { name: "Hải quan Ninh Thuận", short: "HQ", self: shape(9), bloc: shape(11) },
  { name: "Kho bạc Nhà nước tỉnh", short: "KBNN", self: shape(5), bloc: shape(6) },
  {
    name: "Viện Nghiên cứu Bông và Phát triển Nông nghiệp Nha Hố",
    short: "VNH",
    self: shape(12),
    bloc: shape(14),
  },
];

// Three scorers per unit (chấm chéo) whose trimmed mean is the bloc score: one half point under and one over
// (or two at the maximum when there is no room above).
function scorerValues(score: number, max: number): number[] {
  if (score === 0) return [0, 0, 0];
  return score >= max ? [score, score, score - 0.5] : [score - 0.5, score, score + 0.5];
}

function crossSheet(year: number): CellValue[][] {
  const header: CellValue[] = [
    "TT",
    "Tiêu chí",
    "Điểm tối đa",
    ...UNITS.flatMap((u) => [u.name, "", "", ""]),
  ];
  const sub: CellValue[] = [
    "",
    "",
    "",
    ...UNITS.flatMap(() => ["Tự chấm", "Khối chấm 1", "Khối chấm 2", "Khối chấm 3"]),
  ];
  const scores = UNITS.map((u, i) => ({
    self: leafScores(u.self, i * 2),
    bloc: leafScores(u.bloc, i * 5 + 2),
  }));
  const selfRows = scores.map((s) => rowScores(s.self));
  const rows = SAMPLE_CRITERIA.map(([code, text, max], r): CellValue[] => {
    const key = SAMPLE_KEYS[r] ?? "";
    const isLeaf = !SAMPLE_KEYS.some((other) => other.startsWith(`${key}.`));
    return [
      code,
      text,
      max,
      ...scores.flatMap((s, u) => {
        // Scorers fill in leaves only; the self column carries the unit's own sums on parent rows.
        const self = selfRows[u]?.get(key) ?? 0;
        return isLeaf ? [self, ...scorerValues(s.bloc.get(key) ?? 0, maxOf(key))] : [self, "", "", ""];
      }),
    ];
  });
  return rectangle([[`KẾT QUẢ CHẤM CHÉO THI ĐUA NĂM ${year}`], [BLOC], [], header, sub, ...rows]);
}

function settingsSheet(year: number): CellValue[][] {
  return rectangle([
    ["Tên khối", BLOC],
    ["Năm", year],
    ["Tổng hợp chấm chéo", "bỏ cao nhất và thấp nhất"],
    ["Trưởng khối năm sau", "luân phiên"],
  ]);
}

/** The 7-agency bloc: one cross-scoring sheet (three scorers per unit, trimmed mean) and a roster. */
export function centralAgenciesBloc(year = 2024): WorkbookInput {
  return {
    sheets: [
      { name: "Chấm chéo", values: crossSheet(year) },
      { name: "Đơn vị", values: rosterSheet(UNITS) },
      { name: "Cấu hình", values: settingsSheet(year) },
    ],
  };
}
