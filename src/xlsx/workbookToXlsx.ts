import { A4_PORTRAIT, a1, type LayoutValue, type SheetLayout, type WorkbookInput } from "../engine";
import { layoutsToXlsx } from "./formsToXlsx";

// Fixed document dates keep the sample files' content the same from one `npm run samples` to the next.
const SAMPLE_DATE = new Date("2024-12-01T00:00:00Z");

/**
 * An .xlsx file holding a workbook's sheets as values (and formulas, with their values as cached results),
 * laid out as a secretary's workbook would be (readable column widths); used for the bundled samples and in
 * tests. The sheets are the user's: no ownership mark.
 */
export async function workbookToXlsx(workbook: WorkbookInput): Promise<Uint8Array> {
  return await layoutsToXlsx(workbook.sheets.map(sheetLayout), SAMPLE_DATE);
}

function sheetLayout(sheet: WorkbookInput["sheets"][number]): SheetLayout {
  const widths: number[] = [];
  const values = sheet.values.map((row, r) =>
    row.map((value, c): LayoutValue => {
      if (value === "") return null;
      widths[c] = Math.max(widths[c] ?? 6, Math.min(50, String(value).length + 2));
      // A formula keeps the value beside it as its cached result, as Excel saves it.
      const formula = sheet.formulas?.get(a1(r, c));
      if (formula && typeof value !== "boolean") return { formula: formula.replace(/^=/, ""), value };
      return value;
    }),
  );
  return {
    kind: "form",
    name: sheet.name,
    values,
    formats: [],
    merges: [],
    columnWidths: Array.from(widths, (width = 8.43, c) =>
      c === 1 ? Math.max(width, 30) : Math.min(width, 18),
    ),
    rowHeights: [],
    freeze: null,
    print: A4_PORTRAIT,
    links: [],
    chart: null,
    tabColor: null,
  };
}
