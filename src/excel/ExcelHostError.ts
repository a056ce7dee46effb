import { hostErrorMessage } from "../strings/hostMessages";

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

/**
 * A typed failure of the Excel host. `message` (Vietnamese, the product's default) tells the user what to do;
 * `hostErrorMessage(error.kind, lang, { name: error.subject })` gives it in the pane's language; `cause` keeps Excel's own error.
 */
export class ExcelHostError extends Error {
  readonly kind: ExcelHostErrorKind;
  /** The sheet or name involved, when there is one (a name clash, a sheet too large). */
  readonly subject: string | undefined;

  constructor(kind: ExcelHostErrorKind, options: { cause?: unknown; name?: string } = {}) {
    super(hostErrorMessage(kind, "vi", { name: options.name }), { cause: options.cause });
    this.name = "ExcelHostError";
    this.kind = kind;
    this.subject = options.name;
  }
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

/** `context.sync()`, with Excel's error as an ExcelHostError when it is one of the known kinds. */
export async function syncOrThrow(context: Excel.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw toHostError(error);
  }
}
