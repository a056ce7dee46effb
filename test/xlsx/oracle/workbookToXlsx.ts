import ExcelJS from "exceljs";
import { a1, type WorkbookInput } from "../../../src/engine";

// Fixed document dates keep the sample files' content the same from one `npm run samples` to the next.
const SAMPLE_DATE = new Date("2024-12-01T00:00:00Z");

/**
 * The previous product's sample writer, through ExcelJS: a workbook written by a program other than ours, for
 * fixtures that start from one (test/fixtures/packages). An .xlsx file holding a workbook's sheets as values (and formulas, with their values as cached results), laid out as a secretary's workbook would be
 * (bold header rows, readable column widths); used for the bundled samples and in tests.
 */
export async function workbookToXlsx(workbook: WorkbookInput): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Bloc Scoring";
  book.created = SAMPLE_DATE;
  book.modified = SAMPLE_DATE;
  for (const sheet of workbook.sheets) {
    const target = book.addWorksheet(sheet.name);
    const widths: number[] = [];
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "") return;
        const cell = target.getCell(r + 1, c + 1);
        // A formula keeps the value beside it as its cached result, as Excel saves it.
        const formula = sheet.formulas?.get(a1(r, c));
        cell.value = formula ? { formula: formula.replace(/^=/, ""), result: value } : value;
        widths[c] = Math.max(widths[c] ?? 6, Math.min(50, String(value).length + 2));
      }),
    );
    widths.forEach(
      (width, c) => (target.getColumn(c + 1).width = c === 1 ? Math.max(width, 30) : Math.min(width, 18)),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
