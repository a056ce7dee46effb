import type { Issue } from "../issues";
import type { FormImport } from "./planMerge";

/**
 * A merge's report in the order the files were given: each file's forms as the plan saw them, or one skipped
 * entry for a file that could not be read (it never reached the merge; `unreadable` holds its issue). A file
 * named twice is reported once, in its first place.
 */
export function importsInOrder(
  files: readonly string[],
  imports: readonly FormImport[],
  unreadable: readonly Pick<Issue, "file">[],
): FormImport[] {
  return [...new Set(files)].flatMap((file): FormImport[] => {
    const found = imports.filter((entry) => entry.file === file);
    if (found.length > 0) return found;
    const failed = unreadable.some((problem) => problem.file === file);
    return failed ? [{ file, sheet: null, unit: null, status: "skipped", target: null, written: 0 }] : [];
  });
}
