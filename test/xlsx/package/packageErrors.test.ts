import { XlsxPackage } from "../../../src/xlsx/package/XlsxPackage";
import { XlsxError, type XlsxErrorKind } from "../../../src/xlsx/XlsxError";
import { MAIN, userPackage, zipOf } from "./packageFixtures";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Deterministic junk: a small linear congruential generator. */
function junk(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16;
  }
  return bytes;
}

const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));
const utf16 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf16le"));

async function kindOf(data: Uint8Array): Promise<XlsxErrorKind | "opened"> {
  try {
    await XlsxPackage.open(data);
    return "opened";
  } catch (error) {
    expect(error).toBeInstanceOf(XlsxError);
    return (error as XlsxError).kind;
  }
}

describe("XlsxPackage.open refuses bad files with a kind", () => {
  test("random bytes, an empty file, a CSV, a .docx and a zip of notes are not an .xlsx", async () => {
    expect(await kindOf(junk(4096))).toBe("not-xlsx");
    expect(await kindOf(new Uint8Array(0))).toBe("not-xlsx");
    expect(await kindOf(new TextEncoder().encode("Đơn vị,Điểm\nBan Tổ chức,97.5\n"))).toBe("not-xlsx");
    const docx = await zipOf({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
    });
    expect(await kindOf(docx)).toBe("not-xlsx");
    expect(await kindOf(await zipOf({ "ghi-chu.txt": "xin chào" }))).toBe("not-xlsx");
    const xlsb = await zipOf({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>`,
      "xl/workbook.bin": "\u0083\u0001\u0000",
    });
    expect(await kindOf(xlsb)).toBe("not-xlsx");
  });

  test("a broken zip, or a workbook part that is not XML, is corrupt, with the cause kept", async () => {
    expect(await kindOf(concat(new TextEncoder().encode("PK\x03\x04"), junk(512)))).toBe("corrupt");
    expect(
      await kindOf(await zipOf({ "[Content_Types].xml": "junk", "xl/workbook.xml": "<<< not xml at all" })),
    ).toBe("corrupt");
    const broken = concat(new TextEncoder().encode("PK\x03\x04"), junk(512));
    await expect(XlsxPackage.open(broken)).rejects.toHaveProperty("cause");
  });

  test("an OLE container is a password-protected workbook, or an old .xls", async () => {
    expect(await kindOf(concat(new Uint8Array(CFB), junk(1024)))).toBe("encrypted");
    expect(await kindOf(concat(new Uint8Array(CFB), junk(512), utf16("EncryptedPackage")))).toBe("encrypted");
    expect(await kindOf(concat(new Uint8Array(CFB), junk(512), utf16("Workbook")))).toBe("not-xlsx");
  });

  test("odd but valid packages open: no content types, no rels at all, a workbook found through _rels/.rels", async () => {
    expect(await kindOf(await zipOf({ "xl/workbook.xml": `<workbook xmlns="${MAIN}"/>` }))).toBe("opened");
    const moved = userPackage();
    moved["wb/book.xml"] = moved["xl/workbook.xml"]!;
    delete moved["xl/workbook.xml"];
    moved["_rels/.rels"] = moved["_rels/.rels"]!.replace('Target="xl/workbook.xml"', 'Target="/wb/book.xml"');
    const pkg = await XlsxPackage.open(await zipOf(moved));
    expect(pkg.workbookPart).toBe("wb/book.xml");
    expect(pkg.sheets.map((s) => s.part)).toEqual(["", "", ""]);
    await expect(pkg.sheetXml("Data")).rejects.toMatchObject({ kind: "corrupt", subject: "Data" });
    // Without workbook relationships, removing a sheet makes no empty relationships part.
    pkg.removeSheets(["Data"]);
    expect(pkg.sheets.map((s) => s.name)).toEqual(["Biểu đồ", "Ghi chú & ý"]);
    expect(await pkg.text("wb/_rels/book.xml.rels")).toBeNull();
  });

  test("a self-closing workbook takes sheets, names and calcPr", async () => {
    const pkg = await XlsxPackage.open(await zipOf({ "xl/workbook.xml": `<workbook xmlns="${MAIN}"/>` }));
    pkg.addSheet({ name: "A", xml: "<worksheet/>", children: [] });
    pkg.addName({ name: "N", formula: "1" });
    pkg.recalcOnOpen();
    expect(pkg.sheets.map((s) => s.name)).toEqual(["A"]);
    expect(pkg.names).toEqual([{ name: "N", formula: "1" }]);
    expect(await pkg.text("xl/workbook.xml")).toMatch(
      /<sheets>.*<\/sheets><definedNames>.*<calcPr fullCalcOnLoad="1"\/><\/workbook>$/,
    );
  });
});
