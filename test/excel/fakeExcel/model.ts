// The in-memory workbook behind the fake Office.js: sheets of cells, names, and what Excel does when a cell
// is typed into. Test-only; never shipped.
import { columnIndex, columnName } from "../../../src/engine/address";
import type { CellValue } from "../../../src/engine/workbook";

/** An Office.js-style error: `code` as in `Excel.ErrorCodes` / `OfficeExtension.Error`. */
export class FakeExcelError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "OfficeExtension.Error";
    this.code = code;
  }
}

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
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string; underline?: string };
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Partial<Record<"top" | "bottom" | "left" | "right", BorderState>>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
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
  printTitleRows?: string;
}

let nextId = 1;

export class SheetModel {
  readonly id = `{sheet-${nextId++}}`;
  name: string;
  deleted = false;
  protected = false;
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

export interface NameModel {
  name: string;
  /** The sheet the name refers to; null once that sheet is deleted (`=#REF!$A$1`). */
  sheet: SheetModel | null;
  address: string;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  active: SheetModel | null = null;
  structureProtected = false;

  find(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }
}

export const sameName = (a: string, b: string): boolean =>
  a.toLocaleUpperCase("vi") === b.toLocaleUpperCase("vi");

/** Excel's sheet-name rules; throws as `worksheets.add` / renaming does. */
export function checkSheetName(workbook: WorkbookModel, name: string, except?: SheetModel): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeExcelError("InvalidArgument", `The sheet name "${name}" is not valid.`);
  }
  const other = workbook.find(name);
  if (other && other !== except) {
    throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
  }
}

/** How a name reference is shown in a formula: quoted only when Excel needs to. */
export function quoteIfNeeded(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function nameFormula(name: NameModel): string {
  return name.sheet ? `=${quoteIfNeeded(name.sheet.name)}!${name.address}` : `=#REF!${name.address}`;
}

// ---- addresses ----

// Column letters and indexes as the engine spells them.
export const columnLetters = columnName;

/** `B7`, `A5:H14`, `A:C`, `5:5` (with or without `$`) to a rectangle; throws InvalidArgument otherwise. */
export function parseAddress(address: string): Rect {
  const parts = address.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  const ends = parts.map((part) => {
    let m = /^([A-Za-z]{1,3})(\d+)$/.exec(part);
    if (m) return { row: Number(m[2]) - 1, col: columnIndex(m[1]!), kind: "cell" };
    m = /^([A-Za-z]{1,3})$/.exec(part);
    if (m) return { row: -1, col: columnIndex(m[1]!), kind: "col" };
    m = /^(\d+)$/.exec(part);
    if (m) return { row: Number(m[1]) - 1, col: -1, kind: "row" };
    throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  });
  const [a, b = a] = ends as [(typeof ends)[0], (typeof ends)[0]?];
  if (a.kind !== b!.kind) throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  let rect: Rect;
  if (a.kind === "col") rect = { top: 0, bottom: MAX_ROWS - 1, left: a.col, right: b!.col };
  else if (a.kind === "row") rect = { top: a.row, bottom: b!.row, left: 0, right: MAX_COLUMNS - 1 };
  else rect = { top: a.row, left: a.col, bottom: b!.row, right: b!.col };
  const norm = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (norm.top < 0 || norm.left < 0 || norm.bottom >= MAX_ROWS || norm.right >= MAX_COLUMNS) {
    throw new FakeExcelError("InvalidArgument", `Bad address ${address}`);
  }
  return norm;
}

export function formatAddress(rect: Rect): string {
  const from = `${columnLetters(rect.left)}${rect.top + 1}`;
  const to = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}

// ---- typing into a cell ----

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;
const DATE = /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/;

/**
 * What Excel stores when `input` is entered into a cell through `values` or `formulas` (as typing it would):
 * a leading apostrophe keeps the rest as text; a Text ("@") number format keeps everything as text; `=`,
 * `+`, `-` or `@` not followed by a number makes a formula; numbers, percentages, simple dates and
 * TRUE/FALSE are converted. The fake does not calculate, so a formula's value reads as 0.
 */
export function enter(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return; // Office.js leaves the cell unchanged
  cell.quotePrefix = false;
  cell.formula = null;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeExcelError("InvalidArgument", "Not a finite number.");
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeExcelError("InvalidArgument", "Unsupported cell value.");
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(percent ? trimmed.slice(0, -1) : trimmed);
    cell.value = percent ? n / 100 : n;
    return;
  }
  if (/^[=+\-@]/.test(input) && input.length > 1) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = 0;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toUpperCase() === "TRUE";
    return;
  }
  if (DATE.test(trimmed)) {
    cell.value = 45000; // some serial: the point is that it is no longer text
    return;
  }
  cell.value = input;
}
