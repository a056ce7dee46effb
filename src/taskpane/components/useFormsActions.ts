import { useState } from "react";
import type { Lang } from "../../engine/lang";
import { createFormsInExcel, type CreateFormsResult } from "../../excel/createForms";
import { importFormsInExcel, type ImportFormsResult } from "../../excel/importForms";
import { formsUi } from "../../strings/formsUi";
import { failureMessage } from "../model/failureMessage";
import { importedFiles, importRows, type ImportRow } from "../model/importRows";
import { nextPaint } from "../model/nextPaint";
import { readReturnedFiles, type ChosenFile } from "../model/returnedFiles";
import { sortIssues, type Issue } from "../../engine/issues";

/** The outcome of the last import, ready to show: a line per form or file, and every problem found. */
export interface ImportOutcome {
  rows: ImportRow[];
  issues: Issue[];
  result: ImportFormsResult;
}

export interface FormsActions {
  busy: boolean;
  /** What the live status says now, and of which action: each shows it under its own button. */
  status: string;
  statusOf: "create" | "import";
  created: CreateFormsResult | null;
  imported: ImportOutcome | null;
  create: () => Promise<void>;
  importFiles: (files: readonly ChosenFile[]) => Promise<void>;
}

/**
 * The forms tab's two actions with their progress: create the units' forms in the workbook, and read the
 * chosen returned files (the .xlsx reader loads on first use, as its own chunk) and import them.
 */
export function useFormsActions(
  lang: Lang,
  onChanged: () => void,
  onFailure: (message: string | null) => void,
): FormsActions {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [statusOf, setStatusOf] = useState<"create" | "import">("create");
  const [created, setCreated] = useState<CreateFormsResult | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);

  const run = async (action: "create" | "import", work: () => Promise<string>) => {
    if (busy) return;
    setBusy(true);
    setStatusOf(action);
    onFailure(null);
    try {
      setStatus(await work());
      onChanged();
    } catch (error) {
      setStatus("");
      onFailure(failureMessage(error, lang));
    } finally {
      setBusy(false);
    }
  };

  const create = () =>
    run("create", async () => {
      setStatus(formsUi(lang, "creating"));
      await nextPaint();
      const result = await Excel.run((context) => createFormsInExcel(context, { lang }));
      setCreated(result);
      if (result.status === "blocked")
        return formsUi(lang, result.reason === "no-criteria" ? "noCriteria" : "noUnits");
      return result.created.length > 0
        ? formsUi(lang, "created", { count: result.created.length })
        : formsUi(lang, "createdNone");
    });

  const importFiles = (files: readonly ChosenFile[]) =>
    run("import", async () => {
      setStatus(formsUi(lang, "reading", { count: files.length }));
      await nextPaint();
      // ExcelJS is large: only a secretary importing returned forms pays for it, and only then.
      const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/readXlsx");
      const read = await readReturnedFiles(files, async (bytes) => (await readXlsx(bytes)).workbook, lang);
      setStatus(formsUi(lang, "importing"));
      await nextPaint();
      const result = await Excel.run((context) => importFormsInExcel(context, read.returned, { lang }));
      const rows = importRows(
        files.map((file) => file.name),
        result.imports,
        read.unreadable,
      );
      setImported({ rows, issues: sortIssues([...read.unreadable, ...result.issues]), result });
      return formsUi(lang, "imported", {
        count: files.length,
        imported: importedFiles(rows),
        cells: result.cells,
      });
    });

  return { busy, status, statusOf, created, imported, create, importFiles };
}
