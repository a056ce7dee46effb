/** An Office.js-style error: `code` as in `Excel.ErrorCodes` / `OfficeExtension.Error`. */
export class FakeExcelError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "OfficeExtension.Error";
    this.code = code;
  }
}
