import type { WorkbookInput } from "../../src/engine/workbook";
import { decreeBloc, type DecreeUnit } from "./decreeBloc";
import { grid } from "./grid";

export const FLAG = "Cờ thi đua của UBND tỉnh";
export const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

/** Sở Tư pháp and Sở Nội vụ tie at 95 for the one flag; Sở Tài chính and Sở Xây dựng follow. */
export const TIED_UNITS: DecreeUnit[] = [
  { name: "Sở Tư pháp", i: 57, ii: 38 },
  { name: "Sở Nội vụ", i: 57, ii: 38 },
  { name: "Sở Tài chính", i: 55, ii: 36 },
  { name: "Sở Xây dựng", i: 54, ii: 36 },
];

/** The tied bloc with the ballot results typed back (as the outputs write them): Sở Nội vụ 62.5 %, Sở Tư pháp 37.5 %. */
export function settledBloc(): WorkbookInput {
  const bloc = decreeBloc(TIED_UNITS);
  const values = grid({
    A1: "PHIẾU BẦU",
    A20: "KẾT QUẢ BỎ PHIẾU",
    A21: [
      ["Hình thức", "Đơn vị", "Tỷ lệ phiếu (%)", "Ghi chú"],
      [FLAG, "Sở Tư pháp", 37.5],
      [FLAG, "Sở Nội vụ", 62.5],
    ],
  });
  return { sheets: [...bloc.sheets, { name: "Phiếu bầu", values, owner: "ballot" }] };
}

/** The tied bloc with the roster's vote shares (Sở Nội vụ 90 %, Sở Tư pháp 80 %): they part the tie. */
export function votesPartedBloc(): WorkbookInput {
  const bloc = decreeBloc(TIED_UNITS);
  const shares: Record<string, string> = { "Sở Tư pháp": "80%", "Sở Nội vụ": "90%" };
  const roster = bloc.sheets.find((sheet) => sheet.name === "Đơn vị")!;
  roster.values = roster.values.map((row, r) => [
    ...row,
    r === 0 ? "Tỷ lệ phiếu" : (shares[String(row[0])] ?? ""),
  ]);
  return bloc;
}
