import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { Criterion, CriteriaTable } from "../../../src/engine/criteria/criterion";
import type { Issue } from "../../../src/engine/issues";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

function read(header: CellValue[], rows: CellValue[][], scale?: number) {
  const result = readCriteria(
    workbook(sheet("Tiêu chí", grid({ A1: [header, ...rows] }))),
    scale === undefined ? {} : { scale },
  );
  if (!result.table) throw new Error("no table");
  return { table: result.table, issues: result.issues };
}

const node = (table: CriteriaTable, key: string): Criterion => {
  const found = table.all.find((n) => n.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};
const found = (issues: Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);

describe("readCriteria: kinds", () => {
  it("finds bonus and penalty groups by name, and their items inherit the kind", () => {
    const { table, issues } = read(
      ["STT", "Nội dung", "Điểm tối đa"],
      [
        ["I", "Thực hiện nhiệm vụ", 100],
        [1, "Không để xảy ra sai phạm, không bị trừ điểm", 100],
        ["II", "ĐIỂM THƯỞNG", 5],
        [1, "Được Bộ khen", 3],
        [2, "Sáng kiến", 3],
        ["III", "Điểm trừ", 10],
        [1, "Chậm báo cáo", -2],
        [2, "Bị phê bình", 5],
      ],
    );
    expect(table.all.map((n) => [n.key, n.kind])).toEqual([
      ["I", "normal"],
      ["I.1", "normal"],
      ["II", "bonus"],
      ["II.1", "bonus"],
      ["II.2", "bonus"],
      ["III", "penalty"],
      ["III.1", "penalty"],
      ["III.2", "penalty"],
    ]);
    // A deduction's maximum may be typed negative; bonus and penalty caps need not equal their items' sum.
    expect(node(table, "III.1").max).toBe(2);
    expect(issues).toEqual([]);
    expect(table).toMatchObject({ normalMax: 100, bonusMax: 5, penaltyMax: 10 });
  });

  it("splits a mixed 'Điểm cộng, điểm trừ' group by its criteria's names", () => {
    const { table, issues } = read(
      ["STT", "Nội dung", "Điểm"],
      [
        ["I", "Chuyên môn", 100],
        [1, "Kế hoạch", 100],
        ["II", "Điểm cộng, điểm trừ", ""],
        [1, "Điểm cộng: khen thưởng đột xuất", 5],
        [2, "Điểm trừ: vi phạm kỷ luật", 10],
      ],
    );
    expect(table.all.map((n) => n.kind)).toEqual(["normal", "normal", "normal", "bonus", "penalty"]);
    expect(table).toMatchObject({ normalMax: 100, bonusMax: 5, penaltyMax: 10 });
    expect(issues).toEqual([]);
  });

  it("takes kinds from a kind column, reports unknown kinds and contradictions", () => {
    const { table, issues } = read(
      ["Mã", "Tiêu chí", "Điểm chuẩn", "Loại"],
      [
        ["A", "Phần chung", 100, ""],
        [1, "Một", 100, "bình thường"],
        ["B", "Phần cộng", 4, "Điểm thưởng"],
        [1, "Một", 4, ""],
        [2, "Hai", 2, "Điểm trừ"],
        ["C", "Phần trừ", 6, "-"],
        [1, "Một", 6, "lạ"],
      ],
    );
    expect(table.all.map((n) => [n.key, n.kind])).toEqual([
      ["A", "normal"],
      ["A.1", "normal"],
      ["B", "bonus"],
      ["B.1", "bonus"],
      ["B.2", "penalty"],
      ["C", "penalty"],
      ["C.1", "penalty"],
    ]);
    expect(found(issues)).toEqual(["criteria-kind-conflict@D6", "criteria-kind-unknown@D8"]);
    // Issues name the criterion by its position key, which is unambiguous where codes repeat per group.
    expect(issues.map((i) => i.criterion)).toEqual(["B.2", "C.1"]);
  });
});

describe("readCriteria: maxima", () => {
  it("reads maxima typed as text with a decimal comma or point, with a note", () => {
    const { table, issues } = read(
      ["STT", "Nội dung", "Điểm chuẩn"],
      [
        ["I", "Nhóm", 100],
        [1, "A", "7,5"],
        [2, "B", "7.5"],
        [3, "C", "85 điểm"],
      ],
    );
    expect(table.all.map((n) => n.max)).toEqual([100, 7.5, 7.5, 85]);
    expect(found(issues)).toEqual(["number-as-text@C3", "number-as-text@C4", "number-as-text@C5"]);
    expect(issues.map((i) => i.details?.read)).toEqual([7.5, 7.5, 85]);
    expect(issues.every((i) => i.severity === "info")).toBe(true);
  });

  it("reports a missing maximum on a leaf and derives a parent's from its children", () => {
    const { table, issues } = read(
      ["STT", "Nội dung", "Điểm chuẩn"],
      [
        ["I", "Nhóm", ""],
        [1, "A", 60],
        [2, "B", 40],
        [3, "C", ""],
      ],
    );
    expect(found(issues)).toEqual(["criteria-max-missing@C5"]);
    expect(issues[0]?.severity).toBe("error");
    expect(node(table, "I")).toMatchObject({ max: null, maxSource: "none" });
    const complete = read(
      ["STT", "Nội dung", "Điểm chuẩn"],
      [
        ["I", "Nhóm", ""],
        [1, "A", 60],
        [2, "B", 40],
      ],
    );
    expect(node(complete.table, "I")).toMatchObject({ max: 100, maxSource: "children" });
    expect(complete.issues).toEqual([]);
  });

  it("warns when children's maxima do not add up to their parent's, without float noise", () => {
    const { issues } = read(
      ["STT", "Nội dung", "Điểm chuẩn"],
      [
        ["I", "Nhóm", 60],
        [1, "A", 0.1],
        [2, "B", 0.2],
        [3, "C", 59.7],
        ["II", "Nhóm", 40],
        [1, "A", 30],
        [2, "B", 5],
      ],
    );
    expect(found(issues)).toEqual(["criteria-max-sum-mismatch@C6"]);
    expect(issues[0]).toMatchObject({ severity: "warning", details: { max: 40, sum: 35 } });
  });

  it("reports unreadable and negative maxima on normal rows", () => {
    const { issues } = read(
      ["STT", "Nội dung", "Điểm chuẩn"],
      [
        ["I", "Nhóm", 100],
        [1, "A", "mười"],
        [2, "B", -5],
        [3, "C", true],
      ],
    );
    expect(found(issues)).toEqual([
      "criteria-max-invalid@C3",
      "criteria-max-invalid@C4",
      "criteria-max-invalid@C5",
    ]);
  });

  it("notes a total that differs from the scale", () => {
    const { issues } = read(
      ["STT", "Nội dung", "Điểm chuẩn"],
      [
        ["I", "Nhóm", 90],
        [1, "A", 90],
      ],
    );
    expect(issues).toMatchObject([
      { code: "criteria-total-not-scale", severity: "info", details: { total: 90, scale: 100 } },
    ]);
    expect(
      read(
        ["STT", "Nội dung", "Điểm chuẩn"],
        [
          ["I", "Nhóm", 90],
          [1, "A", 90],
        ],
        90,
      ).issues,
    ).toEqual([]);
  });
});

describe("readCriteria: weights and evidence", () => {
  const header = ["STT", "Nội dung", "Điểm chuẩn", "Trọng số", "Yêu cầu minh chứng"];

  it("reads weights on top-level groups as a weighted table", () => {
    const { table, issues } = read(header, [
      ["I", "Chuyên môn", 60, "70%", ""],
      [1, "A", 60, "", "x"],
      ["II", "Đoàn thể", 40, 30, ""],
      [1, "B", 40, "", "Có"],
      ["III", "Điểm thưởng", 5, "", ""],
      [1, "C", 5, "", "không"],
    ]);
    expect(table.weighted).toBe(true);
    expect(table.roots.map((n) => n.weight)).toEqual([70, 30, null]);
    expect(table.all.map((n) => n.evidenceRequired)).toEqual([false, true, false, true, false, false]);
    expect(issues).toEqual([]);
  });

  it("reports a missing weight, an unreadable one, a weight where it does not apply, and an unclear evidence flag", () => {
    const { issues } = read(header, [
      ["I", "Chuyên môn", 50, 50, ""],
      [1, "A", 50, 10, "?"],
      ["II", "Đoàn thể", 30, "", ""],
      [1, "B", 30, "", ""],
      ["III", "Khác", 20, "nhiều", ""],
      [1, "C", 20, "", ""],
      ["IV", "Điểm trừ", 5, 5, ""],
      [1, "D", 5, "", ""],
    ]);
    expect(found(issues)).toEqual([
      "criteria-weight-ignored@D3",
      "criteria-evidence-flag-unknown@E3",
      "criteria-weight-missing@D4",
      "criteria-weight-invalid@D6",
      "criteria-weight-missing@D6",
      "criteria-weight-ignored@D8",
    ]);
  });
});
