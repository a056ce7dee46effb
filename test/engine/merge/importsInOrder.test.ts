import { issue } from "../../../src/engine/issues";
import { importsInOrder } from "../../../src/engine/merge/importsInOrder";
import type { FormImport } from "../../../src/engine/merge/planMerge";

const entry = (file: string, unit: string, written: number): FormImport => ({
  file,
  sheet: "P",
  unit,
  status: written > 0 ? "imported" : "unchanged",
  target: `Phiếu - ${unit}`,
  written,
});
const unreadable = (file: string) => issue({ code: "form-unreadable", file, sheet: "", cell: "" });
const lines = (imports: FormImport[]) => imports.map((i) => [i.file, i.unit, i.status, i.written]);

describe("importsInOrder", () => {
  it("slots an unreadable file's skipped entry back into the order the files were given", () => {
    const plan = [entry("b.xlsx", "B", 15), entry("b.xlsx", "C", 3), entry("d.xlsx", "D", 0)];
    const report = importsInOrder(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"], plan, [
      unreadable("c.xlsx"),
      unreadable("a.xlsx"),
    ]);
    expect(lines(report)).toEqual([
      ["a.xlsx", null, "skipped", 0],
      ["b.xlsx", "B", "imported", 15],
      ["b.xlsx", "C", "imported", 3],
      ["c.xlsx", null, "skipped", 0],
      ["d.xlsx", "D", "unchanged", 0],
    ]);
    expect(report[0]).toEqual({
      file: "a.xlsx",
      sheet: null,
      unit: null,
      status: "skipped",
      target: null,
      written: 0,
    });
  });

  it("follows the files' order, not the plan's, and leaves out a file neither planned nor unreadable", () => {
    const plan = [entry("b.xlsx", "B", 1), entry("a.xlsx", "A", 2)];
    expect(lines(importsInOrder(["a.xlsx", "x.xlsx", "b.xlsx"], plan, []))).toEqual([
      ["a.xlsx", "A", "imported", 2],
      ["b.xlsx", "B", "imported", 1],
    ]);
  });

  it("reports a file named twice once, in its first place", () => {
    const plan = [entry("a.xlsx", "A", 2), entry("a.xlsx", "A", 0), entry("b.xlsx", "B", 1)];
    const report = importsInOrder(["a.xlsx", "b.xlsx", "a.xlsx"], plan, []);
    expect(lines(report)).toEqual([
      ["a.xlsx", "A", "imported", 2],
      ["a.xlsx", "A", "unchanged", 0],
      ["b.xlsx", "B", "imported", 1],
    ]);
  });
});
