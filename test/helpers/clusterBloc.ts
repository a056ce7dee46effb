import { partyBloc } from "../../src/samples/partyBloc";
import type { CellValue, WorkbookInput } from "../../src/engine/workbook";

/** What to change in the Party sample (9 units, roster in rotation order) to make it a cluster or not. */
export interface ClusterChanges {
  /** Tên khối on the settings sheet; blank leaves it out. */
  name: string;
  /** The `Loại` value cell, or no such row. */
  kind?: CellValue;
  /** Vai trò by unit name; every other unit is a Thành viên. */
  roles: Readonly<Record<string, string>>;
}

/**
 * The Party sample (src/samples/partyBloc.ts) for 2024 with its settings sheet rewritten (Tên khối, Năm, and
 * optionally Loại in B3) and its roster's Vai trò column (D) replaced by `roles`.
 */
export function clusterBloc({ name, kind, roles }: ClusterChanges): WorkbookInput {
  const base = partyBloc(2024);
  const settings: CellValue[][] = [
    ["Tên khối", name],
    ["Năm", 2024],
  ];
  if (kind !== undefined) settings.push(["Loại", kind]);
  return {
    ...base,
    sheets: base.sheets.map((sheet) => {
      if (sheet.name === "Cấu hình") return { ...sheet, values: settings };
      if (sheet.name !== "Đơn vị") return sheet;
      const values = sheet.values.map((row, r) =>
        r < 2 ? row : row.map((cell, c) => (c === 3 ? (roles[String(row[1])] ?? "Thành viên") : cell)),
      );
      return { ...sheet, values };
    }),
  };
}
