import { label } from "../../strings/outputLabels";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { a1 } from "../address";
import type { CellFormat, FormatRange, LayoutValue } from "./sheetLayout";

/** How the provisional banner looks on every output sheet: impossible to miss, printed too. */
export const BANNER_FORMAT: CellFormat = {
  bold: true,
  fontColor: "9C0006",
  fill: "FFC7CE",
  horizontal: "center",
  wrap: true,
};

/**
 * The "TẠM TÍNH — N lỗi dữ liệu" banner row for a provisional result (null when there are no errors):
 * its values across `width` columns from A, its merge and format, for the layout to put at the given row.
 */
export function provisionalBanner(
  result: BlocResult,
  lang: Lang,
  row: number,
  width: number,
): { values: LayoutValue[]; merge: string; format: FormatRange } | null {
  if (!result.provisional) return null;
  const errors = result.issues.filter((issue) => issue.severity === "error").length;
  const range = `${a1(row, 0)}:${a1(row, Math.max(0, width - 1))}`;
  const values: LayoutValue[] = [
    label(lang, "provisional", { n: errors }),
    ...Array<LayoutValue>(Math.max(0, width - 1)).fill(null),
  ];
  return { values, merge: range, format: { range, format: BANNER_FORMAT } };
}
