import type { Issue, Lang, UnitKind } from "../engine";
import { formatIssue } from "../strings/issueMessages";
import type { CliIo } from "./cliIo";
import type { CliAction } from "../strings/xlsxMessages";
import { EXIT, type ExitStatus } from "./exitStatus";
import { type CliFailure, fileProblem } from "./fileProblem";

// Here for the commands; in its own module so that `bloc-rank --help` loads neither the engine nor the strings.
export { doneStatus, EXIT, type ExitStatus } from "./exitStatus";

/**
 * One issue as every command's --json prints it: where it is, its code, and its message in the run's
 * language. `file` (the returned form it is about) only where a command reads several files (merge).
 */
export function issueJson(issue: Issue, lang: Lang, kind: UnitKind, withFile = false) {
  return {
    code: issue.code,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    unit: issue.unit ?? null,
    criterion: issue.criterion ?? null,
    ...(withFile ? { file: issue.file ?? null } : {}),
    message: formatIssue(issue, lang, kind),
  };
}

/** The one JSON object of a failure (DESIGN §8), with what else the command knows. */
export function failureJson(problem: CliFailure, file: string, more: Record<string, unknown> = {}): string {
  return JSON.stringify({ ok: false, error: problem, file, ...more });
}

/** What a command reports through: the language of its messages and its failures. */
export interface Reporter {
  /** The messages' language: --lang, else Vietnamese until the workbook's settings are read, then theirs. */
  readonly lang: Lang;
  /** The workbook's settings are read: messages follow their language from now on, unless --lang said. */
  settle(settings: { lang: Lang }): Lang;
  /**
   * Fails: one line on stderr (`bloc-rank forms: FILE: message`) and, with --json, the one JSON object on
   * stdout. The status is `EXIT.failed` unless given.
   */
  fail(file: string, problem: CliFailure, status?: ExitStatus): ExitStatus;
  /** Fails on a file that could not be read or written, saying what was wrong with it (fileProblem). */
  failOn(file: string, error: unknown): ExitStatus;
}

/**
 * The reporter of one run of `action`'s command (`bloc-rank`, `bloc-rank forms`… on stderr). With --json, stdout always carries
 * exactly one JSON object, failures included: `more()` adds what the command knows at the moment it fails.
 */
export function reporter(
  io: CliIo,
  action: CliAction,
  args: { json: boolean; lang?: Lang | null },
  more: () => Record<string, unknown> = () => ({}),
): Reporter {
  let lang: Lang = args.lang ?? "vi";
  const command = action === "rank" ? "bloc-rank" : `bloc-rank ${action}`;
  const fail = (file: string, problem: CliFailure, status: ExitStatus = EXIT.failed): ExitStatus => {
    io.stderr.write(`${command}: ${file ? `${file}: ` : ""}${problem.message}\n`);
    if (args.json) io.stdout.write(`${failureJson(problem, file, more())}\n`);
    return status;
  };
  return {
    get lang() {
      return lang;
    },
    settle: (settings) => (lang = args.lang ?? settings.lang),
    fail,
    failOn: (file, error) => fail(file, fileProblem(error, action, lang)),
  };
}
