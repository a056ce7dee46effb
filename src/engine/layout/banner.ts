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

/** The parts of a sheet being laid out that the banner goes into. */
export interface BannerTarget {
  values: LayoutValue[][];
  merges: string[];
  formats: FormatRange[];
}

/**
 * Adds the "TẠM TÍNH — N lỗi dữ liệu" banner of a provisional result (nothing when there are no errors) as
 * the next row of a sheet, merged across its `width` columns.
 */
export function addProvisionalBanner(
  result: BlocResult,
  lang: Lang,
  width: number,
  sheet: BannerTarget,
): void {
  if (!result.provisional) return;
  const row = sheet.values.length;
  const errors = result.issues.filter((issue) => issue.severity === "error").length;
  const range = `${a1(row, 0)}:${a1(row, Math.max(0, width - 1))}`;
  sheet.values.push([
    label(lang, "provisional", { n: errors }),
    ...Array<LayoutValue>(Math.max(0, width - 1)).fill(null),
  ]);
  sheet.merges.push(range);
  sheet.formats.push({ range, format: BANNER_FORMAT });
}
