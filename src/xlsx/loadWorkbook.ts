import ExcelJS from "exceljs";
import { normaliseForWriting } from "./normaliseForWriting";
import { prescanSheets } from "./prescanSheets";
import { XlsxError } from "./XlsxError";

/** A defined name as the file stores it, before ExcelJS flattens it (see `loadWorkbook`). */
export interface StoredName {
  name: string;
  /** References such as `'Xếp hạng'!$A$1`, as ExcelJS extracted them (broken ones already dropped). */
  ranges: string[];
  /** Set for a sheet-scoped name: the index of its sheet in the workbook's `<sheets>` list. */
  localSheetId?: number;
}

/** A loaded workbook, and its defined names with their scope. */
export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  /** Null when ExcelJS no longer lets us see the names before it flattens them (then use its model). */
  storedNames: StoredName[] | null;
  /** Sheet names in the order of the file's `<sheets>` list, which `localSheetId` indexes. */
  storedSheets: string[];
}

/** The names as the file stored them; ExcelJS's own model, which has lost the scope, when they could not be captured. */
export function storedNamesOf(loaded: LoadedWorkbook): StoredName[] {
  return loaded.storedNames ?? loaded.workbook.definedNames.model;
}

// Plain Uint8Array work, no Node Buffer: the task pane reads returned forms with this in the browser too.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A text's UTF-16LE bytes, as CFB directory entries name their streams. */
function utf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i] = code & 0xff;
    bytes[2 * i + 1] = code >> 8;
  }
  return bytes;
}

/** Whether `needle` occurs in `bytes` (Buffer.includes without Buffer). */
function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (
    let i = bytes.indexOf(first!);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first!, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

// An Excel 97–2003 workbook is a CFB container too; its directory names a "Workbook" (or "Book") stream,
// whereas a password-protected .xlsx holds an "EncryptedPackage" stream instead.
function classifyCfb(bytes: Uint8Array): XlsxError {
  const legacy = includes(bytes, utf16("Workbook")) && !includes(bytes, utf16("EncryptedPackage"));
  return new XlsxError(legacy ? "not-xlsx" : "encrypted");
}

const isCfb = (bytes: Uint8Array): boolean => CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);

const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/**
 * Loads an .xlsx from memory, or throws an `XlsxError` of the kind of thing wrong with the file. Never throws for a
 * workbook without sheets: reading refuses it, writing does not need to. A merge over a whole sheet comes back
 * cut to the sheet's content (see `prescanSheets`).
 */
export async function loadWorkbook(data: Uint8Array): Promise<LoadedWorkbook> {
  const bytes = data;
  if (isCfb(bytes)) throw classifyCfb(bytes);
  if (!isZip(bytes)) throw new XlsxError("not-xlsx");

  // Refuses a sheet too large to read and cuts merges over a whole sheet, before ExcelJS allocates them.
  const scanned = (await prescanSheets(bytes)) ?? bytes;
  const workbook = new ExcelJS.Workbook();
  const captured = captureStoredNames(workbook);
  try {
    // ExcelJS's types say Buffer; its zip reader (JSZip) takes any Uint8Array, in Node and in the browser.
    await workbook.xlsx.load(scanned as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch (error) {
    throw new XlsxError("corrupt", { cause: error });
  }
  // Zip entry names are stored uncompressed, so this finds the workbook part without unzipping again.
  if (workbook.worksheets.length === 0 && !includes(bytes, new TextEncoder().encode("xl/workbook.xml"))) {
    // A zip archive, but not an Excel workbook.
    throw new XlsxError("not-xlsx");
  }
  // Valid OOXML that ExcelJS reads but cannot write back is made writable here, before anyone writes it.
  normaliseForWriting(workbook);
  return { workbook, storedNames: captured.names, storedSheets: captured.sheets };
}

interface ParsedWorkbookPart {
  sheets?: { name: string }[];
  definedNames?: StoredName[];
}

type XlsxWithParser = { parseWorkbook?: (stream: unknown) => Promise<ParsedWorkbookPart> };

// ExcelJS parses each defined name with its localSheetId, then keeps only {name, ranges}: a sheet-scoped name
// becomes a workbook name. Excel makes sheet-scoped copies of our marks when a user copies an output sheet,
// so the scope decides ownership; wrap this load's workbook-part parser to see the names first.
function captureStoredNames(workbook: ExcelJS.Workbook): { names: StoredName[] | null; sheets: string[] } {
  const captured: { names: StoredName[] | null; sheets: string[] } = { names: null, sheets: [] };
  const xlsx = workbook.xlsx as unknown as XlsxWithParser;
  const parse = xlsx.parseWorkbook;
  if (typeof parse !== "function") return captured;
  xlsx.parseWorkbook = async (stream) => {
    const part = await parse.call(xlsx, stream);
    captured.sheets = (part.sheets ?? []).map((sheet) => sheet.name);
    captured.names = (part.definedNames ?? []).map((n) => ({ ...n, ranges: [...n.ranges] }));
    return part;
  };
  return captured;
}
