import {
  type BlocResult,
  evaluateBloc,
  type Lang,
  layoutOutputs,
  type SheetLayout,
  sheetToShow,
} from "../engine";
import { yearOf } from "./actionOptions";
import { applyLayouts, type ApplyReport } from "./applyLayouts";
import { readWorkbook } from "./readWorkbook";

export interface RankOptions {
  /** The year a workbook without a `Năm` setting is for; defaults to the current year. */
  year?: number;
  /** Language of the output sheets; defaults to the Language setting. */
  lang?: Lang;
  /** `Office.context.requirements.isSetSupported`; injected by tests. */
  supports?: (set: string, version: string) => boolean;
  payloadLimit?: number;
  /** Write only these outputs ("Kiểm tra dữ liệu" writes the data check alone); all of them by default. */
  only?: readonly SheetLayout["kind"][];
  /**
   * Told when each stage starts. The task pane awaits a paint in it, so the evaluation (synchronous, up to a
   * few hundred milliseconds on a large bloc) does not freeze the progress text on the previous stage.
   */
  onStage?: (stage: RankStage) => void | Promise<void>;
}

/** The stages of a rank run, in order. */
export type RankStage = "read" | "evaluate" | "write";

export interface RankReport {
  result: BlocResult;
  layouts: SheetLayout[];
  /** The sheet shown at the end: the ranking, or the data check when the result is provisional. */
  activated: string;
  /**
   * Syncs of the read (3, one more per 4.5 MB of values beyond the first: see `readWorkbook`) and of the write
   * (1 unless the payload had to be split).
   */
  syncs: number;
  /** The read's share of `syncs`. */
  readSyncs: number;
}

/**
 * One rank run inside `Excel.run`: read the workbook (3 syncs, more only past 4.5 MB of values), evaluate and lay
 * out in TypeScript, write the outputs (1 sync, more only past the 5 MB request limit) and activate the ranking
 * sheet, or the data-check sheet when there are data errors. Four syncs whatever the number of units and
 * criteria while the reads and the writes stay under those limits; one more per 4.5 MB beyond (DESIGN §7).
 * @throws ExcelHostError when Excel refuses (protected sheet, cell-edit mode, name clash…).
 */
export async function rankInExcel(
  context: Excel.RequestContext,
  options: RankOptions = {},
): Promise<RankReport> {
  await options.onStage?.("read");
  const contents = await readWorkbook(context, options.supports);
  await options.onStage?.("evaluate");
  const result = evaluateBloc(contents.workbook, { year: yearOf(options) });
  const layouts = layoutOutputs(result, {
    existing: contents.existing,
    ...(options.lang ? { lang: options.lang } : {}),
  }).filter((layout) => !options.only || options.only.includes(layout.kind));
  const activated = sheetToShow(layouts, result.provisional) ?? "";
  await options.onStage?.("write");
  const write: ApplyReport = await applyLayouts(context, layouts, {
    contents,
    activate: activated || undefined,
    ...(options.supports ? { supports: options.supports } : {}),
    ...(options.payloadLimit ? { payloadLimit: options.payloadLimit } : {}),
  });
  const readSyncs = contents.readSyncs ?? 3;
  return { result, layouts, activated, syncs: readSyncs + write.syncs, readSyncs };
}
