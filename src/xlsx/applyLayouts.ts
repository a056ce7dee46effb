import {
  isOwnedKind,
  type OutputKind,
  ownerOf,
  ownershipName,
  planReplacement,
  quoteSheet,
  sameSheetName,
  type SheetLayout,
} from "../engine";
import { addLayout } from "./addLayout";
import { type OpenXlsx, openXlsx } from "./openXlsx";
import type { XlsxPackage } from "./package/XlsxPackage";
import { sheetProtected } from "./read/sheetProtected";
import { StyleSheet } from "./write/StyleSheet";
import { XlsxError } from "./XlsxError";

/**
 * Writes output sheets into an .xlsx held in memory and returns the new file (DESIGN §10): the user's package
 * with our parts added. Our earlier outputs of the kinds being written (found by their ownership marks) are
 * removed with the parts only they used; every other part of the file comes out byte for byte as it came in,
 * and only the parts that list sheets, names and styles change. The new sheets go at the end in the order of
 * `layouts`, each marked as ours except a settings sheet, which becomes the user's.
 * @param source the file's bytes, or the file as `readXlsx` opened it (then it is not opened again, and is
 *   written into: it is not to be used afterwards).
 * @throws XlsxError `not-xlsx`, `corrupt` or `encrypted` for a bad input file; `protected` when an output to
 *   replace is protected (`ReplacementPlan.guarded`); `name-clash` when a layout's name is taken by a sheet that
 *   is not ours to replace (the layout's name is final, so nothing is renamed).
 */
export async function applyLayouts(
  source: Uint8Array | OpenXlsx,
  layouts: SheetLayout[],
): Promise<Uint8Array> {
  const { pkg, ...ownership } = ArrayBuffer.isView(source) ? await openXlsx(source) : source;
  // Only our outputs can be removed, so only theirs is the protection to know of.
  const protectedSheets: string[] = [];
  for (const { name, owner } of ownership.existing) {
    if (owner !== null && sheetProtected(await pkg.sheetXml(name))) protectedSheets.push(name);
  }
  const plan = planReplacement({ ...ownership, protectedSheets }, layouts);
  if (plan.guarded !== null) throw new XlsxError("protected", { subject: plan.guarded });
  if (plan.clash !== null) throw new XlsxError("name-clash", { subject: plan.clash });
  // The sheet the user left open stays open; only when it was one of ours being replaced does its new
  // version open instead. Selecting one of our sheets while a user's sheet keeps its tabSelected would open
  // the two as a group in Excel, and clearing the user's flag would change their sheet's part.
  const active = pkg.activeSheet;
  const reopen =
    active !== null && plan.remove.some((name) => sameSheetName(name, active))
      ? layouts.find((layout) => sameSheetName(layout.name, active))
      : undefined;
  pkg.removeSheets(plan.remove);
  const styles = new StyleSheet(await pkg.styles());
  for (const layout of layouts) addLayout(pkg, styles, layout, { selected: layout === reopen });
  pkg.setStyles(styles.toXml());
  const marks = [...plan.keep];
  for (const layout of layouts)
    if (isOwnedKind(layout.kind)) marks.push({ sheet: layout.name, kind: layout.kind });
  writeMarks(pkg, marks);
  if (reopen) pkg.activate(reopen.name);
  // Our formulas carry the engine's results as cached values; Excel recomputes them on opening all the same,
  // and rebuilds the calculation chain the removed sheets were dropped from.
  if (layouts.some(hasFormula)) pkg.recalcOnOpen();
  return await pkg.toBytes();
}

const hasFormula = (layout: SheetLayout): boolean =>
  layout.values.some((row) => row.some((value) => value !== null && typeof value === "object"));

/**
 * Our marks, workbook-level, one name per kind over its sheets (the surviving outputs' and the new ones'):
 * every earlier workbook-level mark goes first. A sheet-scoped copy of a mark (a user's copy of an output
 * sheet) is the user's, and kept.
 */
function writeMarks(pkg: XlsxPackage, marks: readonly { sheet: string; kind: OutputKind }[]): void {
  pkg.removeNames((name) => name.localSheetId === undefined && ownerOf(name.name) !== null);
  const byKind = new Map<OutputKind, string[]>();
  for (const { sheet, kind } of marks)
    byKind.set(kind, [...(byKind.get(kind) ?? []), `${quoteSheet(sheet)}!$A$1`]);
  for (const [kind, references] of byKind)
    pkg.addName({ name: ownershipName(kind), formula: references.join(",") });
}
