// The write paths of the adapter (rank, create forms, import) run through Microsoft's client library for a
// bloc, with what each sync really sent beside what the adapter estimated. Shared by the test beside this file
// and `scripts/request-sizes.ts`.
import { a1 } from "../../../src/engine/address";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import type { CellWrite } from "../../../src/engine/merge/planMerge";
import { layoutForms } from "../../../src/engine/forms/layoutForms";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import type { CellValue, WorkbookInput } from "../../../src/engine/workbook";
import { applyLayouts, type ApplyOptions } from "../../../src/excel/applyLayouts";
import { generatedBloc } from "../../../src/samples/generatedBloc";
import { partyBloc } from "../../../src/samples/partyBloc";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import type { ReturnedWorkbook } from "../../../src/engine/merge/planMerge";
import { createFormsInExcel } from "../../../src/excel/createForms";
import { cellWriteStep, importFormsInExcel } from "../../../src/excel/importForms";
import { rankInExcel } from "../../../src/excel/rankInExcel";
import { FakeExcel } from "../fakeExcel/fakeExcel";
import { layoutSheet } from "../../helpers/layoutSheet";
import { fakeBridge } from "./fakeBridge";
import { RealContext } from "./realContext";

export const YEAR = 2024;

/** The blocs measured: the bundled sample (khối các cơ quan Đảng), and generated ones of units × 300 criteria. */
export const BLOCS: Record<string, () => WorkbookInput> = {
  sample: () => partyBloc(YEAR),
  "200 × 300": () => generatedBloc(200, 10, 30),
  "500 × 300": () => generatedBloc(500, 10, 30),
  "1,000 × 300": () => generatedBloc(1000, 10, 30),
};

export type WritePath = "rank" | "create forms" | "import";

/** One write as Excel would have received it: per sync, the real request bytes and the adapter's estimate. */
export interface Measured {
  syncs: number;
  real: number[];
  estimated: number[];
  response: number[];
}

/** Every requirement set reported supported: the largest write each path makes. */
const supports = (): boolean => true;

/**
 * Runs one write path of the adapter for `workbook` against the real `Excel.RequestContext`: the rank's output
 * sheets, one form per unit, or the import of every unit's filled form (a self score in each criterion row of
 * its form, and an evidence note in every tenth). The read before each write is not measured here: its
 * results come from the engine, as `contents`.
 */
export async function measure(path: WritePath, workbook: WorkbookInput): Promise<Measured> {
  const result = evaluateBloc(workbook, { year: YEAR });
  const existing = workbook.sheets.map((sheet) => ({ name: sheet.name, owner: null }));
  const forms = (): SheetLayout[] =>
    layoutForms(result, { lang: "vi", existing: existing.map((sheet) => sheet.name) });
  let layouts: SheetLayout[] = [];
  const options: ApplyOptions = { contents: { existing, marks: [], protectedSheets: [] }, supports };
  if (path === "rank") {
    layouts = layoutOutputs(result, { existing });
    options.activate = layouts[0]?.name;
  } else if (path === "create forms") {
    layouts = forms();
    options.activate = layouts[0]?.name;
  } else {
    const filled = forms();
    options.contents!.existing.push(...filled.map((form) => ({ name: form.name, owner: null })));
    options.before = importWrites(filled).map(cellWriteStep);
  }
  const real = new RealContext();
  const report = await applyLayouts(real.context, layouts, options);
  return {
    syncs: report.syncs,
    real: real.requestBytes,
    estimated: report.payloads,
    response: real.responseBytes,
  };
}

/** What importing every form filled in writes: a score per criterion row (column D), evidence in every tenth. */
function importWrites(forms: SheetLayout[]): Pick<CellWrite, "sheet" | "cell" | "value">[] {
  const writes: Pick<CellWrite, "sheet" | "cell" | "value">[] = [];
  for (const form of forms) {
    form.values.forEach((row, r) => {
      const max = row[2];
      if (typeof max !== "number") return;
      writes.push({ sheet: form.name, cell: a1(r, 3), value: max });
      if (r % 10 === 0)
        writes.push({ sheet: form.name, cell: a1(r, 4), value: `Quyết định số ${r}/QĐ-UBND` });
    });
  }
  return writes;
}

/** A whole action (its reads too) as Excel would have seen it: every sync's request and response bytes. */
export interface MeasuredRun {
  syncs: number;
  requests: number[];
  responses: number[];
  /** The host error that stopped it, if any (its code). */
  failed: string | null;
}

/**
 * Runs the adapter's own entry point for `path` (rankInExcel, createFormsInExcel, importFormsInExcel) through
 * Office.js with the fake's workbook behind it (`fakeBridge`, 5 MB limits on requests and responses). The
 * import's master holds the bloc's criteria (no scores), its roster and every unit's blank form; each unit
 * sends its form back filled (its maximum in every criterion).
 */
export async function measureRun(path: WritePath, workbook: WorkbookInput): Promise<MeasuredRun> {
  const master = path === "import" ? importMaster(workbook) : { workbook, returned: [] };
  const fake = new FakeExcel(master.workbook, { excelApi: "1.9" });
  const real = new RealContext(fakeBridge(fake));
  const options = { lang: "vi" as const, year: YEAR, supports: fake.isSetSupported };
  let failed: string | null = null;
  try {
    if (path === "rank") await rankInExcel(real.context, options);
    else if (path === "create forms") await createFormsInExcel(real.context, options);
    else await importFormsInExcel(real.context, master.returned, options);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    failed = cause?.code ?? (error as { code?: string }).code ?? String(error);
  }
  return { syncs: real.syncCount, requests: real.requestBytes, responses: real.responseBytes, failed };
}

/** A master with the bloc's criteria and roster and a blank form per unit, and the forms sent back filled. */
function importMaster(bloc: WorkbookInput): { workbook: WorkbookInput; returned: ReturnedWorkbook[] } {
  // The criteria columns only (STT, Nội dung, Điểm chuẩn): the scores come from the forms.
  const [matrix, ...rest] = bloc.sheets;
  const criteriaOnly = { ...matrix!, values: matrix!.values.map((row) => row.slice(0, 3)) };
  const base: WorkbookInput = { sheets: [criteriaOnly, ...rest] };
  const result = evaluateBloc(base, { year: YEAR });
  const forms = layoutForms(result, { lang: "vi", existing: base.sheets.map((sheet) => sheet.name) });
  const criteria = result.criteria!;
  const self = new Map<string, CellValue>(
    criteria.all.flatMap((criterion) => (criterion.max === null ? [] : [[criterion.key, criterion.max]])),
  );
  const returned = forms.map((form, i): ReturnedWorkbook => {
    const unit = (result.roster?.units ?? result.units)[i]!.name;
    const { blocName, kind, year } = result.settings;
    const fill = { self, evidence: new Map<string, string>(), explanation: new Map<string, string>() };
    const filled = layoutUnitForm({ criteria, unit, blocName, kind, year, fill }, "vi", form.name);
    return { file: `${i + 1}.xlsx`, workbook: { sheets: [layoutSheet(filled)] } };
  });
  return { workbook: { sheets: [...base.sheets, ...forms.map(layoutSheet)] }, returned };
}
