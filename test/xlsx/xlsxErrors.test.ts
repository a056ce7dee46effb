import ExcelJS from "exceljs";
import JSZip from "jszip";
import { applyLayouts } from "../../src/xlsx/applyLayouts";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { XlsxError, type XlsxErrorKind } from "../../src/xlsx/XlsxError";
import { bytesOf, rankingLayout } from "./xlsxFixtures";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Deterministic junk: a small linear congruential generator. */
function junk(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

async function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(entries)) zip.file(path, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function expectKind(data: Buffer, kind: XlsxErrorKind): Promise<void> {
  const error: unknown = await readXlsx(data).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsxError);
  expect(error).toMatchObject({ name: "XlsxError", kind });
  expect((error as Error).message).not.toMatch(/\n/);
}

describe("bad files become typed errors", () => {
  test("random bytes and an empty file are not an .xlsx", async () => {
    await expectKind(junk(4096), "not-xlsx");
    await expectKind(Buffer.alloc(0), "not-xlsx");
    await expectKind(Buffer.from("Đơn vị,Điểm\nBan Tổ chức,97.5\n"), "not-xlsx");
  });

  test("a zip that is not a workbook (a .docx, a folder of notes) is not an .xlsx", async () => {
    await expectKind(
      await zipOf({ "ghi-chu.txt": "xin chào", "word/document.xml": "<w:document/>" }),
      "not-xlsx",
    );
  });

  test("a broken zip, or a zip whose workbook parts are junk, is corrupt; the cause is kept", async () => {
    await expectKind(Buffer.concat([Buffer.from("PK\x03\x04"), junk(512)]), "corrupt");
    const junkParts = await zipOf({
      "[Content_Types].xml": "junk",
      "xl/workbook.xml": "<<< not xml at all",
      "xl/worksheets/sheet1.xml": junk(64).toString("latin1"),
    });
    await expectKind(junkParts, "corrupt");
    await expect(readXlsx(junkParts)).rejects.toHaveProperty("cause");
  });

  test("an OLE container is a password-protected workbook, or an old .xls", async () => {
    await expectKind(Buffer.concat([Buffer.from(CFB), junk(1024)]), "encrypted");
    const encrypted = Buffer.concat([
      Buffer.from(CFB),
      junk(512),
      Buffer.from("EncryptedPackage", "utf16le"),
    ]);
    await expectKind(encrypted, "encrypted");
    const legacy = Buffer.concat([Buffer.from(CFB), junk(512), Buffer.from("Workbook", "utf16le")]);
    await expectKind(legacy, "not-xlsx");
  });

  test("a workbook without worksheets is empty for reading, yet outputs can still be written into it", async () => {
    const data = await bytesOf(new ExcelJS.Workbook());
    await expectKind(data, "empty");
    const written = await applyLayouts(data, [rankingLayout({ links: [] })]);
    expect((await readXlsx(written)).existing).toEqual([{ name: "Xếp hạng", owner: "ranking" }]);
  });

  test("applyLayouts refuses a bad file the same way", async () => {
    await expect(applyLayouts(junk(100), [rankingLayout()])).rejects.toMatchObject({ kind: "not-xlsx" });
    await expect(applyLayouts(Buffer.from(CFB), [rankingLayout()])).rejects.toMatchObject({
      kind: "encrypted",
    });
  });
});
