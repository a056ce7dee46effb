import { HostError } from "../engine";

/**
 * Why Excel refused the add-in's work, so the task pane or the ribbon can tell the secretary what to do:
 * - `protected`: a sheet or the workbook's structure is protected;
 * - `cell-edit`: Excel is busy editing a cell;
 * - `busy`: Excel refused the operation in its present state (a cell being edited, a dialog open);
 * - `excel-failed`: Excel failed for a reason of its own (a general exception), which a retry often clears;
 * - `formula-too-long`: a formula to write passes Excel's 8,192 characters;
 * - `name-clash`: an output sheet or name is taken by something that is not ours to replace;
 * - `payload`: a request or a response is too large for Excel even after splitting;
 * - `unsupported`: this version of Excel lacks an API the add-in needs;
 * - `too-large`: a sheet holds more than 2,000,000 non-empty cells, or values spread too far to read (DESIGN §9).
 */
export type ExcelHostErrorKind =
  | "protected"
  | "cell-edit"
  | "name-clash"
  | "payload"
  | "unsupported"
  | "too-large"
  | "busy"
  | "excel-failed"
  | "formula-too-long";

/** A typed failure of the Excel host: `kind` and `subject`, worded by src/strings' `hostErrorMessage`. */
export class ExcelHostError extends HostError<ExcelHostErrorKind> {
  override readonly name = "ExcelHostError";
}

// Office.js error codes (Excel.ErrorCodes and OfficeExtension.ErrorCodes) by the kind they mean here.
const KIND_OF_CODE: Record<string, ExcelHostErrorKind> = {
  AccessDenied: "protected",
  InvalidOperationInCellEditMode: "cell-edit",
  ItemAlreadyExists: "name-clash",
  RequestPayloadSizeLimitExceeded: "payload",
  ResponsePayloadSizeLimitExceeded: "payload",
  PayloadTooLarge: "payload",
  InvalidOperation: "busy",
  GeneralException: "excel-failed",
  FormulaLengthExceedsLimit: "formula-too-long",
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
  return new ExcelHostError(kind, { cause: error });
}

/**
 * `context.sync()`, with Excel's error as an ExcelHostError when it is one of the known kinds: every sync of the
 * adapter goes through here, so a refusal reaches the pane and the ribbon typed. `refusal` words a failure
 * otherwise, where the read knows better what it means (too many areas to list: a sheet too large).
 */
export async function syncOrThrow(
  context: Excel.RequestContext,
  refusal: (error: unknown) => unknown = toHostError,
): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw refusal(error);
  }
}
