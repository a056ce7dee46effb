import path from "path";
import { evaluateBloc, type Issue, planForms, type UnitKind } from "../engine";
import { cliError } from "../strings/cliErrors";
import { cliCount, cliLabel } from "../strings/cliLabels";
import { formLabel } from "../strings/formLabels";
import { formatIssue } from "../strings/issueMessages";
import { formsToXlsx } from "../xlsx/formsToXlsx";
import { readXlsx } from "../xlsx/readXlsx";
import type { CliIo } from "./cliIo";
import type { FormsArgs } from "./parseArgs";
import { doneStatus, EXIT, issueJson, reporter } from "./report";
import { sameFile } from "./sameFile";

const defaultDir = (input: string): string => input.replace(/(\.xlsx)?$/i, ".forms");

/**
 * `bloc-rank forms WORKBOOK.xlsx [-o DIR] [--json] [--lang vi|en]`: one self-assessment form per unit, each
 * its own .xlsx in DIR (default NAME.forms beside the input) under a safe file name. 0 made; 1 made despite
 * errors in the criteria table or roster, or none made (no criteria table, no unit); 2 usage or unreadable input,
 * or a file already there under a form's name (nothing is written then).
 */
export async function runForms(args: FormsArgs, io: CliIo): Promise<number> {
  const dir = args.outputDir ?? defaultDir(args.input);
  let kind: UnitKind = "bloc";
  let issues: Issue[] = [];
  const report = reporter(io, "forms", args, () => ({
    dir,
    forms: [],
    issues: issues.map((issue) => issueJson(issue, report.lang, kind)),
  }));
  let read: Awaited<ReturnType<typeof readXlsx>>;
  try {
    read = await readXlsx(await io.readFile(args.input));
  } catch (error) {
    return report.failOn(args.input, error);
  }
  const result = evaluateBloc(read.workbook, { year: io.now().getFullYear() });
  // The failures from here on report the issues the forms are made with.
  kind = result.settings.kind;
  const lang = report.settle(result.settings);
  const plan = planForms(result, { lang });
  issues = plan.issues;
  // Nothing to make forms of is an error in the workbook's data (exit 1), not a failure to run.
  if (plan.status === "blocked") {
    const message = formLabel(lang, plan.reason === "no-criteria" ? "cliNoCriteria" : "cliNoUnits");
    return report.fail(args.input, { code: plan.reason, message }, EXIT.dataErrors);
  }
  const planned = plan.forms.flatMap((form) => (form.action === "create" ? [form] : []));
  const forms = planned.map(({ unit, file, sheet }) => ({ unit, file: path.join(dir, file), sheet }));
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
    return report.fail(dir, { code: "forms-exist", message, files: there });
  }
  try {
    const files = await formsToXlsx(planned.map((form) => form.layout));
    for (const [i, form] of forms.entries()) {
      if (await sameFile(io, form.file, args.input))
        return report.fail(form.file, {
          code: "same-as-input",
          message: cliError(lang, "same-as-input", { input: args.input }),
        });
      await io.writeFile(form.file, files[i] ?? new Uint8Array());
    }
  } catch (error) {
    return report.failOn(dir, error);
  }
  const errors = issues.filter((issue) => issue.severity === "error").length;
  if (args.json) {
    const made = {
      ok: errors === 0,
      dir,
      forms,
      issues: issues.map((issue) => issueJson(issue, lang, kind)),
    };
    io.stdout.write(`${JSON.stringify(made)}\n`);
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
  return doneStatus(errors > 0);
}
