import type { SheetLayout } from "../engine";
import { addLayout } from "./addLayout";
import { XlsxPackage } from "./package/XlsxPackage";
import { StyleSheet } from "./write/StyleSheet";

/**
 * One .xlsx file per form, each holding just that unit's form sheet, ready to attach to an email. Forms are
 * the unit's to fill in, so they carry no ownership mark.
 */
export async function formsToXlsx(layouts: SheetLayout[]): Promise<Uint8Array[]> {
  const files: Uint8Array[] = [];
  for (const layout of layouts) files.push(await layoutsToXlsx([layout]));
  return files;
}

/**
 * A new workbook of these sheets, the first one open; `created` dates the document (none: no date, so that
 * the same sheets give the same file).
 */
export async function layoutsToXlsx(layouts: readonly SheetLayout[], created?: Date): Promise<Uint8Array> {
  const pkg = XlsxPackage.blank(created ? { created } : {});
  const styles = new StyleSheet(await pkg.styles());
  layouts.forEach((layout, i) => addLayout(pkg, styles, layout, { selected: i === 0 }));
  pkg.setStyles(styles.toXml());
  if (layouts.length > 0) pkg.activate(layouts[0]!.name);
  return await pkg.toBytes();
}
