import ExcelJS from "exceljs";
import { SAMPLE_CRITERIA, SAMPLE_KEYS } from "../../src/samples/sampleCriteria";

/** A returned form opened as a unit's secretary would open it, to type into. */
export interface OpenForm {
  book: ExcelJS.Workbook;
  sheet: ExcelJS.Worksheet;
  /** The form's cell (A1) of a criterion key under a header (`Điểm tự chấm`, `Điểm tối đa`). */
  cell(key: string, header: string): string;
  /** The cell (A1) holding the unit's name above the header. */
  unitCell(unit: string): string;
  bytes(): Promise<Uint8Array>;
}

/** Opens a form file with ExcelJS; rows are found by the criteria's table order, checked by their codes. */
export async function openForm(data: Uint8Array): Promise<OpenForm> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  const sheet = book.worksheets[0]!;
  let header = 0;
  sheet.eachRow((row, r) => {
    if (!header && row.getCell(1).value === "STT") header = r;
  });
  const headers = (sheet.getRow(header).values as unknown[]).map((v) => String(v ?? ""));
  return {
    book,
    sheet,
    cell(key, text) {
      const index = SAMPLE_KEYS.indexOf(key);
      const row = header + 1 + index;
      if (String(sheet.getRow(row).getCell(1).value) !== SAMPLE_CRITERIA[index]![0])
        throw new Error(`row of ${key}`);
      return `${String.fromCharCode(64 + headers.indexOf(text))}${row}`;
    },
    unitCell(unit) {
      let found = "";
      sheet.eachRow((row, r) =>
        row.eachCell((c) => {
          if (!found && r < header && c.value === unit) found = c.address;
        }),
      );
      return found;
    },
    bytes: async () => new Uint8Array(await book.xlsx.writeBuffer()),
  };
}
