// The in-memory workbook behind the fake Office.js: its sheets in tab order, workbook-level names, the active
// sheet and Excel's sheet-name rules. Test-only; never shipped.
import { FakeExcelError } from "./FakeExcelError";
import type { SheetModel } from "./SheetModel";

export interface NameModel {
  name: string;
  /** The sheet the name refers to; null once that sheet is deleted (`=#REF!$A$1`). */
  sheet: SheetModel | null;
  address: string;
  /** A name given text rather than a reference (`names.add` without a leading `=`): type String, no range. */
  text?: string;
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
  if (name.text !== undefined) return name.text;
  return name.sheet ? `=${quoteIfNeeded(name.sheet.name)}!${name.address}` : `=#REF!${name.address}`;
}
