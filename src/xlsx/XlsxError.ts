import { HostError } from "../engine";

/**
 * Why an .xlsx file could not be read or written, for the CLI to turn into an exit status and a message the
 * user can act on:
 * - `not-xlsx`: not a zip at all, or a zip without an Excel workbook in it (a .docx, an old .xls);
 * - `corrupt`: it looks like an .xlsx but ExcelJS cannot read it;
 * - `encrypted`: a password-protected workbook (Office wraps those in an OLE container, not a zip);
 * - `empty`: a workbook without a single worksheet;
 * - `name-clash`: an output sheet's name is taken by a sheet we must not overwrite; `subject` names it;
 * - `too-large`: a sheet holds more than 2,000,000 non-empty cells (DESIGN §9); `subject` names it;
 * - `protected`: a write would go through a sheet's protection (an output of ours the user protected, a locked
 *   cell of a protected sheet), as the Excel add-in refuses too; `subject` names the sheet.
 */
export type XlsxErrorKind =
  "not-xlsx" | "corrupt" | "encrypted" | "empty" | "name-clash" | "too-large" | "protected";

// A Record, so that a kind added to XlsxErrorKind and missing here is a compile error.
const KINDS: Record<XlsxErrorKind, true> = {
  "not-xlsx": true,
  corrupt: true,
  encrypted: true,
  empty: true,
  "name-clash": true,
  "too-large": true,
  protected: true,
};

/** Every XlsxErrorKind, in the order of its documentation. */
export const XLSX_ERROR_KINDS = Object.keys(KINDS) as XlsxErrorKind[];

/** A typed failure of the .xlsx adapter: `kind` and `subject`, worded by src/strings' `xlsxErrorMessage`. */
export class XlsxError extends HostError<XlsxErrorKind> {
  override readonly name = "XlsxError";
}
