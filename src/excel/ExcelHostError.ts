/**
 * Why Excel refused the add-in's work, so the task pane or the ribbon can tell the secretary what to do:
 * - `protected`: a sheet or the workbook's structure is protected;
 * - `cell-edit`: Excel is busy editing a cell;
 * - `name-clash`: an output sheet or name is taken by something that is not ours to replace;
 * - `payload`: a write is too large for Excel even after splitting;
 * - `unsupported`: this version of Excel lacks an API the add-in needs.
 */
export type ExcelHostErrorKind = "protected" | "cell-edit" | "name-clash" | "payload" | "unsupported";

const MESSAGES: Record<ExcelHostErrorKind, string> = {
  protected:
    "A sheet or the workbook structure is protected. Unprotect it (Review › Unprotect Sheet / Protect Workbook) and run the ranking again.",
  "cell-edit":
    "Excel is still editing a cell. Press Enter or Esc to finish editing, then run the ranking again.",
  "name-clash":
    "A sheet or name the add-in needs is already used by something it did not create. Rename that sheet or name, then run the ranking again.",
  payload:
    "The results are too large for Excel to write in one go. Close other workbooks or use Excel on the desktop, then run the ranking again.",
  unsupported:
    "This version of Excel lacks a feature the add-in needs. Update Office (Excel 2019 or newer, or Excel on the web) and run the ranking again.",
};

/** A typed failure of the Excel host; `message` tells the user what to do, `cause` keeps Excel's own error. */
export class ExcelHostError extends Error {
  readonly kind: ExcelHostErrorKind;

  constructor(kind: ExcelHostErrorKind, message: string = MESSAGES[kind], options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ExcelHostError";
    this.kind = kind;
  }
}

// Office.js error codes (Excel.ErrorCodes and OfficeExtension.ErrorCodes) by the kind they mean here.
const KIND_OF_CODE: Record<string, ExcelHostErrorKind> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "cell-edit",
  ItemAlreadyExists: "name-clash",
  RequestPayloadSizeLimitExceeded: "payload",
  PayloadTooLarge: "payload",
  ApiNotFound: "unsupported",
  UnsupportedOperation: "unsupported",
  NotImplemented: "unsupported",
};

/** Excel's error as an ExcelHostError when it is one of the known kinds; any other error unchanged. */
export function toHostError(error: unknown): unknown {
  if (error instanceof ExcelHostError) return error;
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const kind = typeof code === "string" ? KIND_OF_CODE[code] : undefined;
  if (!kind) return error;
  const detail = error instanceof Error && error.message ? ` (Excel: ${error.message})` : "";
  return new ExcelHostError(kind, `${MESSAGES[kind]}${detail}`, { cause: error });
}
