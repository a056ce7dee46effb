import type { CellValue, WorkbookInput } from "../../src/engine/workbook";

/** A unit of decreeBloc: its roster cells and its two group scores (I of 60, II of 40). */
export interface DecreeUnit {
  name: string;
  short?: string;
  role?: string;
  /** The Đang xem xét cell. */
  review?: string;
  /** The Tỷ lệ nữ (%) cell. */
  women?: CellValue;
  i: number;
  ii: number;
}

/**
 * A small bloc workbook for the Decree 152/2025 rules: a matrix (groups I of 60 and II of 40, one criterion
 * each), a roster with Đang xem xét and Tỷ lệ nữ (%) columns, and a settings sheet holding `settings` rows
 * (none: no settings sheet).
 */
export function decreeBloc(units: readonly DecreeUnit[], settings: CellValue[][] = []): WorkbookInput {
  const matrix: CellValue[][] = [
    ["STT", "Nội dung", "Điểm chuẩn", ...units.map((u) => u.name)],
    ["I", "Chuyên môn", 60, ...units.map(() => "")],
    [1, "Nhiệm vụ chuyên môn", 60, ...units.map((u) => u.i)],
    ["II", "Công tác khác", 40, ...units.map(() => "")],
    [1, "Phong trào", 40, ...units.map((u) => u.ii)],
  ];
  const roster: CellValue[][] = [
    ["Tên đơn vị", "Tên viết tắt", "Vai trò", "Đang xem xét", "Tỷ lệ nữ (%)"],
    ...units.map((u) => [u.name, u.short ?? "", u.role ?? "", u.review ?? "", u.women ?? ""]),
  ];
  const sheets = [
    { name: "Tổng hợp", values: matrix },
    { name: "Đơn vị", values: roster },
  ];
  if (settings.length > 0) sheets.push({ name: "Cấu hình", values: settings });
  return { sheets };
}
