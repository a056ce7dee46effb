// Workbooks with a far-away value, a merge over a whole sheet, or very many cells, built cheaply: ExcelJS
// itself would allocate every cell of the whole-sheet merge, so that one is written as ExcelJS's file with its
// merge reference widened in the sheet XML, and the many cells as sheet XML directly.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bytesOf, patchPart } from "./xlsxFixtures";

/** A sheet "Ghi chú" with a small table at A1:B3, and `extra` on it. */
async function noteSheet(extra: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Ghi chú");
  sheet.getCell("A1").value = "STT";
  sheet.getCell("B1").value = "Nội dung";
  sheet.getCell("A2").value = 1;
  sheet.getCell("B2").value = { formula: "A2*2", result: 2 };
  sheet.getCell("A3").value = 2;
  extra(sheet);
  return bytesOf(workbook);
}

/** The table, and a stray "x" at XFD1048576 (a formula there too when asked). */
export function farCellWorkbook(): Promise<Buffer> {
  return noteSheet((sheet) => {
    sheet.getCell("XFD1048576").value = "x";
    sheet.getCell("D1048000").value = { formula: "1+1", result: 2 };
  });
}

/** Adds a sheet with a value at XFD1048576 to a workbook's bytes (a sample bloc), keeping the rest. */
export async function withFarSheet(data: Uint8Array): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const sheet = workbook.addWorksheet("Ghi chú");
  sheet.getCell("A1").value = "Ghi chú";
  sheet.getCell("XFD1048576").value = "x";
  return bytesOf(workbook);
}

/** The table under a merge over the whole sheet, A1:XFD1048576. */
export async function wholeSheetMergeWorkbook(): Promise<Buffer> {
  const data = await noteSheet((sheet) => sheet.mergeCells("D5:E6"));
  return patchPart(data, "xl/worksheets/sheet1.xml", (xml) => widenMerge(xml));
}

/** A sample bloc with a sheet under a merge over A1:XFD1048576. */
export async function withWholeSheetMerge(data: Uint8Array): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const sheet = workbook.addWorksheet("Gộp");
  sheet.getCell("A1").value = "Gộp cả trang";
  sheet.mergeCells("A1:B2");
  const bytes = await bytesOf(workbook);
  const zip = await JSZip.loadAsync(bytes);
  const part = `xl/worksheets/sheet${workbook.worksheets.length}.xml`;
  zip.file(part, widenMerge(await zip.file(part)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

function widenMerge(xml: string): string {
  const widened = xml.replace(/<mergeCell ref="[^"]*"/, '<mergeCell ref="A1:XFD1048576"');
  if (widened === xml) throw new Error("no merge to widen");
  return widened;
}

/** A workbook whose one sheet "Dữ liệu" holds `count` numbers, 1,000 to a row, as sheet XML written directly. */
export async function manyCellsWorkbook(count: number): Promise<Buffer> {
  const data = await noteSheet(() => undefined);
  const rows: string[] = [];
  const columns = Array.from({ length: 1000 }, (_, c) => columnLetters(c));
  for (let row = 0; row * 1000 < count; row++) {
    const cells: string[] = [];
    for (let c = 0; c < 1000 && row * 1000 + c < count; c++) {
      cells.push(`<c r="${columns[c]}${row + 1}"><v>${c}</v></c>`);
    }
    rows.push(`<row r="${row + 1}">${cells.join("")}</row>`);
  }
  const patched = await patchPart(data, "xl/worksheets/sheet1.xml", (xml) =>
    xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${rows.join("")}</sheetData>`),
  );
  return patchPart(patched, "xl/workbook.xml", (xml) => xml.replace('name="Ghi chú"', 'name="Dữ liệu"'));
}

function columnLetters(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
