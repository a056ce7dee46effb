// The in-memory sheet behind the fake Office.js: cells with what Excel keeps of each, and the sheet's own
// structure (merges, widths, freeze panes, charts, page setup). Test-only; never shipped.
import type { CellValue } from "../../../src/engine/workbook";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface BorderState {
  style: string;
  weight: string;
}

export interface CellState {
  /** What `values` gives: the constant, or a formula's (uncalculated) result. */
  value: CellValue;
  /** The formula with its leading `=`, or null for a constant. */
  formula: string | null;
  /** The constant was entered with a leading apostrophe (Excel's quote prefix). */
  quotePrefix: boolean;
  numberFormat: string;
  font: {
    bold?: boolean;
    italic?: boolean;
    name?: string;
    size?: number;
    color?: string;
    underline?: string;
  };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Partial<Record<"top" | "bottom" | "left" | "right", BorderState>>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
  /** `format.protection.locked`; absent means locked, Excel's default for every cell. */
  locked?: boolean;
  /** The cell's data validation (ExcelApi 1.8), stored per cell as Excel applies a rule to every cell of a range. */
  validation?: ValidationState;
}

/** What `Range.dataValidation` holds for a cell: the rule as given, and the alert and prompt shown. */
export interface ValidationState {
  rule: Record<string, unknown> | null;
  errorAlert: { message: string; title: string; style: string; showAlert: boolean };
  prompt: { message: string; title: string; showPrompt: boolean };
  ignoreBlanks: boolean;
}

export interface ChartState {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  categories?: string;
  from?: string;
  to?: string;
}

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  centerHorizontally?: boolean;
  firstPageNumber?: number | "";
  printTitleRows?: string;
  printTitleColumns?: string;
  headersFooters?: HeadersFootersState;
}

/** The sections of one page's header and footer, as `Excel.HeaderFooter` names them. */
export type HeaderFooterSection =
  "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

/** `pageLayout.headersFooters` (ExcelApi 1.9): which pages differ (`state`), and each kind of page's texts. */
export interface HeadersFootersState {
  state?: string;
  useSheetMargins?: boolean;
  useSheetScale?: boolean;
  pages: Partial<
    Record<
      "defaultForAllPages" | "firstPage" | "evenPages" | "oddPages",
      Partial<Record<HeaderFooterSection, string>>
    >
  >;
}

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

let nextId = 1;

export class SheetModel {
  readonly id = `{sheet-${nextId++}}`;
  name: string;
  deleted = false;
  /** `Worksheet.visibility`: a VeryHidden sheet shows nowhere in Excel's UI; only the API unhides it. */
  visibility: SheetVisibility = "Visible";
  protected = false;
  /** The options the sheet was protected with (`allowFormatColumns`…); empty when unprotected. */
  protectionOptions: Record<string, unknown> = {};
  /** The range selected on this sheet, which Excel remembers per sheet (A1 until something is selected). */
  selection: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
  readonly cells = new Map<string, CellState>();
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  freeze: { rows: number; columns: number } | null = null;
  tabColor = "";
  readonly charts: ChartState[] = [];
  readonly pageLayout: PageLayoutState = {};

  constructor(name: string) {
    this.name = name;
  }

  cell(row: number, col: number): CellState {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, quotePrefix: false, numberFormat: "General", font: {}, borders: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  peek(row: number, col: number): CellState | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The used range: cells holding a value or formula (valuesOnly), or anything at all. */
  usedRect(valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [key, cell] of this.cells) {
      const holds = cell.formula !== null || cell.value !== "";
      const formatted =
        cell.numberFormat !== "General" ||
        Object.keys(cell.font).length > 0 ||
        cell.fill !== undefined ||
        Object.keys(cell.borders).length > 0;
      if (!holds && (valuesOnly || !formatted)) continue;
      const [row, col] = key.split(",").map(Number) as [number, number];
      rect = rect
        ? {
            top: Math.min(rect.top, row),
            left: Math.min(rect.left, col),
            bottom: Math.max(rect.bottom, row),
            right: Math.max(rect.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return rect;
  }
}
