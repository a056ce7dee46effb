import type { CellValue, WorkbookInput } from "../engine/workbook";
import { rectangle } from "./rectangle";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
// Quarter and half points keep every sum exact in binary, so the figures stay comparable run to run.
const LEAF_MAXIMA = [0.25, 0.25, 0.5];

/**
 * A generated bloc for size and speed checks: `units` units × `groups` groups of `perGroup` scored criteria,
 * in the matrix layout (a unit name over Tự chấm | Khối chấm), with a roster. Valid data: no error issue.
 */
export function generatedBloc(units = 200, groups = 10, perGroup = 30): WorkbookInput {
  const names = Array.from({ length: units }, (_, u) => `Đơn vị thành viên số ${u + 1}`);
  const header: CellValue[] = ["STT", "Nội dung", "Điểm chuẩn", ...names.flatMap((n) => [n, ""])];
  const sub: CellValue[] = ["", "", "", ...names.flatMap(() => ["Tự chấm", "Khối chấm"])];
  const rows: CellValue[][] = [];
  for (let g = 0; g < groups; g++) {
    const maxima = Array.from({ length: perGroup }, (_, c) => LEAF_MAXIMA[c % LEAF_MAXIMA.length] ?? 1);
    rows.push([ROMAN[g] ?? String.fromCharCode(65 + g), `Nhóm ${g + 1}`, maxima.reduce((a, b) => a + b, 0)]);
    maxima.forEach((max, c) =>
      rows.push([
        c + 1,
        `Tiêu chí ${g + 1}.${c + 1}`,
        max,
        ...names.flatMap((_, u) => [max, (u + c) % 4 === 0 ? max - 0.25 : max]),
      ]),
    );
  }
  const roster: CellValue[][] = [
    ["Tên đơn vị", "Vai trò"],
    ...names.map((n, i): CellValue[] => [n, i === 0 ? "Trưởng khối" : "Thành viên"]),
  ];
  return {
    sheets: [
      { name: "Tổng hợp", values: rectangle([["BẢNG TỔNG HỢP"], [], header, sub, ...rows]) },
      { name: "Đơn vị", values: roster },
    ],
  };
}
