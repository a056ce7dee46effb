import { formsUi } from "../../src/strings/formsUi";
import { importedFiles, importRows } from "../../src/taskpane/model/importRows";
import { readReturnedFiles, type ChosenFile } from "../../src/taskpane/model/returnedFiles";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { workbookToXlsx } from "../../src/xlsx/workbookToXlsx";
import { filledForm, sampleSelf } from "../excel/returnedForms";
import { FRESH_YEAR, freshMaster, freshUnits } from "../excel/freshMaster";
import { manyCellsWorkbook, withFarSheet } from "../xlsx/hostileSheets";
import { MAX_CONTENT_CELLS } from "../../src/engine/read/contentGrid";
import { planMerge } from "../../src/engine/merge/planMerge";

const chosen = (name: string, bytes: Uint8Array): ChosenFile => ({
  name,
  arrayBuffer: async () => bytes.slice().buffer,
});
const read = async (bytes: Uint8Array) => (await readXlsx(bytes)).workbook;

describe("reading the chosen files", () => {
  test("a returned .xlsx becomes a workbook; a file that is not one becomes form-unreadable, the rest still read", async () => {
    const unit = freshUnits()[0]!;
    const form = filledForm(unit, sampleSelf(0), "Phiếu");
    const good = new Uint8Array(await workbookToXlsx({ sheets: [form] }));
    const files = [
      chosen("ghi-chu.xlsx", new TextEncoder().encode("not a workbook")),
      chosen("phieu.xlsx", good),
    ];
    const { returned, unreadable } = await readReturnedFiles(files, read, "en");
    expect(returned.map((r) => [r.file, r.workbook.sheets.map((s) => s.name)])).toEqual([
      ["phieu.xlsx", ["Phiếu"]],
    ]);
    expect(unreadable.map((i) => [i.code, i.severity, i.file, i.details?.reason])).toEqual([
      ["form-unreadable", "error", "ghi-chu.xlsx", formsUi.en["reason_not-xlsx"]],
    ]);
  });

  test("an error without a reader's kind still names the file", async () => {
    const failing = async () => Promise.reject(new Error("boom"));
    const { unreadable } = await readReturnedFiles([chosen("x.xlsx", new Uint8Array(4))], failing, "vi");
    expect(unreadable.map((i) => [i.code, i.file, i.details?.reason])).toEqual([
      ["form-unreadable", "x.xlsx", formsUi.vi.reason_other],
    ]);
  });
});

describe("the import's result lines", () => {
  test("in the order chosen; an unreadable file is a skipped line; files with new scores counted once", () => {
    const imports = [
      {
        file: "b.xlsx",
        sheet: "P",
        unit: "B",
        status: "imported" as const,
        target: "Phiếu - B",
        written: 15,
      },
      { file: "b.xlsx", sheet: "Q", unit: "C", status: "partial" as const, target: "Phiếu - C", written: 3 },
      {
        file: "c.xlsx",
        sheet: "P",
        unit: "A",
        status: "unchanged" as const,
        target: "Phiếu - A",
        written: 0,
      },
    ];
    const unreadable = [
      { code: "form-unreadable" as const, severity: "error" as const, sheet: "", cell: "", file: "a.xlsx" },
    ];
    const rows = importRows(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"], imports, unreadable);
    expect(rows.map((r) => [r.file, r.unit, r.status, r.written])).toEqual([
      ["a.xlsx", null, "skipped", 0],
      ["b.xlsx", "B", "imported", 15],
      ["b.xlsx", "C", "partial", 3],
      ["c.xlsx", "A", "unchanged", 0],
    ]);
    expect(importedFiles(rows)).toBe(1);
  });
});

describe("the pane's import of returned forms holding a far value or too many cells (DESIGN §9)", () => {
  test("a far value is that file's sheet-far-cell warning, a sheet too large its form-unreadable; the others import", async () => {
    const [first, second] = freshUnits();
    const near = new Uint8Array(
      await workbookToXlsx({ sheets: [filledForm(first!, sampleSelf(0), "Phiếu")] }),
    );
    const far = await withFarSheet(
      await workbookToXlsx({ sheets: [filledForm(second!, sampleSelf(1), "Phiếu")] }),
    );
    const files = [
      chosen("lon.xlsx", await manyCellsWorkbook(MAX_CONTENT_CELLS + 1)),
      chosen("xa.xlsx", far),
      chosen("gan.xlsx", near),
    ];
    const { returned, unreadable } = await readReturnedFiles(files, read, "en");
    expect(unreadable.map((i) => [i.code, i.file, i.details?.reason])).toEqual([
      ["form-unreadable", "lon.xlsx", formsUi.en["reason_too-large"]],
    ]);
    const plan = planMerge(freshMaster(), returned, { lang: "vi", year: FRESH_YEAR, existing: [] });
    expect(plan.imports.map((i) => [i.file, i.status])).toEqual([
      ["xa.xlsx", "imported"],
      ["gan.xlsx", "imported"],
    ]);
    expect(plan.issues.map((i) => [i.code, i.severity, i.file, i.sheet, i.cell])).toEqual([
      ["sheet-far-cell", "warning", "xa.xlsx", "Ghi chú", "XFD1048576"],
    ]);
  }, 120000);
});
