import type { Lang } from "../engine";
import { cliError, type CliErrorCode } from "../strings/cliErrors";
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

const BY_KIND: Readonly<Record<string, CliErrorCode>> = {
  "not-xlsx": "not-xlsx",
  corrupt: "corrupt",
  encrypted: "encrypted",
  empty: "empty",
  "name-clash": "name-clash",
  "too-large": "too-large",
};

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";

/** A file problem in a few words for one line of stderr, never a stack trace, in the language asked for. */
export function fileProblem(error: unknown, lang: Lang): CliFailure {
  const errno = BY_ERRNO[(error as { code?: string } | null)?.code ?? ""];
  if (errno) return { code: errno, message: cliError(lang, errno) };
  if (error instanceof XlsxError) {
    const known = BY_KIND[error.kind];
    // A kind without words here yet keeps the adapter's own (English) sentence rather than losing it.
    if (!known) return { code: error.kind, message: firstLine(error) };
    const sheet = error.sheet ?? /"([^"]*)"/.exec(error.message)?.[1] ?? "";
    return { code: known, message: cliError(lang, known, { sheet }) };
  }
  return { code: "file-error", message: cliError(lang, "file-error", { detail: firstLine(error) }) };
}

/** An exception nobody expected, as one line: the CLI still ends with a message and, with --json, one object. */
export function internalProblem(error: unknown, lang: Lang): CliFailure {
  return { code: "internal", message: cliError(lang, "internal", { detail: firstLine(error) }) };
}
