import { planReplacement, sameSheetName, type SheetLayout } from "../engine";
import { ExcelHostError, syncOrThrow } from "./ExcelHostError";
import { newSheetStep, sheetSteps } from "./sheetSteps";
import { step, type Step, type StepEnv } from "./step";
import { REQUEST_OVERHEAD, sheetPathSize } from "./requestSize";
import { officeSupports } from "./officeSupports";
import { readOwners, type ExcelContents } from "./readWorkbook";
import { removeAdded } from "./removeAdded";

/** Excel on the web refuses a request over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface ApplyOptions {
  /** What `readWorkbook` found in this run; without it one more sync reads the sheets and marks. */
  contents?: Pick<ExcelContents, "existing" | "marks" | "protectedSheets" | "ids" | "visibility">;
  /** `Office.context.requirements.isSetSupported`; injected by tests. */
  supports?: (set: string, version: string) => boolean;
  /** The request payload limit to stay under; a write is split into more syncs only when it would pass it. */
  payloadLimit?: number;
  /** A sheet to activate at the end (the ranking, or the data check when the result is provisional). */
  activate?: string;
  /** Steps on existing sheets (an import's cell writes), queued before the new sheets in the same syncs. */
  before?: Step[];
}

/** What a write did: how many syncs it made and how large each request was estimated to be. */
export interface ApplyReport {
  syncs: number;
  payloads: number[];
}

// Defined beside the reader, which needs it too (without importing the writer); kept exported from here.
export { officeSupports } from "./officeSupports";

/**
 * Writes output sheets into the open workbook. Our earlier outputs of the kinds being written (found by
 * their ownership marks) are deleted with their marks; every other sheet is left as it was. The new sheets go
 * at the end in the order of `layouts`, each filled from whole 2-D arrays, then merges, formats, widths,
 * freeze panes, links, chart (ExcelApi 1.1) and page setup (ExcelApi 1.9, skipped on older hosts). Each is
 * marked as ours with a workbook name in the same sync that adds it, except a settings sheet, which becomes
 * the user's.
 *
 * Everything is queued and sent in ONE sync; only when the estimated request would pass `payloadLimit` is
 * it cut into several syncs, each under the limit, in order. Should a sync fail (whole or part-way through),
 * the sheets this write added are deleted again with their marks (removeAdded: two syncs more), so no output
 * is left half-written, and Excel's error is thrown; the sheets that were there are not touched, though
 * our earlier outputs being replaced may already be gone, and `before` steps that ran stay written.
 * @throws ExcelHostError `protected` (before anything is changed) when one of our sheets to replace is
 *   protected; `name-clash` (before anything is changed) when a layout's name is taken by a sheet
 *   that is not ours to replace; `protected`, `cell-edit`, `busy`, `excel-failed`, `payload`,
 *   `formula-too-long`, `unsupported` from the host.
 */
export async function applyLayouts(
  context: Excel.RequestContext,
  layouts: SheetLayout[],
  options: ApplyOptions = {},
): Promise<ApplyReport> {
  const { existing, marks, protectedSheets, ids, visibility } =
    options.contents ?? (await readOwners(context));
  const limit = options.payloadLimit ?? PAYLOAD_LIMIT;
  // The estimate bounds the request Office.js really builds (see requestSize: envelope, paths, ids at their
  // widest), so the margin is only for what a host adds around it; 5% keeps each request under 5 MB while
  // each split sync still carries more than the 4.5 MB of DESIGN §7.
  const budget = Math.floor(limit * 0.95);
  const {
    remove: removed,
    marksToDrop,
    clash,
    guarded,
  } = planReplacement({ existing, marks, protectedSheets }, layouts);
  // Excel would let us delete a protected sheet; the plan refuses it (see ReplacementPlan.guarded).
  if (guarded !== null) throw new ExcelHostError("protected", { subject: guarded });
  if (clash !== null) throw new ExcelHostError("name-clash", { subject: clash });

  const steps: Step[] = [];
  const visibilityOf = (name: string) =>
    visibility?.[existing.findIndex((s) => s.name === name)] ?? "Visible";
  // Excel keeps one visible sheet: when the user hid all of hers and only our old outputs show, a placeholder
  // holds that place while they are replaced, and goes once the new ones are added.
  const placeholder =
    removed.length > 0 &&
    !existing.some(({ name }) => !removed.includes(name) && visibilityOf(name) === "Visible")
      ? freeName(
          existing.map((s) => s.name),
          layouts,
        )
      : null;
  if (placeholder !== null) {
    steps.push(step((env) => void env.context.workbook.worksheets.add(placeholder)));
  }
  for (const name of removed) {
    const veryHidden = visibilityOf(name) === "VeryHidden";
    steps.push(
      step((env) => {
        const sheet = env.context.workbook.worksheets.getItem(name);
        // Excel refuses to delete a VeryHidden sheet (a user may have hidden an old output so).
        if (veryHidden) sheet.visibility = "Hidden";
        sheet.delete();
      }),
    );
  }
  // Marks of the kinds being written go too: they point at the deleted sheets, or nowhere.
  for (const mark of marksToDrop) {
    steps.push(step((env) => env.context.workbook.names.getItem(mark).delete()));
  }
  // Not spread into push: an import of 500 forms × 300 criteria has 150,000 cell writes, past the stack's limit.
  for (const s of options.before ?? []) steps.push(s);
  // A sheet is marked ours in the sync that adds it: were a later sync of a split write to fail, an unmarked
  // sheet would pass for the user's, and the next run would write beside it instead of replacing it.
  // Every sheet is added before any content goes in (DESIGN §7): Excel resolves a formula's sheet names
  // when it is written, and one naming a sheet not yet added is taken for another workbook's, #REF! for good.
  steps.push(...layouts.map(newSheetStep));
  if (placeholder !== null) {
    steps.push(step((env) => env.context.workbook.worksheets.getItem(placeholder).delete()));
  }
  for (const layout of layouts) steps.push(...sheetSteps(layout, budget));
  const active = options.activate;
  if (active !== undefined) steps.push(step((env) => env.sheet(active).activate()));

  const added = new Map<string, Excel.Worksheet>();
  const env: StepEnv = {
    context,
    supports: options.supports ?? officeSupports,
    sheet: (name) => {
      let sheet = added.get(name);
      if (!sheet) {
        const isNew = layouts.some((layout) => layout.name === name);
        sheet = isNew ? context.workbook.worksheets.add(name) : context.workbook.worksheets.getItem(name);
        added.set(name, sheet);
      }
      return sheet;
    },
  };
  const chunks = chunk(steps, budget);
  for (const part of chunks) {
    for (const s of part.steps) s.queue(env);
    try {
      // Bounded by the payload, not by the data: one sync unless the write passes Excel's request limit.
      await syncOrThrow(context);
    } catch (failure) {
      // No half-written output is left: what this write added goes again (removeAdded), then Excel's error.
      if (ids)
        await removeAdded(
          context,
          [...layouts.map((layout) => layout.name), ...(placeholder === null ? [] : [placeholder])],
          new Set(ids),
        );
      throw failure;
    }
  }
  return { syncs: chunks.length, payloads: chunks.map((c) => c.size) };
}

/**
 * Steps in order, grouped so that each group's request stays under the budget: the request's own envelope,
 * each step's share, and once per group the path of every sheet its steps reach.
 */
function chunk(steps: Step[], budget: number): { steps: Step[]; size: number }[] {
  type Chunk = { steps: Step[]; size: number; sheets: Set<string> };
  const open = (): Chunk => ({ steps: [], size: REQUEST_OVERHEAD, sheets: new Set() });
  const chunks: Chunk[] = [open()];
  const costIn = (part: Chunk, s: Step): number =>
    s.size +
    (s.sheets ?? []).reduce((sum, name) => sum + (part.sheets.has(name) ? 0 : sheetPathSize(name)), 0);
  for (const s of steps) {
    let last = chunks[chunks.length - 1]!;
    if (last.steps.length > 0 && last.size + costIn(last, s) > budget) {
      last = open();
      chunks.push(last);
    }
    last.size += costIn(last, s);
    last.steps.push(s);
    for (const name of s.sheets ?? []) last.sheets.add(name);
  }
  return chunks.map(({ steps: part, size }) => ({ steps: part, size }));
}

// A sheet name neither taken nor about to be.
function freeName(taken: string[], layouts: SheetLayout[]): string {
  const all = [...taken, ...layouts.map((l) => l.name)];
  for (let n = 1; ; n++) {
    const name = `BlocScoring ${n}`;
    if (!all.some((other) => sameSheetName(other, name))) return name;
  }
}
