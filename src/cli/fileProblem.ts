import type { Lang } from "../engine";
import { cliError, type CliErrorCode } from "../strings/cliErrors";
import { xlsxErrorMessage, type CliAction } from "../strings/xlsxMessages";
import { XlsxError } from "../xlsx/XlsxError";

/** A command-line failure as --json reports it: a stable code and a one-line message. */
export interface CliFailure {
  code: string;
  message: string;
  /** The files the failure is about, when there are several (`forms-exist`). */
  files?: string[];
}

const BY_ERRNO: Readonly<Record<string, CliErrorCode>> = {
  ENOENT: "file-not-found",
  EISDIR: "is-folder",
  ENOTREG: "not-regular-file",
  EACCES: "permission-denied",
  EPERM: "permission-denied",
};

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

/**
 * A file problem in a few words for one line of stderr, never a stack trace, in the language asked for; an
 * .xlsx's own problem (its XlsxError kind the code) says to run `action`'s command again once it is fixed.
 */
export function fileProblem(error: unknown, action: CliAction, lang: Lang): CliFailure {
  const errno = BY_ERRNO[(error as { code?: string } | null)?.code ?? ""];
  if (errno) return { code: errno, message: cliError(lang, errno) };
  if (error instanceof XlsxError)
    return { code: error.kind, message: xlsxErrorMessage(error.kind, action, lang, error.subject) };
  return { code: "file-error", message: cliError(lang, "file-error", { detail: firstLine(error) }) };
}

/** An exception nobody expected, as one line: the CLI still ends with a message and, with --json, one object. */
export function internalProblem(error: unknown, lang: Lang): CliFailure {
  return { code: "internal", message: cliError(lang, "internal", { detail: firstLine(error) }) };
}
