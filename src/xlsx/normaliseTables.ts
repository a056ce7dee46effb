import type ExcelJS from "exceljs";

interface TableModel {
  style?: Record<string, unknown> | null;
}

type SheetWithTables = { tables?: Record<string, { table?: TableModel } | undefined> };

/**
 * Makes a loaded workbook's tables writable again. A table part without `<tableStyleInfo>` is valid OOXML
 * (LibreOffice saves tables so), but ExcelJS loads it with a null style and then throws while writing;
 * a style-less tableStyleInfo (no style name, no stripes) says the same thing in a form it can write, so the
 * table is kept and looks as it did.
 */
export function normaliseTables(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    const tables = (worksheet as unknown as SheetWithTables).tables ?? {};
    for (const entry of Object.values(tables)) {
      const model = entry?.table;
      if (model && !model.style) {
        model.style = {
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: false,
          showColumnStripes: false,
        };
      }
    }
  }
}
