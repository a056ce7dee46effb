import { label } from "../../strings/outputLabels";
import { a1 } from "../address";
import type { Criterion } from "../criteria/criterion";
import { topmost } from "../criteria/criterion";
import { hasNormalPoints } from "../criteria/resolveMaxima";
import type { BlocResult } from "../evaluateBloc";
import type { Lang } from "../lang";
import { toNumber, ZERO } from "../decimal";
import { normalizeLabel } from "../read/normalizeLabel";
import { addProvisionalBanner } from "./banner";
import { fitRowHeights } from "./fitRowHeights";
import { inDocumentFont } from "./inDocumentFont";
import { decimalsFormat } from "./formulaRefs";
import { printScale } from "./printScale";
import { sumOf } from "./sumOf";
import {
  A4_PORTRAIT,
  type FormatRange,
  type LayoutValue,
  type PrintSetup,
  type SheetLayout,
} from "./sheetLayout";
import { DEFAULT_FONT_SIZE } from "./textFit";

/** Where the details sheet keeps each unit's figures, for the ranking sheet's formulas. */
export interface DetailsMap {
  sheet: string;
  /** Column of each unit (ranking order). */
  unitCol: Map<string, number>;
  /** Row of each criterion key. */
  criterionRow: Map<string, number>;
  bonusRow: number;
  penaltyRow: number;
  totalRow: number;
}

const FIRST_UNIT_COL = 3;
const WIDTHS = { code: 7, criterion: 48, max: 9 };
// A unit's column: wide enough for its name wrapped on a few lines, or for a short name and the scores.
const UNIT_WIDTH = { full: 13, short: 10 };
/** The smallest text the details may print at, in points: below it a bloc's details are split across pages. */
export const MIN_PRINT_POINTS = 8;

/**
 * The details' print setup: landscape A4, the header rows repeated; fitted to one page width while that
 * keeps the text at MIN_PRINT_POINTS or more, otherwise printed at full size across as many pages as the
 * units need, each with the code, criterion and max columns repeated at its left.
 */
function detailsPrint(columnWidths: number[]): PrintSetup {
  const fitted: PrintSetup = { ...A4_PORTRAIT, orientation: "landscape" };
  if (printScale({ columnWidths, print: fitted }) * DEFAULT_FONT_SIZE >= MIN_PRINT_POINTS) return fitted;
  return { ...fitted, fitToWidth: false, horizontalCentered: false, printTitleColumns: "A:C" };
}

/**
 * "Chi tiết điểm": every criterion × unit final score, leaves as the numbers the engine used and every
 * parent, part and total as a live formula over them, so that the totals can be traced and recompute in
 * Excel or LibreOffice to exactly the engine's numbers (totals are ROUNDed as the engine rounds them).
 */
export function detailsLayout(
  result: BlocResult,
  lang: Lang,
  name: string,
): { layout: SheetLayout; map: DetailsMap } {
  const table = result.criteria;
  const units = result.ranking.map((ranked) => ranked.result);
  const width = FIRST_UNIT_COL + units.length;
  // The roster's short names head the unit columns where it gives them; a legend under the table names them.
  const rosterShort = new Map(
    result.roster?.units.map((entry) => [normalizeLabel(entry.name), entry.shortName.trim()]),
  );
  const shortOf = (unit: string): string => rosterShort.get(normalizeLabel(unit)) ?? "";
  const short = units.length > 0 && units.every((unit) => shortOf(unit.unit) !== "");
  const columnWidths = [
    WIDTHS.code,
    WIDTHS.criterion,
    WIDTHS.max,
    ...units.map(() => (short ? UNIT_WIDTH.short : UNIT_WIDTH.full)),
  ];
  const print = detailsPrint(columnWidths);
  // Printed across pages, the banner, title and bloc name take the repeated columns: on the first page whole.
  const across = print.fitToWidth ? width : FIRST_UNIT_COL;
  const values: LayoutValue[][] = [];
  const formats: FormatRange[] = [];
  const merges: string[] = [];
  addProvisionalBanner(result, lang, across, { values, merges, formats });
  const titleRow = values.length;
  values.push([
    label(lang, "detailsTitle", { year: result.settings.year }),
    ...Array<LayoutValue>(width - 1).fill(null),
  ]);
  merges.push(`${a1(titleRow, 0)}:${a1(titleRow, across - 1)}`);
  formats.push({ range: a1(titleRow, 0), format: { bold: true, fontSize: 13, horizontal: "center" } });
  values.push([result.settings.blocName || null]);
  merges.push(`${a1(titleRow + 1, 0)}:${a1(titleRow + 1, across - 1)}`);
  formats.push({ range: a1(titleRow + 1, 0), format: { wrap: true } });
  const headerRow = values.length;
  values.push([
    label(lang, "code"),
    label(lang, "criterion"),
    label(lang, "max"),
    ...units.map((u) => (short ? shortOf(u.unit) : u.unit)),
  ]);
  formats.push({
    range: `${a1(headerRow, 0)}:${a1(headerRow, width - 1)}`,
    format: {
      bold: true,
      fill: "DDEBF7",
      wrap: true,
      horizontal: "center",
      vertical: "middle",
      border: "thin",
    },
  });

  const criterionRow = new Map<string, number>();
  const all = table?.all ?? [];
  all.forEach((node, i) => criterionRow.set(node.key, headerRow + 1 + i));
  const placeOf = (node: Criterion, col: number) => ({ row: criterionRow.get(node.key) ?? 0, col });
  const cellOf = (node: Criterion, col: number): string => a1(criterionRow.get(node.key) ?? 0, col);
  const numberFormat = decimalsFormat(Math.max(result.settings.decimals, 2));
  for (const node of all) {
    const row: LayoutValue[] = [node.code, node.name, node.max];
    units.forEach((unit, u) => {
      const value = toNumber(unit.scores.get(node.key) ?? ZERO);
      if (node.children.length === 0) return row.push(value);
      const counted =
        node.kind === "normal" ? node.children.filter((child) => child.kind === "normal") : node.children;
      if (counted.length === 0) return row.push(value);
      const sum = sumOf(counted.map((child) => placeOf(child, FIRST_UNIT_COL + u)));
      row.push({ formula: node.max === null ? sum : `MIN(${sum},${node.max})`, value });
    });
    values.push(row);
    if (node.children.length > 0)
      formats.push({
        range: `${a1(values.length - 1, 0)}:${a1(values.length - 1, width - 1)}`,
        format: { bold: true },
      });
  }
  const lastCriterionRow = values.length - 1;

  // The parts of the total, per unit: normal groups (raw sum or weighted), bonus, deductions, rounded total.
  const scored = table?.roots.filter(hasNormalPoints) ?? [];
  const bonusNodes = topmost(table?.roots ?? [], "bonus");
  const penaltyNodes = topmost(table?.roots ?? [], "penalty");
  const parts = (nodes: Criterion[], col: number): string =>
    nodes.length ? sumOf(nodes.map((n) => placeOf(n, col))) : "0";
  const normalFormula = (col: number): string => {
    if (!table?.weighted) return parts(scored, col);
    const terms = scored.filter((root) => (root.max ?? 0) > 0 && root.weight !== null);
    const weights = terms.reduce((sum, root) => sum + (root.weight ?? 0), 0);
    if (weights === 0) return "0";
    return `${result.settings.scale}*(${terms.map((root) => `${root.weight}*${cellOf(root, col)}/${root.max}`).join("+")})/${weights}`;
  };
  const summary = [
    { key: "normalTotal" as const, formula: normalFormula, value: (i: number) => units[i]!.normal },
    {
      key: "bonus" as const,
      formula: (col: number) => parts(bonusNodes, col),
      value: (i: number) => units[i]!.bonus,
    },
    {
      key: "penalty" as const,
      formula: (col: number) => parts(penaltyNodes, col),
      value: (i: number) => units[i]!.penalty,
    },
  ];
  const firstSummary = values.length;
  for (const part of summary) {
    values.push([
      null,
      label(lang, part.key),
      null,
      ...units.map((_, i) => ({ formula: part.formula(FIRST_UNIT_COL + i), value: toNumber(part.value(i)) })),
    ]);
  }
  const [normalRow, bonusRow, penaltyRow] = [firstSummary, firstSummary + 1, firstSummary + 2];
  const totalRow = values.length;
  values.push([
    null,
    label(lang, "total"),
    null,
    ...units.map((unit, i) => {
      const col = FIRST_UNIT_COL + i;
      return {
        formula: `ROUND(${a1(normalRow, col)}+${a1(bonusRow, col)}-${a1(penaltyRow, col)},${result.settings.decimals})`,
        value: toNumber(unit.total),
      };
    }),
  ]);
  formats.push(
    {
      range: `${a1(headerRow + 1, 0)}:${a1(totalRow, width - 1)}`,
      format: { border: "thin", vertical: "top" },
    },
    { range: `${a1(headerRow + 1, 1)}:${a1(lastCriterionRow, 1)}`, format: { wrap: true } },
    { range: `${a1(headerRow + 1, 2)}:${a1(totalRow, width - 1)}`, format: { numberFormat } },
    {
      range: `${a1(totalRow, 0)}:${a1(totalRow, width - 1)}`,
      format: { bold: true, fill: "FFF2CC", numberFormat: decimalsFormat(result.settings.decimals) },
    },
    { range: `${a1(firstSummary, 0)}:${a1(penaltyRow, width - 1)}`, format: { italic: true } },
  );
  if (short) {
    // Under the table, one line per unit: the short name that heads its column and the roster's full name.
    const legend = values.push([]);
    values.push([null, label(lang, "shortNamesLegend")]);
    formats.push({ range: a1(legend, 1), format: { bold: true, wrap: true } });
    for (const unit of units) {
      const row =
        values.push([null, label(lang, "shortNameEntry", { short: shortOf(unit.unit), name: unit.unit })]) -
        1;
      merges.push(`${a1(row, 1)}:${a1(row, 2)}`);
    }
    formats.push({ range: `${a1(legend + 1, 1)}:${a1(values.length - 1, 2)}`, format: { wrap: true } });
  }
  const layout: SheetLayout = fitRowHeights(
    inDocumentFont({
      kind: "details",
      name,
      values,
      formats,
      merges,
      columnWidths,
      rowHeights: [{ row: headerRow + 1, height: 30 }],
      freeze: { rows: headerRow + 1, columns: FIRST_UNIT_COL },
      print: { ...print, printTitleRows: `${headerRow + 1}:${headerRow + 1}` },
      links: [],
      chart: null,
      tabColor: null,
    }),
  );
  const unitCol = new Map(units.map((unit, i) => [unit.unit, FIRST_UNIT_COL + i]));
  return { layout, map: { sheet: name, unitCol, criterionRow, bonusRow, penaltyRow, totalRow } };
}
