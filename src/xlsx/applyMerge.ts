import {
  type CellValue,
  type KeptReason,
  type KeptWrite,
  type MergePlan,
  parseA1,
  planReplacement,
  sameSheetName,
  type SheetInput,
  stillHolds,
} from "../engine";
import { addLayout } from "./addLayout";
import { type CellEdit, setCells } from "./edit/setCells";
import { lockedStyles } from "./read/lockedStyles";
import { sheetProtected } from "./read/sheetProtected";
import { readXlsx, type XlsxContents } from "./readXlsx";
import { StyleSheet } from "./write/StyleSheet";
import { XlsxError } from "./XlsxError";

/** The merged file, and the planned writes it did not make (see `keepBack`). */
export interface MergedFile {
  data: Uint8Array;
  kept: KeptWrite[];
}

/** The value a sheet as read holds at an A1 address, far cells included; null for an address that is not a cell. */
function valueAt(sheet: SheetInput, cell: string): CellValue | null {
  const at = parseA1(cell);
  if (!at) return null;
  const far = sheet.far?.find((entry) => entry.cell === cell);
  return far ? far.value : (sheet.values[at.row]?.[at.col] ?? "");
}

/**
 * Applies a merge plan to the master .xlsx held in memory and returns the new file: the planned cells written
 * into the user's sheets (a number as a number, text as text, each cell's style kept) unless one now holds a
 * formula, lies inside a merged range or no longer holds what the plan read (those are returned as kept
 * back); the new per-unit sheets added at the end. Only the sheets written into change, and in them only the
 * cells written; every other part of the file comes out as it came in (DESIGN §10).
 * @param master the master's bytes, or the master as `readXlsx` read it (then it is not read again, and is
 *   written into: it is not to be used afterwards).
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` for a bad master; `protected` when a write goes to a
 *   locked cell of a protected sheet (nothing is written then); `name-clash` when a new sheet's name is taken.
 */
export async function applyMerge(master: Uint8Array | XlsxContents, plan: MergePlan): Promise<MergedFile> {
  const contents = ArrayBuffer.isView(master) ? await readXlsx(master) : master;
  const { pkg, workbook } = contents;
  // The new sheets are forms, the user's once written: the replacement plan removes nothing, it only checks names.
  const { clash } = planReplacement(contents, plan.sheets);
  if (clash !== null) throw new XlsxError("name-clash", { subject: clash });
  // Each write's reason for being kept back, by its place in the plan, so the report follows the plan.
  const refused = new Map<number, KeptReason>();
  const bySheet = new Map<string, number[]>();
  plan.writes.forEach((write, at) => {
    const sheet = workbook.sheets.find((candidate) => sameSheetName(candidate.name, write.sheet));
    const value = sheet ? valueAt(sheet, write.cell) : null;
    // The plan writes only cells it read as empty, or as holding the value it replaces: checked again here
    // against the file, so that nothing else is ever overwritten.
    if (!sheet || value === null) refused.set(at, "changed");
    else if (sheet.formulas?.has(write.cell)) refused.set(at, "formula");
    else if (!stillHolds(value, write)) refused.set(at, "changed");
    else bySheet.set(sheet.name, [...(bySheet.get(sheet.name) ?? []), at]);
  });
  let lockedBy: ((style: string) => boolean) | undefined;
  for (const [sheet, writes] of bySheet) {
    const edits: CellEdit[] = writes.map((at) => ({
      cell: plan.writes[at]!.cell,
      value: plan.writes[at]!.value,
    }));
    const xml = await pkg.sheetXml(sheet);
    // On a protected sheet only the cells its user opened are written, as the Excel add-in does.
    const locked = sheetProtected(xml) ? (lockedBy ??= lockedStyles(await pkg.styles())) : undefined;
    const edited = setCells(xml, edits, locked ? { locked } : {});
    for (const { index, reason } of edited.kept) {
      if (reason === "locked") throw new XlsxError("protected", { subject: sheet });
      refused.set(writes[index]!, reason);
    }
    const part = pkg.sheets.find((entry) => sameSheetName(entry.name, sheet))!.part;
    if (edited.xml !== xml) pkg.setPart(part, edited.xml);
  }
  const kept: KeptWrite[] = [...refused]
    .sort(([a], [b]) => a - b)
    .map(([at, reason]) => ({ write: plan.writes[at]!, reason }));
  if (plan.sheets.length > 0) {
    const styles = new StyleSheet(await pkg.styles());
    for (const layout of plan.sheets) addLayout(pkg, styles, layout, { selected: false });
    pkg.setStyles(styles.toXml());
  }
  // The user's own formulas (a total over the cells just filled in) hold results cached before the merge.
  if (bySheet.size > 0) pkg.recalcOnOpen();
  return { data: await pkg.toBytes(), kept };
}
