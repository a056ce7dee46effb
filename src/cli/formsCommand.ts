import path from "path";
import {
  evaluateBloc,
  formFileName,
  formUnits,
  type Issue,
  type Lang,
  layoutForms,
  type UnitKind,
} from "../engine";
import { cliError } from "../strings/cliErrors";
import { cliCount, cliLabel } from "../strings/cliLabels";
import { formLabel } from "../strings/formLabels";
import { formatIssue } from "../strings/issueMessages";
import { formsToXlsx } from "../xlsx/formsToXlsx";
import { readXlsx } from "../xlsx/readXlsx";
import type { CliIo } from "./cliIo";
import { failureJson, fileProblem, type CliFailure } from "./fileProblem";
import type { FormsArgs } from "./parseArgs";
import { sameFile } from "./sameFile";

const defaultDir = (input: string): string => input.replace(/(\.xlsx)?$/i, ".forms");

// A master about to send its forms has no scores yet: only what the forms are made of is worth reporting.
const aboutForms = (issue: Issue): boolean => /^(criteria|roster)-/.test(issue.code);

const jsonIssue = (issue: Issue, lang: Lang, kind: UnitKind) => ({
  code: issue.code,
  severity: issue.severity,
  sheet: issue.sheet,
  cell: issue.cell,
  unit: issue.unit ?? null,
  criterion: issue.criterion ?? null,
  message: formatIssue(issue, lang, kind),
});

/**
 * `bloc-rank forms WORKBOOK.xlsx [-o DIR] [--json] [--lang vi|en]`: one self-assessment form per unit, each
 * its own .xlsx in DIR (default NAME.forms beside the input) under a safe file name. 0 made; 1 made despite
 * errors in the criteria table or roster, or none made (no criteria table, no unit); 2 usage or unreadable input,
 * or a file already there under a form's name (nothing is written then).
 */
export async function runForms(args: FormsArgs, io: CliIo): Promise<number> {
  const dir = args.outputDir ?? defaultDir(args.input);
  let lang: Lang = args.lang ?? "vi";
  let kind: UnitKind = "bloc";
  let issues: Issue[] = [];
  // With --json, stdout always carries exactly one JSON object, failures included.
  const fail = (file: string, problem: CliFailure, status = 2): number => {
    io.stderr.write(`bloc-rank forms: ${file ? `${file}: ` : ""}${problem.message}\n`);
    const more = { dir, forms: [], issues: issues.map((i) => jsonIssue(i, lang, kind)) };
    if (args.json) io.stdout.write(`${failureJson(problem, file, more)}\n`);
    return status;
  };
  let read: Awaited<ReturnType<typeof readXlsx>>;
  try {
    read = await readXlsx(await io.readFile(args.input));
  } catch (error) {
    return fail(args.input, fileProblem(error, "forms", lang));
  }
  const result = evaluateBloc(read.workbook, { year: io.now().getFullYear() });
  lang = args.lang ?? result.settings.lang;
  kind = result.settings.kind;
  issues = result.issues.filter(aboutForms);
  const units = formUnits(result);
  if (!result.criteria)
    return fail(args.input, { code: "no-criteria", message: formLabel(lang, "cliNoCriteria") }, 1);
  if (units.length === 0)
    return fail(args.input, { code: "no-units", message: formLabel(lang, "cliNoUnits") }, 1);

  const layouts = layoutForms(result, { lang, existing: [], units });
  const taken = new Set<string>();
  const forms = layouts.map((layout, i) => {
    const unit = units[i] ?? "";
    return { unit, file: path.join(dir, formFileName(unit, lang, taken)), sheet: layout.name };
  });
  // A file already under a form's name is never overwritten: it may be the form a unit filled in and sent
  // back, saved where its blank came from. Writing the new forms beside it under other names (… (2).xlsx)
  // would leave two forms per unit in the folder and the secretary to guess which to mail; stopping before
  // writing anything, with the names, leaves every file as it was and one clear choice (-o or move them).
  const there: string[] = [];
  for (const form of forms) {
    if ((await io.identity(form.file).catch(() => null)) !== null) there.push(form.file);
  }
  if (there.length > 0) {
    const names = there.map((file) => path.basename(file));
    const n = cliCount(lang, there.length, "file");
    const message = cliError(lang, "forms-exist", { n, files: names.join(", ") });
    return fail(dir, { code: "forms-exist", message, files: there });
  }
  try {
    const files = await formsToXlsx(layouts);
    for (const [i, form] of forms.entries()) {
      if (await sameFile(io, form.file, args.input))
        return fail(form.file, {
          code: "same-as-input",
          message: cliError(lang, "same-as-input", { input: args.input }),
        });
      await io.writeFile(form.file, files[i] ?? new Uint8Array());
    }
  } catch (error) {
    return fail(dir, fileProblem(error, "forms", lang));
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  if (args.json) {
    const report = {
      ok: errors === 0,
      dir,
      forms,
      issues: issues.map((issue) => jsonIssue(issue, lang, kind)),
    };
    io.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    const lines = [cliLabel(lang, "formsWritten", { forms: cliCount(lang, forms.length, "form"), dir })];
    for (const form of forms) lines.push(`  ${form.unit} → ${path.basename(form.file)}`);
    if (issues.length > 0) {
      const warnings = issues.filter((issue) => issue.severity === "warning").length;
      const counts = {
        errors: cliCount(lang, errors, "error"),
        warnings: cliCount(lang, warnings, "warning"),
      };
      lines.push(cliLabel(lang, "formsIssues", counts, kind));
      for (const issue of issues)
        lines.push(`  ${issue.sheet}!${issue.cell} ${formatIssue(issue, lang, kind)}`);
    }
    io.stdout.write(`${lines.join("\n")}\n`);
  }
  return errors > 0 ? 1 : 0;
}
