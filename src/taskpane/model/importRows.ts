import { type FormImport, importsInOrder, type Issue } from "../../engine";

/** One line of the import results: a form found in a file, or a file with none that could be read. */
export type ImportRow = Pick<FormImport, "file" | "unit" | "status" | "target" | "written">;

/**
 * The results in the order the files were chosen: each file's forms as the merge saw them, or a skipped line
 * for a file the pane could not read (it never reached the merge).
 */
export function importRows(
  files: readonly string[],
  imports: readonly FormImport[],
  unreadable: readonly Issue[],
): ImportRow[] {
  return importsInOrder(files, imports, unreadable).map(({ file, unit, status, target, written }) => ({
    file,
    unit,
    status,
    target,
    written,
  }));
}

/** Files that brought something in: at least one cell written from them. */
export const importedFiles = (rows: readonly ImportRow[]): number =>
  new Set(rows.filter((row) => row.written > 0).map((row) => row.file)).size;
