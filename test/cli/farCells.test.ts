import { main } from "../../src/cli/main";
import { partyBloc } from "../../src/samples/partyBloc";
import { workbookToXlsx as xlsxOf } from "../../src/xlsx/workbookToXlsx";
import { MAX_CONTENT_CELLS } from "../../src/engine/read/contentGrid";
import * as f from "../engine/merge/planFixtures";
import { fakeCliIo } from "../helpers/fakeCliIo";

const [VP, BTC] = [f.UNITS[0]!, f.UNITS[1]!];
import { manyCellsWorkbook, withFarSheet, withWholeSheetMerge } from "../xlsx/hostileSheets";

describe("bloc-rank on a workbook with a far cell or a whole-sheet merge (DESIGN §9)", () => {
  test("a value at XFD1048576 ranks as without it, with a sheet-far-cell warning at its address", async () => {
    const run = fakeCliIo({ "khoi.xlsx": await withFarSheet(await xlsxOf(partyBloc(2024))) });
    expect(await main(["khoi.xlsx", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.ok).toBe(true);
    expect(report.units[0].name).toBe("Ban Tổ chức Tỉnh ủy");
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: "sheet-far-cell",
        severity: "warning",
        sheet: "Ghi chú",
        cell: "XFD1048576",
      }),
    );
    expect(run.files["khoi.ranked.xlsx"]).toBeDefined();
  }, 60000);

  test("a sheet under a merge over A1:XFD1048576 ranks and is written, nothing far", async () => {
    const run = fakeCliIo({ "khoi.xlsx": await withWholeSheetMerge(await xlsxOf(partyBloc(2024))) });
    expect(await main(["khoi.xlsx", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.units[0].name).toBe("Ban Tổ chức Tỉnh ủy");
    expect(report.issues.filter((i: { code: string }) => i.code === "sheet-far-cell")).toEqual([]);
    // The output keeps the merge, cut to the sheet's content (ExcelJS could not hold the whole sheet's).
    expect(run.files["khoi.ranked.xlsx"]).toBeDefined();
  }, 60000);

  test(`a sheet of ${MAX_CONTENT_CELLS + 1} non-empty cells: exit 2, one message naming the sheet`, async () => {
    const run = fakeCliIo({ "lon.xlsx": await manyCellsWorkbook(MAX_CONTENT_CELLS + 1) });
    expect(await main(["lon.xlsx", "--check", "--json"], run.io)).toBe(2);
    expect(run.stderr()).toContain("Dữ liệu");
    expect(run.stderr().trim().split("\n")).toHaveLength(1);
    // The refusal has its own code and words in both languages (not the reader's English sentence).
    const report = JSON.parse(run.stdout());
    expect(report.error.code).toBe("too-large");
    expect(report.error.message).toContain("Dữ liệu");
    expect(report.error.message).not.toContain("non-empty cells");
  }, 120000);
});

describe("bloc-rank merge with a returned form holding a far value or a whole-sheet merge", () => {
  test("the far value is that file's sheet-far-cell warning; every form is imported", async () => {
    const run = fakeCliIo({
      "khoi.xlsx": await xlsxOf(f.freshMaster()),
      "vp.xlsx": await withFarSheet(await xlsxOf({ sheets: [f.filled(VP)] })),
      "btc.xlsx": await withWholeSheetMerge(await xlsxOf({ sheets: [f.filled(BTC)] })),
    });
    expect(await main(["merge", "khoi.xlsx", "vp.xlsx", "btc.xlsx", "--json"], run.io)).toBe(0);
    const report = JSON.parse(run.stdout());
    expect(report.imports.map((i: { file: string; status: string }) => [i.file, i.status])).toEqual([
      ["vp.xlsx", "imported"],
      ["btc.xlsx", "imported"],
    ]);
    expect(
      report.issues.map((i: { code: string; file: string; cell: string }) => [i.code, i.file, i.cell]),
    ).toEqual([["sheet-far-cell", "vp.xlsx", "XFD1048576"]]);
  }, 60000);
});
