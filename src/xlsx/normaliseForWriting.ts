import type ExcelJS from "exceljs";

interface TableModel {
  style?: Record<string, unknown> | null;
}

type SheetWithTables = { tables?: Record<string, { table?: TableModel } | undefined> };

interface RuleModel {
  type?: string;
  formulae?: string[];
}

type SheetWithFormats = { conditionalFormattings?: { rules?: RuleModel[] }[] };

/**
 * Makes a loaded workbook writable again where it is valid OOXML that ExcelJS reads but throws on writing:
 * whatever a workbook mailed from elsewhere holds, the outputs are still written (DESIGN §9). Each fix says
 * the same thing in a form ExcelJS can write, and keeps the part (the table, the rule) where it can.
 */
export function normaliseForWriting(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    styleBareTables(worksheet as unknown as SheetWithTables);
    dropEmptyRules(worksheet as unknown as SheetWithFormats);
  }
}

// A table part without <tableStyleInfo> (LibreOffice saves tables so) loads with a null style, which ExcelJS
// then reads `.theme` of; a style-less tableStyleInfo (no style name, no stripes) keeps the table as it looked.
function styleBareTables(worksheet: SheetWithTables): void {
  for (const entry of Object.values(worksheet.tables ?? {})) {
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

// A cellIs or expression rule without its <formula> (the schema allows none) loads without `formulae`, which
// ExcelJS then iterates. A cellIs rule keeps its place with no formula, as it came; an expression rule without
// its expression can never apply and is dropped, and a conditional format left without rules with it.
function dropEmptyRules(worksheet: SheetWithFormats): void {
  const formats = worksheet.conditionalFormattings;
  if (!Array.isArray(formats)) return;
  for (const format of formats) {
    if (!Array.isArray(format.rules)) continue;
    format.rules = format.rules.filter(
      (rule) => rule.type !== "expression" || (rule.formulae?.length ?? 0) > 0,
    );
    for (const rule of format.rules) if (rule.type === "cellIs" && !rule.formulae) rule.formulae = [];
  }
  worksheet.conditionalFormattings = formats.filter((format) => (format.rules?.length ?? 1) > 0);
}
