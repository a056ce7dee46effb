import { applyLayouts } from "../../../src/excel/applyLayouts";
import { createFormsInExcel } from "../../../src/excel/createForms";
import { importFormsInExcel } from "../../../src/excel/importForms";
import { rankInExcel } from "../../../src/excel/rankInExcel";
import { partyBloc } from "../../../src/samples/partyBloc";
import { FakeExcel } from "../fakeExcel/fakeExcel";
import { freshMaster, FRESH_YEAR } from "../freshMaster";
import { filledForm, returnedForm, sampleSelf } from "../returnedForms";
import { documentLayout } from "../../helpers/documentLayout";
import { fakeBridge } from "./fakeBridge";
import { RealContext } from "./realContext";

const YEAR = 2024;

/** Every sheet's formulas and the workbook's names: what a write leaves. */
function state(fake: FakeExcel) {
  return {
    sheets: fake.sheetNames().map((name) => [name, fake.formulas(name)]),
    names: fake.names(),
    active: fake.activeSheet(),
  };
}

/** The same action on two hosts: the fake alone, and Office.js in front of an identical fake. */
async function both<T>(
  seed: () => FakeExcel,
  action: (context: Excel.RequestContext, fake: FakeExcel) => Promise<T>,
) {
  const direct = seed();
  const alone = await direct.run((context) => action(context, direct));
  const bridged = seed();
  const real = new RealContext(fakeBridge(bridged));
  const through = await action(real.context, bridged);
  return { direct, alone, bridged, through, real };
}

describe("the adapter through Office.js's own proxies, with the fake's workbook behind them", () => {
  test("a rank run leaves the same workbook in the same syncs, and reads get answers Office.js accepts", async () => {
    const run = await both(
      () => new FakeExcel(partyBloc(YEAR), { excelApi: "1.9" }),
      (context, fake) => rankInExcel(context, { year: YEAR, supports: fake.isSetSupported }),
    );
    expect(state(run.bridged)).toEqual(state(run.direct));
    expect(run.through.syncs).toBe(run.alone.syncs);
    expect(run.real.syncCount).toBe(run.direct.syncCount);
    expect(run.through.result.ranking.map((u) => u.rank)).toEqual(
      run.alone.result.ranking.map((u) => u.rank),
    );
    // The reads' answers carry the workbook: the values come in the syncs after the sheets and the used ranges.
    const reads = run.alone.syncs - 1;
    const values = run.real.responseBytes.slice(2, reads).reduce((sum, bytes) => sum + bytes, 0);
    expect(values).toBeGreaterThan(5_000);
  });

  test("create forms, then import two filled forms: the same sheets and cells as on the fake alone", async () => {
    const seed = () => new FakeExcel(freshMaster(), { excelApi: "1.8" });
    const options = (fake: FakeExcel) => ({
      lang: "vi" as const,
      year: FRESH_YEAR,
      supports: fake.isSetSupported,
    });
    const created = await both(seed, (context, fake) => createFormsInExcel(context, options(fake)));
    expect(state(created.bridged)).toEqual(state(created.direct));
    if (created.alone.status !== "created") throw new Error("no forms");
    const returned = created.alone.created
      .slice(0, 2)
      .map(({ unit, sheet }, i) => returnedForm(`${i + 1}.xlsx`, filledForm(unit, sampleSelf(i), sheet)));
    const direct = created.direct;
    const bridged = created.bridged;
    const alone = await direct.run((context) => importFormsInExcel(context, returned, options(direct)));
    const real = new RealContext(fakeBridge(bridged));
    const through = await importFormsInExcel(real.context, returned, options(bridged));
    expect(through.cells).toBe(alone.cells);
    expect(through.cells).toBeGreaterThan(0);
    expect(state(bridged)).toEqual(state(direct));
  });

  test("a document's fonts, bottom rules, page numbers and title columns reach the workbook through Office.js", async () => {
    const layout = documentLayout({ print: { ...documentLayout().print, printTitleRows: "4:4" } });
    const run = await both(
      () => new FakeExcel(partyBloc(YEAR), { excelApi: "1.9" }),
      (context, fake) => applyLayouts(context, [layout], { supports: fake.isSetSupported }),
    );
    // Office.js drops a property its proxies do not have without a word: the two workbooks would differ.
    const written = (fake: FakeExcel) => {
      const sheet = fake.sheet(layout.name);
      return { cells: [...sheet.cells], page: sheet.pageLayout };
    };
    expect(written(run.bridged)).toEqual(written(run.direct));
    expect(run.bridged.cell(layout.name, "A1")?.font.name).toBe("Times New Roman");
    expect(run.bridged.sheet(layout.name).pageLayout).toMatchObject({
      printTitleColumns: "$A:$B",
      headersFooters: { state: "FirstAndDefault" },
    });
    expect(run.through.syncs).toBe(run.alone.syncs);
  });

  test("a host error comes back through Office.js as its RichApi error, and the adapter maps it", async () => {
    const fake = new FakeExcel(partyBloc(YEAR), { excelApi: "1.9", cellEditMode: true });
    const real = new RealContext(fakeBridge(fake));
    await expect(
      rankInExcel(real.context, { year: YEAR, supports: fake.isSetSupported }),
    ).rejects.toMatchObject({
      kind: "cell-edit",
    });
  });

  test("Excel on the web's 5 MB limits: a request over it is refused, a response over it fails", async () => {
    // A limit small enough that the sample's read answer (about 11 KB) or its write (about 95 KB) passes it.
    const tooBigRequest = new FakeExcel(partyBloc(YEAR), { excelApi: "1.9" });
    const sent = new RealContext(fakeBridge(tooBigRequest, 50_000));
    const refusal = rankInExcel(sent.context, {
      year: YEAR,
      supports: tooBigRequest.isSetSupported,
      payloadLimit: 10_000_000,
    });
    await expect(refusal).rejects.toMatchObject({ kind: "payload" });
    expect(tooBigRequest.sheetNames()).toEqual(partyBloc(YEAR).sheets.map((sheet) => sheet.name));

    // The values' read adapts to a small response limit (readValues plans smaller groups), but the first sync's
    // answer, the sheets and names, cannot be split.
    const tooBigResponse = new FakeExcel(partyBloc(YEAR), { excelApi: "1.9" });
    const read = new RealContext(fakeBridge(tooBigResponse, undefined, 300));
    const failure: unknown = await rankInExcel(read.context, {
      year: YEAR,
      supports: tooBigResponse.isSetSupported,
    }).catch((error: unknown) => error);
    const { code, cause } = failure as { code?: string; cause?: { code?: string } };
    expect(cause?.code ?? code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
