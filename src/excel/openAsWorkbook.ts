import { officeSupports } from "./applyLayouts";
import { toHostError } from "./ExcelHostError";

// String.fromCharCode takes its bytes as arguments; a whole form at once would pass the engine's argument limit.
const CHUNK = 0x8000;

/** An .xlsx file's bytes as the Base64 text `Excel.createWorkbook` takes. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Whether this Excel can open a file as a new workbook (`Excel.createWorkbook`, ExcelApi 1.8). */
export function canOpenWorkbooks(
  supports: (set: string, version: string) => boolean = officeSupports,
): boolean {
  return supports("ExcelApi", "1.8");
}

/**
 * Opens an .xlsx file as a new, unsaved workbook in its own Excel window (a new tab on the web), for the
 * secretary to save and attach to an email; the open workbook is not touched.
 * @throws ExcelHostError for a refusal of a known kind; Excel's own error otherwise.
 */
export async function openAsWorkbook(
  bytes: Uint8Array,
  create: (base64: string) => Promise<void> = (base64) => Excel.createWorkbook(base64),
): Promise<void> {
  try {
    return await create(toBase64(bytes));
  } catch (error) {
    throw toHostError(error);
  }
}
