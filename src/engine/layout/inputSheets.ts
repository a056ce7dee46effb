import type { SheetInput } from "../workbook";
import type { ExistingSheet } from "./sheetLayout";

/** A sheet to read as input: where it is in tab order, and what `SheetInput` says of it besides its cells. */
export interface InputSheet extends Pick<SheetInput, "name" | "owner"> {
  /** Its index among all the sheets (`ExistingSheet[]`), in tab order. */
  at: number;
}

/**
 * The sheets a run reads, in tab order: the user's. Sheets carrying our ownership mark are outputs of an
 * earlier run and are not input, except a settings sheet (the default one becomes the user's, so it is read
 * even if it were marked) and the ballot sheet, which comes with its `owner` for the ballot results typed
 * into it (DESIGN §3.7).
 */
export function inputSheets(existing: readonly ExistingSheet[]): InputSheet[] {
  return existing.flatMap(({ name, owner }, at): InputSheet[] => {
    if (owner === null || owner === "settings") return [{ name, at }];
    return owner === "ballot" ? [{ name, at, owner }] : [];
  });
}
