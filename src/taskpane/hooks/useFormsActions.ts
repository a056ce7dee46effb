import { useState } from "react";
import type { Lang } from "../../engine";
import {
  canOpenWorkbooks,
  createFormsInExcel,
  type CreateFormsResult,
  importFormsInExcel,
  openAsWorkbook,
  unitFormLayout,
} from "../../excel";
import { formsUi } from "../../strings/formsUi";
import { failureMessage } from "../model/failureMessage";
import { importOutcome, withFileAgain, type ImportOutcome } from "../model/importOutcome";
import { fileAgainStatus, importStatus } from "../model/importSummary";
import { nextPaint } from "../model/nextPaint";
import { readReturnedFiles, type ChosenFile, type ReadFiles } from "../model/returnedFiles";

export interface FormsActions {
  busy: boolean;
  /** What the live status says now, and of which action: each shows it under its own button. */
  status: string;
  statusOf: "create" | "import";
  created: CreateFormsResult | null;
  imported: ImportOutcome | null;
  /** This Excel can open a unit's form as a workbook of its own (ExcelApi 1.8), ready to save and send. */
  canOpenFiles: boolean;
  create: () => Promise<void>;
  openFile: (unit: string) => Promise<void>;
  /** Imports one file of the last import again, its values taken over different ones in the workbook. */
  chooseForm: (file: string) => Promise<void>;
  importFiles: (files: readonly ChosenFile[]) => Promise<void>;
}

/**
 * The forms tab's actions with their progress: create the units' forms in the workbook, open one unit's form
 * as a workbook of its own to send, and read the chosen returned files and import them (the .xlsx reader and
 * writer load on first use, as their own chunk).
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
  // The files of the last import as read, so that one can be taken over the workbook's values without
  // choosing it again.
  const [lastRead, setLastRead] = useState<ReadFiles | null>(null);
  const [canOpenFiles] = useState(() => canOpenWorkbooks());

  // `changes`: the action wrote into the workbook, so the other tabs read it again.
  const run = async (action: "create" | "import", work: () => Promise<string>, changes = true) => {
    if (busy) return;
    setBusy(true);
    setStatusOf(action);
    onFailure(null);
    try {
      setStatus(await work());
      if (changes) onChanged();
    } catch (error) {
      setStatus("");
      onFailure(failureMessage(error, action === "create" ? "forms" : "import", lang));
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

  // The form as a file of its own: made from the criteria and roster as `bloc-rank forms` makes it, written by
  // the lazily loaded .xlsx writer, opened by Excel as a new workbook; the open workbook is not changed.
  const openFile = (unit: string) =>
    run(
      "create",
      async () => {
        setStatus(formsUi(lang, "opening", { unit }));
        await nextPaint();
        const made = await Excel.run((context) => unitFormLayout(context, unit, { lang }));
        if (made.status === "blocked")
          return formsUi(lang, made.reason === "no-criteria" ? "noCriteria" : "noUnit", { unit });
        const { formsToXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../xlsx/formsToXlsx");
        const [bytes] = await formsToXlsx([made.layout]);
        if (bytes) await openAsWorkbook(bytes);
        return formsUi(lang, "opened", { unit: made.unit, file: made.file });
      },
      false,
    );

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
      const outcome = importOutcome(
        files.map((file) => file.name),
        result,
        read.unreadable,
      );
      setLastRead(read);
      setImported(outcome);
      return importStatus(lang, outcome);
    });

  const chooseForm = (file: string) =>
    run("import", async () => {
      const chosen = lastRead?.returned.filter((returned) => returned.file === file) ?? [];
      setStatus(formsUi(lang, "replacing", { file }));
      await nextPaint();
      const replace = [file];
      const result = await Excel.run((context) => importFormsInExcel(context, chosen, { lang, replace }));
      // The line is said from the renewed outcome, so that it counts what the results below show.
      const again = imported ? withFileAgain(imported, file, result) : importOutcome([file], result, []);
      setImported(again);
      return fileAgainStatus(lang, again, file);
    });

  return {
    busy,
    status,
    statusOf,
    created,
    imported,
    canOpenFiles,
    create,
    openFile,
    importFiles,
    chooseForm,
  };
}
