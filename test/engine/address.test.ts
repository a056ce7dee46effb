import { a1, compareCells, parseA1, parseRange } from "../../src/engine/address";

describe("A1 addresses", () => {
  it("parses references with or without $ and in either case, and rejects others", () => {
    expect(parseA1("$B$7")).toEqual({ row: 6, col: 1 });
    expect(parseA1("aa10")).toEqual({ row: 9, col: 26 });
    for (const bad of ["", "7B", "B", "A1:B2", "'Sheet'!A1"]) expect(parseA1(bad)).toBeNull();
    for (const [row, col] of [
      [0, 0],
      [6, 1],
      [99, 701],
    ] as const)
      expect(parseA1(a1(row, col))).toEqual({ row, col });
  });

  it("reads a range whichever corners it names", () => {
    expect(parseRange("H14:A5")).toEqual({ top: 4, left: 0, bottom: 13, right: 7 });
    expect(parseRange("$C$3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseRange("A1:B2:C3")).toBeNull();
  });

  it("orders cells as a reader walks the sheet, empty references first", () => {
    expect(["C2", "", "A10", "B2", "A2"].sort(compareCells)).toEqual(["", "A2", "B2", "C2", "A10"]);
  });
});
