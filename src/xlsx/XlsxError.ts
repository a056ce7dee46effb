/**
 * Why an .xlsx file could not be read or written, for the CLI to turn into an exit status and a message the
 * user can act on:
 * - `not-xlsx`: not a zip at all, or a zip without an Excel workbook in it (a .docx, an old .xls);
 * - `corrupt`: it looks like an .xlsx but ExcelJS cannot read it;
 * - `encrypted`: a password-protected workbook (Office wraps those in an OLE container, not a zip);
 * - `empty`: a workbook without a single worksheet;
 * - `name-clash`: an output sheet's name is taken by a sheet we must not overwrite;
 * - `too-large`: a sheet holds more than 2,000,000 non-empty cells (DESIGN §9); `sheet` names it.
 */
export type XlsxErrorKind = "not-xlsx" | "corrupt" | "encrypted" | "empty" | "name-clash" | "too-large";

/** A typed failure of the .xlsx adapter; `message` names the problem in one line, `cause` keeps the detail. */
export class XlsxError extends Error {
  readonly kind: XlsxErrorKind;
  /** The sheet the problem is in, when it is in one. */
  readonly sheet: string | undefined;

  constructor(kind: XlsxErrorKind, message: string, options?: { cause?: unknown; sheet?: string }) {
    super(message, options);
    this.name = "XlsxError";
    this.kind = kind;
    this.sheet = options?.sheet;
  }
}
