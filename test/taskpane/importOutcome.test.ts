import { issue, type Issue } from "../../src/engine/issues";
import type { ImportFormsResult } from "../../src/excel/importForms";
import { canChoose, importOutcome, withFileAgain } from "../../src/taskpane/model/importOutcome";

const entry = (
  file: string,
  status: "imported" | "partial" | "unchanged" | "skipped",
  unit: string | null,
) => ({
  file,
  sheet: "Phiếu",
  unit,
  status,
  target: status === "skipped" ? null : "Phiếu - VPTU",
  written: status === "imported" ? 15 : 0,
});
const result = (imports: ImportFormsResult["imports"], issues: Issue[]): ImportFormsResult => ({
  imports,
  issues,
  cells: imports.reduce((sum, i) => sum + i.written, 0),
  sheets: [],
  syncs: 4,
});
const conflict = (file: string, cell: string) =>
  issue({ code: "form-score-conflict", file, sheet: "Phiếu - VPTU", cell, unit: "Văn phòng Tỉnh ủy" });

describe("the import outcome the pane shows", () => {
  const first = importOutcome(
    ["a.xlsx", "hong.xlsx", "b.xlsx"],
    result(
      [entry("a.xlsx", "partial", "Văn phòng Tỉnh ủy"), entry("b.xlsx", "imported", "Ban Tổ chức Tỉnh ủy")],
      [conflict("a.xlsx", "E8"), conflict("a.xlsx", "E9")],
    ),
    [issue({ code: "form-unreadable", file: "hong.xlsx", sheet: "", cell: "" })],
  );

  test("lists the files in the order chosen, errors first, and offers a choice only where a value kept a form out", () => {
    expect(first.rows.map((r) => [r.file, r.status])).toEqual([
      ["a.xlsx", "partial"],
      ["hong.xlsx", "skipped"],
      ["b.xlsx", "imported"],
    ]);
    expect(first.rows.map((row) => canChoose(row, first.issues))).toEqual([true, false, false]);
    const duplicate = issue({ code: "form-unit-duplicate", file: "b.xlsx", sheet: "Phiếu", cell: "B4" });
    expect(canChoose(first.rows[2]!, [duplicate])).toBe(true);
    expect(canChoose({ ...first.rows[2]!, unit: null }, [duplicate])).toBe(false);
  });

  test("after a file is taken over the workbook's values, its line and problems are renewed in place", () => {
    const replaced = issue({
      code: "form-value-replaced",
      file: "a.xlsx",
      sheet: "Phiếu - VPTU",
      cell: "E8",
    });
    const again = withFileAgain(
      first,
      "a.xlsx",
      result([entry("a.xlsx", "imported", "Văn phòng Tỉnh ủy")], [replaced]),
    );
    expect(again.rows.map((r) => [r.file, r.status])).toEqual([
      ["a.xlsx", "imported"],
      ["hong.xlsx", "skipped"],
      ["b.xlsx", "imported"],
    ]);
    expect(again.issues.map((i) => [i.code, i.file, i.cell])).toEqual([
      ["form-unreadable", "hong.xlsx", ""],
      ["form-value-replaced", "a.xlsx", "E8"],
    ]);
    expect(again.rows.map((row) => canChoose(row, again.issues))).toEqual([false, false, false]);
  });
});
