import { label } from "../../strings/outputLabels";
import { a1 } from "../address";
import { hasNormalPoints } from "../criteria/resolveMaxima";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { toNumber, ZERO } from "../decimal";
import { CLASSIFICATION_NAMES } from "../settings/classificationNames";
import { addProvisionalBanner } from "./banner";
import type { DetailsMap } from "./detailsLayout";
import { fitRowHeights } from "./fitRowHeights";
import { inDocumentFont } from "./inDocumentFont";
import { printScale } from "./printScale";
import { DEFAULT_FONT_SIZE, textColumns } from "./textFit";
import { crossRef, decimalsFormat } from "./formulaRefs";
import { rankingNotes } from "./rankingNotes";
import { A4_PORTRAIT, type FormatRange, type LayoutValue, type SheetLayout } from "./sheetLayout";

// Long names and notes wrap within their columns, so that the sheet prints on one landscape A4 page width
// at a readable size; the classification takes one line where that leaves the text at 8 pt or more, two
// otherwise, and never touches the self total beside it (it is centred).
const UNIT_WIDTH = 28;
const GROUP_WIDTH = 12;
const CLASSIFICATION_WIDTH = { max: 30, wrapped: 18 };
const NOTES_WIDTH = 30;
const MIN_PRINT_POINTS = 8;
const PRINT = {
  ...A4_PORTRAIT,
  orientation: "landscape" as const,
  margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
};

function columnWidths(groups: number, classifications: readonly string[]): number[] {
  const widths = (classification: number): number[] => [
    7,
    UNIT_WIDTH,
    ...Array<number>(groups).fill(GROUP_WIDTH),
    10,
    10,
    11,
    10,
    classification,
    NOTES_WIDTH,
  ];
  // Two characters more than the longest text: it never touches the self total or the notes beside it.
  const longest = Math.max(10, ...classifications.map((text) => Math.ceil(textColumns(text)) + 2));
  const oneLine = widths(Math.min(CLASSIFICATION_WIDTH.max, longest));
  const scale = printScale({ columnWidths: oneLine, print: PRINT });
  return scale * DEFAULT_FONT_SIZE >= MIN_PRINT_POINTS ? oneLine : widths(CLASSIFICATION_WIDTH.wrapped);
}

/**
 * "Xếp hạng": bloc, year and scale, then Hạng | Đơn vị | one column per top-level group | Điểm thưởng |
 * Điểm trừ | Tổng điểm | Tự chấm | Xếp loại | Ghi chú. Group, bonus, deduction and total cells are live
 * formulas over the details sheet; ranks, self totals and classifications are the engine's values.
 */
export function rankingLayout(
  result: BlocResult,
  lang: Lang,
  name: string,
  details: DetailsMap,
): SheetLayout {
  const groups = result.criteria?.roots.filter(hasNormalPoints) ?? [];
  const header = [
    label(lang, "rank"),
    label(lang, "unit"),
    ...groups.map((group) => `${group.code}. ${group.name}`),
    label(lang, "bonus"),
    label(lang, "penalty"),
    label(lang, "total"),
    label(lang, "selfTotal"),
    label(lang, "classification"),
    label(lang, "notes"),
  ];
  const width = header.length;
  const values: LayoutValue[][] = [];
  const formats: FormatRange[] = [];
  const merges: string[] = [];
  addProvisionalBanner(result, lang, width, { values, merges, formats });
  const { settings } = result;
  const titleRow = values.length;
  values.push([label(lang, "rankingTitle", { year: settings.year })]);
  merges.push(`${a1(titleRow, 0)}:${a1(titleRow, width - 1)}`);
  formats.push({ range: a1(titleRow, 0), format: { bold: true, fontSize: 14, horizontal: "center" } });
  const blocRow = values.length;
  values.push([`${label(lang, "bloc", {}, settings.kind)}: ${settings.blocName}`.trim()]);
  merges.push(`${a1(blocRow, 0)}:${a1(blocRow, width - 1)}`);
  values.push([
    `${label(lang, "year")}: ${settings.year}`,
    null,
    `${label(lang, "scale")}: ${settings.scale}`,
  ]);
  merges.push(
    `${a1(blocRow + 1, 0)}:${a1(blocRow + 1, 1)}`,
    `${a1(blocRow + 1, 2)}:${a1(blocRow + 1, width - 1)}`,
  );
  formats.push({ range: `${a1(blocRow, 0)}:${a1(blocRow + 1, width - 1)}`, format: { wrap: true } });
  values.push([]);
  const headerRow = values.length;
  values.push(header);

  const detailCell = (unit: string, row: number) =>
    crossRef(details.sheet, row, details.unitCol.get(unit) ?? 0);
  for (const ranked of result.ranking) {
    const { unit } = ranked.result;
    const ref = (row: number, value: number): LayoutValue => ({ formula: detailCell(unit, row), value });
    values.push([
      ranked.rank,
      unit,
      ...groups.map((group) =>
        ref(details.criterionRow.get(group.key) ?? 0, toNumber(ranked.result.scores.get(group.key) ?? ZERO)),
      ),
      ref(details.bonusRow, toNumber(ranked.result.bonus)),
      ref(details.penaltyRow, toNumber(ranked.result.penalty)),
      ref(details.totalRow, toNumber(ranked.result.total)),
      ranked.result.selfTotal === null ? null : toNumber(ranked.result.selfTotal),
      CLASSIFICATION_NAMES[ranked.classification][lang],
      rankingNotes(ranked, result, lang) || null,
    ]);
  }
  const lastRow = Math.max(headerRow, values.length - 1);
  const totalCol = 2 + groups.length + 2;
  formats.push(
    {
      range: `${a1(headerRow, 0)}:${a1(headerRow, width - 1)}`,
      format: { bold: true, fill: "DDEBF7", wrap: true, horizontal: "center", vertical: "middle" },
    },
    {
      range: `${a1(headerRow, 0)}:${a1(lastRow, width - 1)}`,
      format: { border: "thin", vertical: "middle" },
    },
    {
      range: `${a1(headerRow + 1, 2)}:${a1(lastRow, totalCol + 1)}`,
      format: { numberFormat: decimalsFormat(settings.decimals) },
    },
    { range: `${a1(headerRow + 1, totalCol)}:${a1(lastRow, totalCol)}`, format: { bold: true } },
    { range: `${a1(headerRow + 1, 0)}:${a1(lastRow, 0)}`, format: { horizontal: "center" } },
    { range: `${a1(headerRow + 1, width - 1)}:${a1(lastRow, width - 1)}`, format: { wrap: true } },
    {
      range: `${a1(headerRow + 1, width - 2)}:${a1(lastRow, width - 2)}`,
      format: { wrap: true, horizontal: "center" },
    },
    { range: `${a1(headerRow + 1, 1)}:${a1(lastRow, 1)}`, format: { wrap: true } },
  );
  const chartTop = lastRow + 2;
  return fitRowHeights(
    inDocumentFont({
      kind: "ranking",
      name,
      values,
      formats,
      merges,
      columnWidths: columnWidths(
        groups.length,
        result.ranking.map((ranked) => CLASSIFICATION_NAMES[ranked.classification][lang]),
      ),
      // The header's height is its longest wrapped title's, at least three lines.
      rowHeights: [{ row: headerRow + 1, height: 48 }],
      freeze: { rows: headerRow + 1, columns: 2 },
      print: { ...PRINT, printTitleRows: `${headerRow + 1}:${headerRow + 1}` },
      links: [],
      chart:
        result.ranking.length > 0
          ? {
              title: label(lang, "chartTitle"),
              categories: `${a1(headerRow + 1, 1)}:${a1(lastRow, 1)}`,
              values: `${a1(headerRow + 1, totalCol)}:${a1(lastRow, totalCol)}`,
              from: a1(chartTop, 1),
              to: a1(chartTop + 18, Math.min(width - 1, 8)),
            }
          : null,
      tabColor: "2F75B5",
    }),
  );
}
