import { issue, type Issue } from "../issues";
import type { WorkbookInput } from "../workbook";

/** A `sheet-far-cell` warning for each value a reader left out of a sheet's grid as far beyond its content. */
export function farCellIssues(workbook: WorkbookInput): Issue[] {
  return workbook.sheets.flatMap((sheet) =>
    (sheet.far ?? []).map((far) =>
      issue({ code: "sheet-far-cell", sheet: sheet.name, cell: far.cell, value: far.value }),
    ),
  );
}
