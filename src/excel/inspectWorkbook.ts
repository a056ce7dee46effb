import { type BlocResult, evaluateBloc } from "../engine";
import { yearOf } from "./actionOptions";
import { readWorkbook, type ExcelContents } from "./readWorkbook";

/** What the task pane shows before anything is written: the engine's verdict on the open workbook. */
export interface Inspection {
  result: BlocResult;
  contents: ExcelContents;
}

/**
 * Reads the open workbook (3 syncs, more only past 4.5 MB of values: see readWorkbook) and evaluates it without writing anything, so the
 * pane can show what it detected and every issue before the secretary ranks.
 * @throws ExcelHostError for a host failure of a known kind (cell-edit mode…).
 */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  options: { year?: number } = {},
): Promise<Inspection> {
  const contents = await readWorkbook(context);
  const result = evaluateBloc(contents.workbook, { year: yearOf(options) });
  return { result, contents };
}
