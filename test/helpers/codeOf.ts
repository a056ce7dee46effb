import type { FakeExcelError } from "../excel/fakeExcel/fakeExcel";

/** The Office.js error code a piece of work fails with, or "no error": what the fake's tests assert on. */
export async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return (error as FakeExcelError).code;
  }
  return "no error";
}
