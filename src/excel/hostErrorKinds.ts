import type { ExcelHostErrorKind } from "./ExcelHostError";

// A Record, so that a kind added to ExcelHostErrorKind and missing here is a compile error. Its own module,
// free of the messages, so the dialog bundle can check a kind without them.
const KINDS: Record<ExcelHostErrorKind, true> = {
  protected: true,
  "cell-edit": true,
  "name-clash": true,
  payload: true,
  unsupported: true,
  "too-large": true,
  busy: true,
  "excel-failed": true,
  "formula-too-long": true,
};

/** Every ExcelHostErrorKind, in the order of its documentation. */
export const HOST_ERROR_KINDS = Object.keys(KINDS) as ExcelHostErrorKind[];

/** Whether a text (a dialog query's `kind`, say) is an ExcelHostErrorKind. */
export const isHostErrorKind = (kind: string | null): kind is ExcelHostErrorKind =>
  kind !== null && Object.prototype.hasOwnProperty.call(KINDS, kind);
