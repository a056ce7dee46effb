import {
  type FormImport,
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
import { formatIssue } from "../strings/issueMessages";
import { mergeLabel } from "../strings/mergeLabels";
import { applyMerge } from "../xlsx/applyMerge";
import { readXlsx } from "../xlsx/readXlsx";
import type { CliIo } from "./cliIo";
import { failureJson, fileProblem, type CliFailure } from "./fileProblem";
import { mergeSummary } from "./mergeSummary";
import type { MergeArgs } from "./parseArgs";
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
  // Until the master's settings are read, messages follow --lang, else Vietnamese.
  let lang: Lang = args.lang ?? "vi";
  // With --json, stdout always carries exactly one JSON object, failures included.
  const fail = (file: string, problem: CliFailure): number => {
    io.stderr.write(`bloc-rank merge: ${file ? `${file}: ` : ""}${problem.message}\n`);
    if (args.json) io.stdout.write(`${failureJson(problem, file, { output })}\n`);
    return 2;
  };
  for (const input of [args.master, ...args.returned]) {
    if (await sameFile(io, output, input))
      return fail(output, {
        code: "same-as-input",
        message: cliError(lang, "same-as-input", { input: input }),
      });
  }
  let data: Uint8Array;
  let master: Awaited<ReturnType<typeof readXlsx>>;
  try {
    data = await io.readFile(args.master);
    master = await readXlsx(data);
  } catch (error) {
    return fail(args.master, fileProblem(error, "merge", lang));
  }
  const year = io.now().getFullYear();
  const { settings } = readSettings(master.workbook, { year });
  lang = args.lang ?? settings.lang;
  const read = await Promise.all(args.returned.map((file) => readReturned(io, file, lang)));
  const returned = read.filter((r): r is ReturnedWorkbook => "workbook" in r);
  const existing = master.existing.map((sheet) => sheet.name);
  const replace = args.replace ? args.returned : [];
  const planned = planMerge(master.workbook, returned, { lang, year, existing, replace });
  let plan: MergePlan;
  try {
    const merged = await applyMerge(data, planned);
    plan = keepBack(planned, merged.kept);
    await io.writeFile(output, merged.data);
  } catch (error) {
    return fail(output, fileProblem(error, "merge", lang));
  }
  // One entry per returned file in the order given: an unreadable file's in its place among the plan's.
  const imports: FormImport[] = [];
  let next = 0;
  for (const entry of read) {
    if (!("workbook" in entry)) {
      const file = entry.file ?? "";
      imports.push({ file, sheet: null, unit: null, status: "skipped", target: null, written: 0 });
    }
    while ("workbook" in entry && plan.imports[next]?.file === entry.file)
      imports.push(plan.imports[next++]!);
  }
  const issues = sortIssues([...read.filter((r): r is Issue => !("workbook" in r)), ...plan.issues]);
  const ok = !issues.some((found) => found.severity === "error");
  if (args.json) {
    const shown = issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell,
      unit: i.unit ?? null,
      criterion: i.criterion ?? null,
      file: i.file ?? null,
      message: formatIssue(i, lang, settings.kind),
    }));
    io.stdout.write(`${JSON.stringify({ ok, output, imports, issues: shown })}\n`);
  } else {
    io.stdout.write(mergeSummary(args.master, imports, issues, lang, settings.kind));
    io.stdout.write(`${mergeLabel(lang, "written", { file: output })}\n`);
  }
  return ok ? 0 : 1;
}
