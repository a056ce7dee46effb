import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import { MAX_CRITERIA_DEPTH } from "../../../src/engine/criteria/placeRows";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import type { CellValue } from "../../../src/engine/workbook";
import { formatIssue } from "../../../src/strings/issueMessages";
import { grid, sheet, workbook } from "../../helpers/grid";

// DESIGN §9: criteria nested deeper than 10 levels are an issue, not a stack overflow. `1`, `1.1`, `1.1.1`, …
// down to `levels` parts, each row worth 100 and scored 90 by one unit (a parent's typed score is its child's).
function deepRows(levels: number, group: boolean): CellValue[][] {
  const rows: CellValue[][] = group ? [["I", "Nhóm", 100, 90]] : [];
  for (let n = 1; n <= levels; n++) rows.push([Array<string>(n).fill("1").join("."), `Cấp ${n}`, 100, 90]);
  return rows;
}

function deepBloc(levels: number, group = false) {
  const rows = deepRows(levels, group);
  return workbook(
    sheet(
      "Tiêu chí",
      grid({ A1: [["STT", "Nội dung", "Điểm chuẩn"], ...rows.map((row) => row.slice(0, 3))] }),
    ),
    sheet("Tổng hợp", grid({ A1: [["STT", "Nội dung", "Điểm chuẩn", "Sở Tư pháp"], ...rows] })),
  );
}

describe("criteria deeper than 10 levels", () => {
  it.each([
    ["codes from 1", false],
    ["codes under a group", true],
  ])(
    "a 2,000-level hierarchy (%s) is criteria-too-deep from its first row past level 10, and still ranks",
    (_how, group) => {
      const result = evaluateBloc(deepBloc(2_000, group), { year: 2024 });
      const deep = result.issues.filter((i) => i.code === "criteria-too-deep");
      // Level 11 is the 11th code without a group (row 12), the 10th under one (the group is level 1, row 2).
      expect(deep[0]).toMatchObject({ severity: "error", sheet: "Tiêu chí", cell: "A12" });
      expect(deep[0]?.details).toEqual({ depth: 11, limit: 10 });
      expect(deep).toHaveLength(2_000 - (group ? 9 : 10));
      expect(deep.at(-1)?.cell).toBe(`A${2_000 + (group ? 2 : 1)}`);
      // The tree stops at level 10, its deepest criterion a leaf.
      const table = result.criteria!;
      expect(table.all).toHaveLength(MAX_CRITERIA_DEPTH);
      expect(Math.max(...table.all.map((node) => node.key.split(".").length))).toBe(MAX_CRITERIA_DEPTH);
      expect(table.all.at(-1)?.children).toEqual([]);
      expect(result.ranking.map((u) => [u.result.unit, u.result.total.toNumber()])).toEqual([
        ["Sở Tư pháp", 90],
      ]);
      // The scores on rows not read are reported where they are, not lost.
      expect(result.issues.filter((i) => i.sheet === "Tổng hợp").map((i) => i.code)).toEqual(
        Array<string>(deep.length).fill("score-criterion-unknown"),
      );
      const layouts = layoutOutputs(result, { existing: [] });
      expect(layouts.length).toBeGreaterThanOrEqual(4);
      expect(formatIssue(deep[0]!, "en").length).toBeLessThan(500);
    },
  );

  it("places exactly 10 levels, a sub-item of a level-9 criterion included, without an issue", () => {
    // The group, then 8 levels of codes, then the sub-item: level 10.
    const rows = [...deepRows(8, true), ["a", "Mục a", 100, 90]];
    const { table, issues } = readCriteria(
      workbook(
        sheet(
          "Tiêu chí",
          grid({ A1: [["STT", "Nội dung", "Điểm chuẩn"], ...rows.map((r) => r.slice(0, 3))] }),
        ),
      ),
    );
    expect(issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(table?.all.at(-1)?.key).toBe(`I.${Array<string>(8).fill("1").join(".")}.a`);
    expect(table?.all).toHaveLength(10);
  });

  it("reports a sub-item of a level-10 criterion, and one under a criterion that was too deep", () => {
    const rows = [
      ...deepRows(10, false),
      ["a", "Mục a", 100],
      ["1.1.1.1.1.1.1.1.1.1.1", "Cấp 11", 100],
      ["b", "Mục b", 100],
    ];
    const { table, issues } = readCriteria(
      workbook(
        sheet(
          "Tiêu chí",
          grid({ A1: [["STT", "Nội dung", "Điểm chuẩn"], ...rows.map((r) => r.slice(0, 3))] }),
        ),
      ),
    );
    expect(
      issues.filter((i) => i.code === "criteria-too-deep").map((i) => [i.cell, i.details?.depth]),
    ).toEqual([
      ["A12", 11],
      ["A13", 11],
      ["A14", 12],
    ]);
    expect(table?.all).toHaveLength(10);
  });
});
