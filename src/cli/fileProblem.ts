/** A file problem in a few words for one line of stderr, never a stack trace. */
export function fileProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "file not found";
  if (code === "EISDIR") return "is a folder, not a workbook";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? (error.message.split("\n")[0] ?? "unreadable") : String(error);
}
