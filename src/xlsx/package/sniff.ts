import { XlsxError } from "../XlsxError";

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
export function includesBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  for (
    let i = bytes.indexOf(first);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

/** Whether the bytes start like an OLE compound file (an old .xls, or an encrypted .xlsx). */
export const isCfb = (bytes: Uint8Array): boolean => CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);

/** Whether the bytes start like a zip archive (a local file header, or the end record of an empty zip). */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);

/**
 * What an OLE container is: an Excel 97–2003 workbook names a "Workbook" (or "Book") stream, whereas a
 * password-protected .xlsx holds an "EncryptedPackage" stream instead; anything else is taken as encrypted.
 */
export function classifyCfb(bytes: Uint8Array): XlsxError {
  const legacy = includesBytes(bytes, utf16("Workbook")) && !includesBytes(bytes, utf16("EncryptedPackage"));
  return new XlsxError(legacy ? "not-xlsx" : "encrypted");
}
