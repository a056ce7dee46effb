import { issue, type Issue, type Lang, type ReturnedWorkbook, type WorkbookInput } from "../../engine";
import { formsUi, type FormsUiKey } from "../../strings/formsUi";

/** What the pane needs of a chosen file (a DOM File has both). */
export interface ChosenFile {
  name: string;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

/** The returned files as workbooks, and one `form-unreadable` issue per file that is not a readable .xlsx. */
export interface ReadFiles {
  returned: ReturnedWorkbook[];
  unreadable: Issue[];
}

// The .xlsx reader's kinds of failure with a word of their own in the forms tab.
const REASONS: ReadonlyMap<string, FormsUiKey> = new Map([
  ["not-xlsx", "reason_not-xlsx"],
  ["corrupt", "reason_corrupt"],
  ["encrypted", "reason_encrypted"],
  ["empty", "reason_empty"],
  ["too-large", "reason_too-large"],
]);

/** Why a file could not be read, in the pane's words: from the .xlsx reader's kind when it gave one. */
function reason(error: unknown, lang: Lang): string {
  const kind = typeof error === "object" && error !== null ? (error as { kind?: unknown }).kind : undefined;
  return formsUi(lang, (typeof kind === "string" && REASONS.get(kind)) || "reason_other");
}

/**
 * Reads every chosen file in turn with `read` (the .xlsx reader, loaded lazily by the caller). A file that
 * fails becomes a `form-unreadable` issue naming it; the others are read whatever happens to it.
 */
export async function readReturnedFiles(
  files: readonly ChosenFile[],
  read: (bytes: Uint8Array) => Promise<WorkbookInput>,
  lang: Lang,
): Promise<ReadFiles> {
  const result: ReadFiles = { returned: [], unreadable: [] };
  for (const file of files) {
    try {
      const workbook = await read(new Uint8Array(await file.arrayBuffer()));
      result.returned.push({ file: file.name, workbook });
    } catch (error) {
      const details = { reason: reason(error, lang) };
      result.unreadable.push(
        issue({ code: "form-unreadable", file: file.name, sheet: "", cell: "", details }),
      );
    }
  }
  return result;
}
