import { a1 } from "../engine/address";
import { formatNumber } from "../engine/formatNumber";
import type { CellValue, SheetInput, WorkbookInput } from "../engine/workbook";
import { rectangle } from "./rectangle";

const CLUSTER = "Cụm thi đua số 4 - các xã phía Nam tỉnh Khánh Hòa";

// The communes exist from the reorganisation of 1 July 2025 (two-level local government), so the sample is
// for 2025 at the earliest whatever year it is asked for.
const FIRST_YEAR = 2025;

/** A criteria row: code, text, max (a number, a rate typed in the max cell, or "" when the text says it). */
type Row = [code: string, text: string, max: number | string];

// A commune cluster's table in the style of provincial regulations (Ninh Thuận 114/2017, Nghệ An 77/2025):
// three normal groups of 100 points in all, per-occurrence bonus and deductions.
const CRITERIA: readonly Row[] = [
  ["I", "Thực hiện nhiệm vụ phát triển kinh tế - xã hội", 40],
  ["1", "Hoàn thành các chỉ tiêu kinh tế - xã hội được giao", 20],
  ["2", "Thu ngân sách nhà nước trên địa bàn", 10],
  ["3", "Xây dựng nông thôn mới, chuyển đổi số", 10],
  ["II", "Quốc phòng, an ninh và xây dựng chính quyền", 30],
  ["1", "Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội", 10],
  ["2", "Cải cách hành chính, vận hành chính quyền địa phương hai cấp", 10],
  ["a", "Giải quyết thủ tục hành chính đúng hạn", 6],
  ["b", "Tiếp công dân, giải quyết khiếu nại, tố cáo", 4],
  ["3", "Xây dựng Đảng, Mặt trận Tổ quốc và các đoàn thể", 10],
  ["III", "Văn hóa - xã hội, thi đua khen thưởng", 30],
  ["1", "Giáo dục, y tế, an sinh xã hội", 15],
  ["2", "Tổ chức phong trào thi đua, khen thưởng", 10],
  ["3", "Tham gia hoạt động chung của Cụm", 5],
  ["IV", "Điểm thưởng", 5],
  ["1", "Sáng kiến, mô hình mới được cấp có thẩm quyền công nhận", "0,5đ/lần"],
  ["2", "Được Chủ tịch UBND tỉnh trở lên khen thưởng đột xuất", 2],
  ["V", "Điểm trừ", 10],
  ["1", "Chậm gửi báo cáo theo quy định", "0,5đ/lần"],
  ["2", "Có cán bộ, công chức bị kỷ luật: trừ 2 điểm/trường hợp, tối đa 6 điểm", ""],
];

// Rows that add up the rows under them (by SUM formula, as the templates do): index → child indices.
const PARENTS: ReadonlyMap<number, readonly number[]> = new Map([
  [0, [1, 2, 3]],
  [4, [5, 6, 9]],
  [6, [7, 8]],
  [10, [11, 12, 13]],
]);
const LEAVES = CRITERIA.map((_, i) => i).filter((i) => !PARENTS.has(i) && ![14, 17].includes(i));
const NORMAL_GROUPS = [0, 4, 10];

/** A score per leaf row: a number, a number typed as text ("9,5"), or "" (a blank deduction). */
type Scores = ReadonlyMap<number, CellValue>;

interface Commune {
  name: string;
  short: string;
  role: "Cụm trưởng" | "Cụm phó" | "Thành viên";
  underReview: string;
  votes: number;
  women: number;
  /** Points the cluster took off each normal leaf row; bonus and deduction points by row. */
  lost: Record<number, number>;
  extra: Record<number, number>;
  /** Cells typed as text with a decimal comma, by row: on the self column, or the cluster's. */
  selfText?: number[];
  clusterText?: number[];
}

// Seven communes in rotation order; Phước Hậu leads in 2025. Ninh Phước scores highest but is under
// inspection (Decree 152/2025 Art. 4(4)); Phước Dinh and Thuận Nam tie and the women's share separates
// them at the certificates' boundary; Cà Ná's total is excellent but group II misses its floor.
const COMMUNES: readonly Commune[] = [
  {
    name: "Xã Phước Hậu",
    short: "PHậu",
    role: "Cụm trưởng",
    underReview: "",
    votes: 92,
    women: 45,
    lost: { 1: 1, 7: 0.5, 11: 1, 12: 0.5 },
    extra: { 15: 1 },
  },
  {
    name: "Xã Phước Hữu",
    short: "PHữu",
    role: "Cụm phó",
    underReview: "",
    votes: 88,
    women: 52,
    lost: { 1: 1.5, 2: 0.5, 9: 1, 11: 1 },
    extra: { 15: 0.5 },
    selfText: [2],
  },
  {
    name: "Xã Ninh Phước",
    short: "NP",
    role: "Thành viên",
    underReview: "Đang thanh tra việc quản lý đất đai",
    votes: 90,
    women: 50,
    lost: { 1: 0.5, 11: 1 },
    extra: { 15: 1.5 },
  },
  {
    name: "Xã Phước Dinh",
    short: "PD",
    role: "Thành viên",
    underReview: "",
    votes: 85,
    women: 75,
    lost: { 1: 2, 5: 1, 11: 1, 12: 1 },
    extra: { 18: 0.5 },
  },
  {
    name: "Xã Thuận Nam",
    short: "TN",
    role: "Thành viên",
    underReview: "",
    votes: 85,
    women: 60,
    lost: { 1: 1, 3: 1, 8: 1, 11: 2 },
    extra: { 18: 0.5 },
  },
  {
    name: "Xã Cà Ná",
    short: "CN",
    role: "Thành viên",
    underReview: "",
    votes: 80,
    women: 48,
    lost: { 5: 3, 7: 2.5, 9: 2.5 },
    extra: { 19: 2 },
    clusterText: [9],
  },
  {
    name: "Xã Phước Hà",
    short: "PHà",
    role: "Thành viên",
    underReview: "",
    votes: 72,
    women: 55,
    lost: { 1: 4, 2: 2, 5: 2, 11: 2, 12: 2 },
    extra: {},
  },
];

const maxOf = (i: number): number => {
  const max = CRITERIA[i]?.[2];
  return typeof max === "number" ? max : 0;
};
const isNormal = (i: number): boolean => i < 14;

// The cluster's scores, and the commune's own: the same, but the first point it lost it gave itself.
function scoresOf(commune: Commune, own: boolean): Scores {
  const firstLost = Number(Object.keys(commune.lost)[0]);
  const text = new Set(own ? (commune.selfText ?? []) : (commune.clusterText ?? []));
  const scores = new Map<number, CellValue>();
  for (const i of LEAVES) {
    const lost = own && i === firstLost ? 0 : (commune.lost[i] ?? 0);
    const value = isNormal(i) ? maxOf(i) - lost : (commune.extra[i] ?? "");
    scores.set(i, typeof value === "number" && text.has(i) ? formatNumber(value, "vi") : value);
  }
  return scores;
}

/** A sheet's rows and its formula cells, built together so that every formula points at its own rows. */
class SheetBuilder {
  readonly rows: CellValue[][] = [];
  readonly formulas = new Map<string, string>();

  add(row: CellValue[]): number {
    this.rows.push(row);
    return this.rows.length - 1;
  }

  /** Puts `=SUM(…)` of the given rows of a column in a cell, with what Excel computes: text is skipped. */
  sum(row: number, col: number, of: readonly number[]): void {
    const refs = contiguous(of)
      ? `${a1(of[0]!, col)}:${a1(of[of.length - 1]!, col)}`
      : of.map((r) => a1(r, col)).join(",");
    this.formula(row, col, `=SUM(${refs})`, of);
  }

  formula(row: number, col: number, text: string, of: readonly number[], signs?: readonly number[]): void {
    const value = of.reduce((total, r, k) => {
      const cell = this.rows[r]?.[col];
      return typeof cell === "number" ? total + (signs?.[k] ?? 1) * cell : total;
    }, 0);
    this.rows[row]![col] = Math.round(value * 1e6) / 1e6;
    this.formulas.set(a1(row, col), text);
  }

  sheet(name: string): SheetInput {
    return { name, values: rectangle(this.rows), formulas: this.formulas };
  }
}

const contiguous = (rows: readonly number[]): boolean =>
  rows.every((r, k) => k === 0 || r === rows[k - 1]! + 1);

// A row with a text at the left and one in the right half, as headings and signatures are laid out.
function halves(width: number): (left: string, text: string) => CellValue[] {
  const right = Math.max(3, width - 3);
  return (left, text) => {
    const row = Array<CellValue>(right + 1).fill("");
    row[0] = left;
    row[right] = text;
    return row;
  };
}

// What every provincial template has above its table: the issuing body and the national heading.
function heading(sheet: SheetBuilder, title: string, year: number, width: number): void {
  const line = halves(width);
  sheet.add(line("UBND TỈNH KHÁNH HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  sheet.add(line("CỤM THI ĐUA SỐ 4", "Độc lập - Tự do - Hạnh phúc"));
  sheet.add([]);
  sheet.add([`${title} NĂM ${year}`]);
  sheet.add(["(Kèm theo Quy chế hoạt động của Cụm thi đua số 4)"]);
  sheet.add([]);
}

// What follows the table: notes, the place and date, the signatures and the signers' names.
function closing(sheet: SheetBuilder, year: number, width: number): void {
  const line = halves(width);
  sheet.add([]);
  sheet.add(["Ghi chú: Điểm trừ ghi số dương; ô để trống là không bị trừ điểm."]);
  sheet.add(["* Điểm thưởng, điểm trừ tính theo số lần, không vượt mức tối đa của nhóm."]);
  sheet.add(line("", `Phước Hậu, ngày 15 tháng 12 năm ${year}`));
  sheet.add(line("NGƯỜI LẬP BIỂU", "TM. CỤM THI ĐUA SỐ 4"));
  sheet.add(line("", "CỤM TRƯỞNG"));
  sheet.add(line("(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"));
  sheet.add([]);
  sheet.add([]);
  sheet.add(line("Lê Thị Mai", "Nguyễn Văn Hùng"));
}

// The criteria table: column numbers under the header, group maxima as SUM formulas, a total row.
function criteriaSheet(year: number): SheetInput {
  const sheet = new SheetBuilder();
  heading(sheet, "BẢNG ĐIỂM CHẤM THI ĐUA", year, 4);
  sheet.add(["STT", "Nội dung tiêu chí", "Điểm chuẩn", "Ghi chú"]);
  sheet.add(["(1)", "(2)", "(3)", "(4)"]);
  const first = sheet.rows.length;
  for (const [code, text, max] of CRITERIA) sheet.add([code, text, PARENTS.has(first) ? "" : max, ""]);
  for (const [i, children] of [...PARENTS].reverse()) {
    sheet.sum(
      first + i,
      2,
      children.map((c) => first + c),
    );
  }
  const total = sheet.add(["Tổng cộng (I+II+III)", "", "", ""]);
  sheet.formula(
    total,
    2,
    `=${NORMAL_GROUPS.map((g) => a1(first + g, 2)).join("+")}`,
    NORMAL_GROUPS.map((g) => first + g),
  );
  closing(sheet, year, 4);
  return sheet.sheet("Bảng điểm");
}

// The cluster's summary: each commune's name merged over `Tự chấm | Cụm chấm`, column numbers, SUM
// subtotals on the group rows (Excel skips the scores typed as text), blank deductions, a total row.
function matrixSheet(year: number): SheetInput {
  const width = 3 + COMMUNES.length * 2;
  const sheet = new SheetBuilder();
  heading(sheet, "BẢNG TỔNG HỢP KẾT QUẢ TỰ CHẤM VÀ CỤM CHẤM ĐIỂM THI ĐUA", year, width);
  sheet.add(["STT", "Nội dung tiêu chí", "Điểm chuẩn", ...COMMUNES.flatMap((c) => [c.name, ""])]);
  sheet.add(["", "", "", ...COMMUNES.flatMap(() => ["Tự chấm", "Cụm chấm"])]);
  sheet.add(Array.from({ length: width }, (_, c) => `(${c + 1})`));
  const first = sheet.rows.length;
  const columns = COMMUNES.flatMap((commune) => [scoresOf(commune, true), scoresOf(commune, false)]);
  CRITERIA.forEach(([code, text, max], i) =>
    sheet.add([code, text, PARENTS.has(i) ? "" : max, ...columns.map((scores) => scores.get(i) ?? "")]),
  );
  for (let col = 2; col < width; col++) {
    for (const [i, children] of [...PARENTS].reverse()) {
      sheet.sum(
        first + i,
        col,
        children.map((c) => first + c),
      );
    }
  }
  // Tổng cộng = I + II + III + IV − V, the bonus and deduction rows added up as typed.
  const total = sheet.add(["Tổng cộng", "", ...Array<CellValue>(width - 2).fill("")]);
  const parts = [...NORMAL_GROUPS, 15, 16, 18, 19].map((r) => first + r);
  const signs = [1, 1, 1, 1, 1, -1, -1];
  sheet.formula(
    total,
    2,
    `=${NORMAL_GROUPS.map((g) => a1(first + g, 2)).join("+")}`,
    NORMAL_GROUPS.map((g) => first + g),
  );
  for (let col = 3; col < width; col++) {
    const text = parts.map((r, k) => `${k === 0 ? "" : signs[k]! < 0 ? "-" : "+"}${a1(r, col)}`).join("");
    sheet.formula(total, col, `=${text}`, parts, signs);
  }
  closing(sheet, year, width);
  return sheet.sheet("Tổng hợp");
}

function rosterSheet(): SheetInput {
  return {
    name: "Danh sách",
    values: rectangle([
      ["DANH SÁCH CÁC XÃ THÀNH VIÊN CỤM THI ĐUA SỐ 4"],
      [],
      [
        "STT",
        "Tên đơn vị",
        "Tên viết tắt",
        "Vai trò",
        "Kỷ luật",
        "Đang xem xét",
        "Tỷ lệ phiếu",
        "Tỷ lệ nữ (%)",
      ],
      ...COMMUNES.map((c, i): CellValue[] => [
        i + 1,
        c.name,
        c.short,
        c.role,
        "Không",
        c.underReview,
        `${c.votes}%`,
        c.women,
      ]),
    ]),
  };
}

function settingsSheet(year: number): SheetInput {
  return {
    name: "Cấu hình",
    values: rectangle([
      ["Tham số", "Giá trị"],
      ["Tên cụm", CLUSTER],
      ["Năm", year],
      ["Tiêu chí phụ", "nhóm I; điểm trừ; điểm thưởng; tỷ lệ nữ; phiếu"],
      ["Ngưỡng từng nhóm", "85; 80; 70"],
      ["Địa danh", "Phước Hậu"],
      ["Người ký", "Cụm trưởng: Nguyễn Văn Hùng; Thư ký: Lê Thị Mai"],
    ]),
  };
}

/**
 * A cluster of seven communes laid out as a provincial template is: issuing body and national heading
 * above each table, column numbers under the headers, SUM subtotals, decimal commas typed as text, blank
 * deductions, per-occurrence rates, a signature block below; a roster with Cụm trưởng / Cụm phó, a unit
 * under inspection and women's shares; settings with group floors and the women's-share tie-break.
 */
export function communeCluster(year = FIRST_YEAR): WorkbookInput {
  const y = Math.max(year, FIRST_YEAR);
  return { sheets: [criteriaSheet(y), rosterSheet(), matrixSheet(y), settingsSheet(y)] };
}
