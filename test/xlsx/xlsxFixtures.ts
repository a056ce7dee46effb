import ExcelJS from "exceljs";
import JSZip from "jszip";
import { A4_PORTRAIT, type SheetLayout } from "../../src/engine/layout/sheetLayout";

/** An ExcelJS workbook as file bytes. */
export async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** File bytes back into an ExcelJS workbook, to inspect what was written. */
export async function openBytes(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook;
}

/** One part of an .xlsx as text, e.g. `xl/workbook.xml`, for what ExcelJS does not model. */
export async function partOf(data: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the file`);
  return file.async("string");
}

/** Rewrites one part of an .xlsx, to craft what ExcelJS cannot write (sheet-scoped names…). */
export async function patchPart(
  data: Uint8Array,
  path: string,
  edit: (xml: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  zip.file(path, edit(await partOf(data, path)));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The workbook-level defined names of a file, as ExcelJS models them. */
export async function definedNamesOf(data: Uint8Array): Promise<Record<string, string[]>> {
  const workbook = await openBytes(data);
  return Object.fromEntries(workbook.definedNames.model.map(({ name, ranges }) => [name, ranges]));
}

/** A small output sheet exercising every part of the layout contract an .xlsx can hold. */
export function rankingLayout(overrides: Partial<SheetLayout> = {}): SheetLayout {
  return {
    kind: "ranking",
    name: "Xếp hạng",
    values: [
      ["Bảng xếp hạng khối thi đua", null, null],
      ["Hạng", "Đơn vị", "Tổng điểm"],
      [1, "=Ban Tổ chức", { formula: "SUM(D3:E3)", value: 97.5 }],
      [2, "+Báo Quảng Trị", { formula: 'IF(C4>90,"Xuất sắc","Tốt")', value: "Tốt" }],
      [true, "@Đoàn khối", "-5"],
    ],
    formats: [
      { range: "A1", format: { bold: true, fontSize: 14, horizontal: "center" } },
      { range: "A2:C5", format: { border: "thin", vertical: "middle" } },
      { range: "A2:C2", format: { bold: true, fill: "D9E1F2", fontColor: "1F3864", wrap: true } },
      { range: "C3:C4", format: { numberFormat: "0.00", italic: true } },
    ],
    merges: ["A1:C1"],
    columnWidths: [6, 40, 12],
    rowHeights: [{ row: 1, height: 30 }],
    freeze: { rows: 2, columns: 1 },
    print: { ...A4_PORTRAIT, orientation: "landscape", printTitleRows: "2:2" },
    links: [{ cell: "B3", sheet: "Tổng hợp", target: "B7" }],
    chart: { title: "Tổng điểm", categories: "B3:B4", values: "C3:C4", from: "E2", to: "L20" },
    tabColor: "2E75B6",
    ...overrides,
  };
}
