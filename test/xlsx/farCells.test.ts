import { readXlsx } from "../../src/xlsx/readXlsx";
import { XlsxError } from "../../src/xlsx/XlsxError";
import { MAX_CONTENT_CELLS } from "../../src/engine/read/contentGrid";
import { farCellWorkbook, manyCellsWorkbook, wholeSheetMergeWorkbook } from "./hostileSheets";

describe("readXlsx: cost follows the content (DESIGN §9)", () => {
  test("a stray value at XFD1048576 is a far cell, not part of the grid; so is a far formula", async () => {
    const { workbook } = await readXlsx(await farCellWorkbook());
    const [sheet] = workbook.sheets;
    expect(sheet!.values).toEqual([
      ["STT", "Nội dung"],
      [1, 2],
      [2, ""],
    ]);
    expect(sheet!.far).toEqual([
      { cell: "D1048000", value: 2 },
      { cell: "XFD1048576", value: "x" },
    ]);
    // The far formula is left out of the formula cells too: they name only cells of the grid.
    expect([...sheet!.formulas!.keys()]).toEqual(["B2"]);
  });

  test("a merge over A1:XFD1048576 reads as the table under it, and nothing is far", async () => {
    const { workbook } = await readXlsx(await wholeSheetMergeWorkbook());
    const [sheet] = workbook.sheets;
    expect(sheet!.values.length).toBe(3);
    expect(sheet!.values.every((row) => row.length === 2)).toBe(true);
    // As in Excel, the cells a merge covers read empty: only its top-left keeps a value.
    expect(sheet!.values[0]).toEqual(["STT", ""]);
    expect(sheet!.far).toBeUndefined();
  }, 60000);

  test(`${MAX_CONTENT_CELLS + 1} non-empty cells are refused, naming the sheet`, async () => {
    const error = await readXlsx(await manyCellsWorkbook(MAX_CONTENT_CELLS + 1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as XlsxError).kind).toBe("too-large");
    expect((error as XlsxError).subject).toBe("Dữ liệu");
    expect((error as XlsxError).message).toContain("Dữ liệu");
  }, 120000);
});
