import type { CellValue } from "../engine/workbook";
import { rectangle } from "./rectangle";

/** A criteria row of the sample table: code, text, max points (null for a group that sums its rows). */
export type SampleRow = [code: string, text: string, max: number];

// A table in the style of provincial blocs' scoring regulations: 100 normal points, up to 5 bonus and
// 10 deduction points. Leaves (rows with no rows under them) receive the scores.
export const SAMPLE_CRITERIA: readonly SampleRow[] = [
  ["I", "Thực hiện nhiệm vụ chính trị, chuyên môn", 60],
  ["1", "Hoàn thành chỉ tiêu, kế hoạch công tác năm", 30],
  ["1.1", "Hoàn thành các chỉ tiêu được giao", 15],
  ["1.2", "Chất lượng, hiệu quả công việc", 15],
  ["2", "Cải cách hành chính, chuyển đổi số", 15],
  ["3", "Thực hiện chế độ thông tin, báo cáo", 15],
  ["a", "Báo cáo đúng hạn", 5],
  ["b", "Báo cáo đầy đủ nội dung, số liệu chính xác", 10],
  ["II", "Xây dựng Đảng, chính quyền, đoàn thể", 25],
  ["1", "Công tác xây dựng Đảng", 10],
  ["2", "Hoạt động của Công đoàn, Đoàn Thanh niên", 10],
  ["3", "Phòng, chống tham nhũng, lãng phí", 5],
  ["III", "Công tác thi đua, khen thưởng", 15],
  ["1", "Tổ chức phát động phong trào thi đua", 5],
  ["2", "Tham gia hoạt động chung của khối", 10],
  ["IV", "Điểm thưởng", 5],
  ["1", "Được Thủ tướng Chính phủ, Bộ, ngành khen thưởng", 3],
  ["2", "Có sáng kiến, mô hình hay được công nhận", 2],
  ["V", "Điểm trừ", 10],
  ["1", "Chậm nộp báo cáo theo quy định", 2],
  ["2", "Có cán bộ, công chức bị kỷ luật", 5],
  ["3", "Không tham gia hoạt động của khối", 3],
];

/** Position keys of the rows, as the criteria reader computes them. */
export const SAMPLE_KEYS: readonly string[] = [
  "I",
  "I.1",
  "I.1.1",
  "I.1.2",
  "I.2",
  "I.3",
  "I.3.a",
  "I.3.b",
  "II",
  "II.1",
  "II.2",
  "II.3",
  "III",
  "III.1",
  "III.2",
  "IV",
  "IV.1",
  "IV.2",
  "V",
  "V.1",
  "V.2",
  "V.3",
];

/** Leaf keys in table order: the ten normal leaves, then two bonus and three deduction leaves. */
export const SAMPLE_LEAVES: readonly string[] = SAMPLE_KEYS.filter(
  (key) => !SAMPLE_KEYS.some((other) => other.startsWith(`${key}.`)),
);

export const maxOf = (key: string): number => SAMPLE_CRITERIA[SAMPLE_KEYS.indexOf(key)]?.[2] ?? 0;

/** The criteria sheet: title rows, the header, the rows and a total row. */
export function criteriaSheet(blocName: string, year: number): CellValue[][] {
  return rectangle([
    [blocName.toUpperCase(), "", ""],
    [`BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM ${year}`, "", ""],
    ["", "", ""],
    ["STT", "Nội dung tiêu chí", "Điểm chuẩn"],
    ...SAMPLE_CRITERIA.map(([code, text, max]): CellValue[] => [code, text, max]),
    ["", "Tổng cộng", 100],
  ]);
}
