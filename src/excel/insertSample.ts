import { a1, columnName, sameSheetName, type WorkbookInput } from "../engine";
import { ExcelHostError, syncOrThrow } from "./ExcelHostError";
import { hostCell } from "./hostCell";
import { removeAdded } from "./removeAdded";

// Column widths in points from the longest text, within bounds that keep long criterion texts readable
// without pushing the score columns off a laptop screen.
const POINTS_PER_CHAR = 6;
const MIN_WIDTH = 40;
const MAX_WIDTH = 360;

function columnWidth(values: WorkbookInput["sheets"][number]["values"], col: number): number {
  const longest = Math.max(0, ...values.map((row) => String(row[col] ?? "").length));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest * POINTS_PER_CHAR));
}

/**
 * Adds a sample bloc's sheets to the open workbook (2 syncs) and shows its first sheet. Existing sheets are
 * never touched: when one of the sample's names is already taken nothing is written and a `name-clash`
 * ExcelHostError names it. Should the write fail part-way, the sheets it added are deleted again (removeAdded).
 */
export async function insertSample(context: Excel.RequestContext, sample: WorkbookInput): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  let before: Set<string> | null = null;
  try {
    worksheets.load("items/name,items/id");
    await syncOrThrow(context);
    before = new Set(worksheets.items.map((sheet) => sheet.id));
    const taken = worksheets.items.map((sheet) => sheet.name);
    const clash = sample.sheets.find((sheet) => taken.some((name) => sameSheetName(name, sheet.name)));
    if (clash) throw new ExcelHostError("name-clash", { subject: clash.name });
    // Every sheet is added before any is filled: a formula naming a sheet Excel does not have yet would be
    // taken for a link to another workbook (DESIGN §7).
    const added = sample.sheets.map(({ name }) => worksheets.add(name));
    sample.sheets.forEach(({ values, formulas }, i) => {
      const sheet = added[i]!;
      const width = Math.max(0, ...values.map((row) => row.length));
      if (values.length === 0 || width === 0) return;
      // A sample's subtotals are SUM formulas, as in the templates it imitates: Excel computes them.
      const rows = values.map((row, r) =>
        Array.from({ length: width }, (_, c) => formulas?.get(a1(r, c)) ?? hostCell(row[c] ?? null)),
      );
      sheet.getRange(`A1:${columnName(width - 1)}${rows.length}`).formulas = rows;
      for (let c = 0; c < width; c++) {
        sheet.getRange(`${columnName(c)}1`).format.columnWidth = columnWidth(values, c);
      }
    });
    const first = sample.sheets[0]?.name;
    if (first) worksheets.getItem(first).activate();
    await syncOrThrow(context);
    return sample.sheets.map((sheet) => sheet.name);
  } catch (failure) {
    // Half a sample is no sample: the sheets this insertion added go again (never a sheet that was there).
    if (before && !(failure instanceof ExcelHostError && failure.kind === "name-clash")) {
      await removeAdded(
        context,
        sample.sheets.map((sheet) => sheet.name),
        before,
      );
    }
    throw failure;
  }
}
