import {
  contentEnd,
  contentGrid,
  FAR_COLUMN_GAP,
  FAR_ROW_GAP,
  MAX_FAR_CELLS,
} from "../../../src/engine/read/contentGrid";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";

describe("contentGrid: the grid follows the content, a far value is reported", () => {
  test("rows up to FAR_ROW_GAP empty rows apart join the content; one more and the rest is far", () => {
    expect(contentEnd([0, 1 + FAR_ROW_GAP], FAR_ROW_GAP)).toBe(2 + FAR_ROW_GAP);
    expect(contentEnd([0, 2 + FAR_ROW_GAP], FAR_ROW_GAP)).toBe(1);
    expect(contentEnd([], FAR_ROW_GAP)).toBe(0);
    // Content may start low: the gap is measured from the content, not from A1.
    expect(contentEnd([5000, 5001], FAR_ROW_GAP)).toBe(5002);
  });

  test("a far row or column is left out of the grid and listed at its address", () => {
    const grid = contentGrid([
      { row: 0, col: 0, value: "STT" },
      { row: 1, col: 1, value: 1 },
      { row: 1, col: 3 + FAR_COLUMN_GAP, value: "cột xa" },
      { row: 1048575, col: 16383, value: "x" },
    ]);
    expect(grid!.values).toEqual([
      ["STT", ""],
      ["", 1],
    ]);
    expect(grid!.far.map((f) => f.cell)).toEqual(["CZ2", "XFD1048576"]);
  });

  test(`at most ${MAX_FAR_CELLS} far cells are listed`, () => {
    const strays = Array.from({ length: MAX_FAR_CELLS + 5 }, (_, i) => ({
      row: 100000 + i,
      col: 0,
      value: i,
    }));
    const grid = contentGrid([{ row: 0, col: 0, value: "a" }, ...strays]);
    expect(grid!.far).toHaveLength(MAX_FAR_CELLS);
  });

  test("content spread thin over more than the grid limit gives null, for the reader to refuse", () => {
    // A value every FAR_ROW_GAP rows down 1,048,576 rows and every FAR_COLUMN_GAP columns across 16,384.
    const cells = [];
    for (let row = 0; row < 1048576; row += FAR_ROW_GAP) cells.push({ row, col: 0, value: 1 });
    for (let col = 0; col < 16384; col += FAR_COLUMN_GAP) cells.push({ row: 0, col, value: 1 });
    expect(contentGrid(cells)).toBeNull();
  });

  test("evaluateBloc reports each far cell of a sheet as a sheet-far-cell warning", () => {
    const result = evaluateBloc(
      {
        sheets: [{ name: "Ghi chú", values: [["a"]], far: [{ cell: "XFD1048576", value: "x" }] }],
      },
      { year: 2024 },
    );
    expect(result.issues.filter((i) => i.code === "sheet-far-cell")).toEqual([
      { code: "sheet-far-cell", severity: "warning", sheet: "Ghi chú", cell: "XFD1048576", value: "x" },
    ]);
  });
});
