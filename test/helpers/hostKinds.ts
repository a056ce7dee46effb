import type { ExcelHostErrorKind } from "../../src/excel/ExcelHostError";

// A Record, so that a kind added to ExcelHostErrorKind and missing here is a compile error in the tests too.
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

/** Every kind of host failure, for tests that check each one's words. */
export const HOST_KINDS = Object.keys(KINDS) as ExcelHostErrorKind[];
