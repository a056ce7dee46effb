import { a1 } from "../../src/engine/address";
import { at, grid } from "./grid";

describe("grid helpers", () => {
  it("converts A1 references both ways", () => {
    expect(at("B7")).toEqual({ row: 6, col: 1 });
    expect(at("AA10")).toEqual({ row: 9, col: 26 });
    for (const ref of ["A1", "Z99", "AA1", "AZ3", "BA4", "ZZ12", "AAA1"]) {
      const { row, col } = at(ref);
      expect(a1(row, col)).toBe(ref);
    }
  });

  it("places blocks and pads with empty strings", () => {
    expect(
      grid({
        B2: [
          [1, "x"],
          [true, ""],
        ],
        A1: "t",
      }),
    ).toEqual([
      ["t", "", ""],
      ["", 1, "x"],
      ["", true, ""],
    ]);
  });
});
