/**
 * The output sheets as data (DESIGN §3, §6): each adapter (Office.js, ExcelJS) applies a layout in its own
 * way — one layout, two hosts. Nothing here touches a host.
 */

/**
 * Which output a sheet is; also the suffix of its ownership mark. A settings sheet and a unit's
 * self-assessment form (`form`) are written once and are the user's from then on: never marked, never replaced.
 */
export type OutputKind =
  "ranking" | "details" | "proposals" | "dataCheck" | "memo" | "minutes" | "ballot" | "settings" | "form";

/** Whether sheets of this kind carry our ownership mark and are replaced by the next run. */
export function isOwnedKind(kind: OutputKind): boolean {
  return kind !== "settings" && kind !== "form";
}

/**
 * A cell to write. A string is always written as text — never as a formula, whatever it starts with
 * (`=`, `+`, `-`, `@`). A formula is A1-style with English function names and no leading `=`; `value` is
 * the engine's result, written as the cached value and checked against the host's recalculation.
 */
export type LayoutValue = string | number | boolean | null | { formula: string; value: number | string };

/** Formatting applied to every cell of a range. Colours are hex `RRGGBB`. */
export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** The font's name (`Times New Roman` on the printed documents, Decree 30/2020). */
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  numberFormat?: string;
  /** A thin or medium border on every edge of every cell in the range. */
  border?: "thin" | "medium";
  /**
   * A border under the range only (its bottom edge): the rule under the issuing body and the motto of an
   * administrative document, as long as the cell it underlines, and the lines of a form to fill in by hand.
   */
  bottomBorder?: "thin" | "medium";
}

/** Format ranges may overlap: adapters apply them in order, each adding to (not replacing) what is there. */
export interface FormatRange {
  /** A1 range on the same sheet: `A1`, `A5:H14`. */
  range: string;
  format: CellFormat;
}

/** Page setup for printing (A4 in the Vietnamese administrative style for the proposal). */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Fit all columns on one page width. */
  fitToWidth: boolean;
  /** Margins in inches. */
  margins: { top: number; bottom: number; left: number; right: number };
  /** Rows repeated at the top of every printed page, e.g. `5:5`. */
  printTitleRows: string | null;
  /**
   * Columns repeated at the left of every printed page, e.g. `A:B`, for a sheet too wide for one page that
   * prints across several rather than shrinking (the score details of a large bloc); none when absent.
   */
  printTitleColumns?: string | null;
  horizontalCentered: boolean;
  /**
   * Page numbers printed centred in the page header: on every page, or from the second page on (Decree
   * 30/2020: the first page of a document carries none); none when absent or null.
   */
  pageNumbers?: "all" | "fromSecond" | null;
}

/** A link from a cell to a cell of another sheet (the data check's "Ô" column). */
export interface CellLink {
  cell: string;
  sheet: string;
  target: string;
}

/** A bar chart of totals, where the host supports charts. Ranges are on the same sheet. */
export interface ChartSpec {
  title: string;
  categories: string;
  values: string;
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

/**
 * A rule the host enforces when a value is typed into the range: a number from `min` to `max` inclusive,
 * refused with `error` otherwise (Excel's "Stop" alert; LibreOffice likewise). `prompt` shows when a cell of
 * the range is selected.
 */
export interface CellValidation {
  range: string;
  min: number;
  max: number;
  errorTitle: string;
  error: string;
  prompt: string | null;
}

/** Sheet protection without a password: every cell locked except the `unlocked` ranges. */
export interface SheetProtection {
  unlocked: string[];
}

/** One output sheet, complete. */
export interface SheetLayout {
  kind: OutputKind;
  /** The sheet's name, already checked against Excel's rules and the workbook's other sheets. */
  name: string;
  /** Cell values from A1, row by row. */
  values: LayoutValue[][];
  formats: FormatRange[];
  merges: string[];
  /** Column widths in Excel character units, column A first. */
  columnWidths: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: { row: number; height: number }[];
  freeze: { rows: number; columns: number } | null;
  print: PrintSetup;
  links: CellLink[];
  chart: ChartSpec | null;
  tabColor: string | null;
  /** Data validation, where the host supports it (a form's score cells); none when absent. */
  validations?: CellValidation[];
  /** Protect the sheet, where the host supports it, leaving only these ranges editable. */
  protection?: SheetProtection | null;
  /** Rows (1-based) before which a printed page breaks: each ballot paper on a page of its own; none when absent. */
  pageBreaks?: number[];
}

/** A sheet already in the workbook, and the output it was made as (from its ownership mark), if any. */
export interface ExistingSheet {
  name: string;
  owner: OutputKind | null;
}

/**
 * The ownership mark of an output sheet: a workbook-level defined name pointing at the sheet's A1. It
 * survives save and reopen in Excel and LibreOffice and follows the sheet when it is renamed, so a re-run
 * replaces only its own sheets; a user's sheet of the same name carries no mark and is never touched.
 */
export function ownershipName(kind: OutputKind): string {
  return `BlocScoring.Output.${kind}`;
}

/** The output kind an ownership name stands for, or null for any other name. */
export function ownerOf(definedName: string): OutputKind | null {
  const match =
    /^BlocScoring\.Output\.(ranking|details|proposals|dataCheck|memo|minutes|ballot|settings)$/.exec(
      definedName,
    );
  return (match?.[1] as OutputKind | undefined) ?? null;
}

export const A4_PORTRAIT: PrintSetup = {
  orientation: "portrait",
  paperSize: "A4",
  fitToWidth: true,
  margins: { top: 0.6, bottom: 0.6, left: 0.8, right: 0.5 },
  printTitleRows: null,
  horizontalCentered: true,
};

/** Millimetres to the inches a print setup takes. */
const mm = (millimetres: number): number => Math.round((millimetres / 25.4) * 1000) / 1000;

/**
 * A4 portrait as Decree 30/2020/NĐ-CP sets an administrative document: margins top and bottom 20 mm, left
 * 30 mm, right 15 mm (the lower ends of its ranges, leaving the widest text), page numbers from page 2.
 */
export const DECREE30_PORTRAIT: PrintSetup = {
  orientation: "portrait",
  paperSize: "A4",
  fitToWidth: true,
  margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
  printTitleRows: null,
  horizontalCentered: false,
  pageNumbers: "fromSecond",
};

/** The font of every printed document (Decree 30/2020/NĐ-CP). */
export const DOCUMENT_FONT = "Times New Roman";
