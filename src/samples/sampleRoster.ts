import type { CellValue } from "../engine/workbook";

/** A member unit of a sample bloc. */
export interface SampleUnit {
  name: string;
  short: string;
  role?: "Trưởng khối" | "Phó khối";
  ineligible?: string;
  voteShare?: number;
}

/** The units roster sheet (DESIGN §2.3): its order is the rotation order. */
export function rosterSheet(units: readonly SampleUnit[]): CellValue[][] {
  return [
    ["DANH SÁCH ĐƠN VỊ THÀNH VIÊN", "", "", "", "", ""],
    ["STT", "Tên đơn vị", "Tên viết tắt", "Vai trò", "Kỷ luật", "Tỷ lệ phiếu"],
    ...units.map((unit, i): CellValue[] => [
      i + 1,
      unit.name,
      unit.short,
      unit.role ?? "Thành viên",
      unit.ineligible ?? "Không",
      unit.voteShare ?? "",
    ]),
  ];
}
