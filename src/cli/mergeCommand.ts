import {
  importsInOrder,
  issue,
  type Issue,
  keepBack,
  type Lang,
  type MergePlan,
  planMerge,
  readSettings,
  type ReturnedWorkbook,
  sortIssues,
} from "../engine";
import { cliError } from "../strings/cliErrors";
import { mergeLabel } from "../strings/mergeLabels";
import { applyMerge } from "../xlsx/applyMerge";
import { readXlsx } from "../xlsx/readXlsx";
import type { CliIo } from "./cliIo";
import { fileProblem } from "./fileProblem";
import { mergeSummary } from "./mergeSummary";
import type { MergeArgs } from "./parseArgs";
import { doneStatus, issueJson, reporter } from "./report";
import { sameFile } from "./sameFile";

const defaultOutput = (master: string): string => master.replace(/(\.xlsx)?$/i, ".merged.xlsx");

/** Reads one returned file; an unreadable one becomes a `form-unreadable` issue and a skipped import. */
async function readReturned(io: CliIo, file: string, lang: Lang): Promise<ReturnedWorkbook | Issue> {
  try {
    return { file, workbook: (await readXlsx(await io.readFile(file))).workbook };
  } catch (error) {
    return issue({
      code: "form-unreadable",
      file,
      sheet: "",
      cell: "",
      details: { reason: fileProblem(error, "merge", lang).message },
    });
  }
}

/**
 * `bloc-rank merge MASTER.xlsx RETURNED.xlsx... [-o OUT.xlsx] [--replace] [--json] [--lang vi|en]`: brings the
 * units' returned self-assessment forms into a copy of the master (default NAME.merged.xlsx), never into an
 * input; with `--replace` their values replace different ones (each reported) instead of conflicting.
 * Returns 0 when everything could be brought in, 1 on conflicts or unusable forms (OUT still written with
 * what could be imported), 2 on a usage error or an unreadable master.
 */
export async function runMerge(args: MergeArgs, io: CliIo): Promise<number> {
  const output = args.output ?? defaultOutput(args.master);
  const report = reporter(io, "merge", args, () => ({ output }));
  for (const input of [args.master, ...args.returned]) {
    if (await sameFile(io, output, input))
      return report.fail(output, {
        code: "same-as-input",
        message: cliError(report.lang, "same-as-input", { input: input }),
      });
  }
  let data: Uint8Array;
  let master: Awaited<ReturnType<typeof readXlsx>>;
  try {
    data = await io.readFile(args.master);
    master = await readXlsx(data);
  } catch (error) {
    return report.failOn(args.master, error);
  }
  const year = io.now().getFullYear();
  const { settings } = readSettings(master.workbook, { year });
  const lang = report.settle(settings);
  const read = await Promise.all(args.returned.map((file) => readReturned(io, file, lang)));
  const returned = read.filter((r): r is ReturnedWorkbook => "workbook" in r);
  const existing = master.existing.map((sheet) => sheet.name);
  const replace = args.replace ? args.returned : [];
  const planned = planMerge(master.workbook, returned, { lang, year, existing, replace });
  let plan: MergePlan;
  try {
    const merged = await applyMerge(master, planned);
    plan = keepBack(planned, merged.kept);
    await io.writeFile(output, merged.data);
  } catch (error) {
    return report.failOn(output, error);
  }
  const unreadable = read.filter((r): r is Issue => !("workbook" in r));
  const imports = importsInOrder(args.returned, plan.imports, unreadable);
  const issues = sortIssues([...unreadable, ...plan.issues]);
  const ok = !issues.some((found) => found.severity === "error");
  if (args.json) {
    const shown = issues.map((found) => issueJson(found, lang, settings.kind, true));
    io.stdout.write(`${JSON.stringify({ ok, output, imports, issues: shown })}\n`);
  } else {
    io.stdout.write(mergeSummary(args.master, imports, issues, lang, settings.kind));
    io.stdout.write(`${mergeLabel(lang, "written", { file: output })}\n`);
  }
  return doneStatus(!ok);
}
