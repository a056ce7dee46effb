import type { CellValue, WorkbookInput } from "../../src/engine/workbook";

/** A generated bloc of `units` units × groups of leaf criteria, in the matrix layout (as scripts/bench.ts). */
export function bigBloc(units = 200, groups = 4, perGroup = 10): WorkbookInput {
  const names = Array.from({ length: units }, (_, u) => `Đơn vị thành viên số ${u + 1}`);
  const header: CellValue[] = ["STT", "Nội dung", "Điểm chuẩn", ...names.flatMap((n) => [n, ""])];
  const sub: CellValue[] = ["", "", "", ...names.flatMap(() => ["Tự chấm", "Khối chấm"])];
  const rows: CellValue[][] = [];
  for (let g = 0; g < groups; g++) {
    rows.push([
      ["I", "II", "III", "IV", "V", "VI"][g]!,
      `Nhóm ${g + 1}`,
      10,
      ...names.flatMap(() => ["", ""]),
    ]);
    for (let c = 1; c <= perGroup; c++) {
      const max = 1;
      rows.push([
        c,
        `Tiêu chí ${g + 1}.${c}`,
        max,
        ...names.flatMap((_, u) => [max, (u + c) % 4 === 0 ? 0.5 : max]),
      ]);
    }
  }
  const roster: CellValue[][] = [
    ["Tên đơn vị", "Vai trò"],
    ...names.map((n, i): CellValue[] => [n, i === 0 ? "Trưởng khối" : "Thành viên"]),
  ];
  return {
    sheets: [
      { name: "Tổng hợp", values: [["BẢNG TỔNG HỢP"], [], header, sub, ...rows] },
      { name: "Đơn vị", values: roster },
    ],
  };
}
