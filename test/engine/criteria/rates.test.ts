import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CriteriaTable, Criterion } from "../../../src/engine/criteria/criterion";
import { rateInMax, rateInText, readCap } from "../../../src/engine/criteria/parseRate";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import type { CellValue } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

// Per-occurrence rates (DESIGN §2.1): the rate from the max cell or the text, its cap from the max, the
// words, or the group; points validated against the cap and the rate.

const HEADER = ["STT", "Nội dung tiêu chí", "Điểm chuẩn"];
const ROWS: CellValue[][] = [
  ["I", "Công tác chuyên môn", 100],
  [1, "Hoàn thành kế hoạch theo Quyết định 114/2017/QĐ-UBND", 100],
  ["II", "Điểm thưởng", 5],
  [1, "Sáng kiến được công nhận: cộng 0,25 điểm/sáng kiến", 2],
  [2, "Được khen thưởng đột xuất", "1đ/lần"],
  ["III", "Điểm trừ", 6],
  [1, "Chậm gửi báo cáo", "0,5đ/lần"],
  [2, "Vi phạm quy chế: trừ 1 điểm/lần, tối đa 3 điểm", ""],
];

function tableOf(): CriteriaTable {
  const { table, issues } = readCriteria(workbook(sheet("Tiêu chí", grid({ A1: [HEADER, ...ROWS] }))));
  if (!table) throw new Error("no table");
  expect(issues).toEqual([]);
  return table;
}

const node = (table: CriteriaTable, key: string): Criterion => {
  const found = table.all.find((n) => n.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};

describe("per-occurrence rates", () => {
  it("reads rates from the max cell and the text, caps from the max, the words or the group", () => {
    const table = tableOf();
    expect(node(table, "I.1")).toMatchObject({ rate: null, max: 100 });
    expect(node(table, "II.1")).toMatchObject({ rate: 0.25, max: 2, maxSource: "typed" });
    expect(node(table, "II.2")).toMatchObject({ rate: 1, max: 5, maxSource: "parent" });
    expect(node(table, "III.1")).toMatchObject({ rate: 0.5, max: 6, maxSource: "parent" });
    expect(node(table, "III.2")).toMatchObject({ rate: 1, max: 3, maxSource: "typed" });
  });

  it.each<[string, number | null, number | null]>([
    ["0,5đ/lần", 0.5, null],
    ["0.5/lần", 0.5, null],
    ["1 điểm/lần, tối đa 3 điểm", 1, 3],
    ["2 điểm/01 văn bản", 2, null],
    ["12/QĐ-UBND", null, null],
    ["10", null, null],
  ])("reads the max cell %p as rate %p, cap %p", (text, rate, cap) => {
    const read = rateInMax(text);
    expect(read?.rate ?? null).toBe(rate);
    expect(read?.cap ?? null).toBe(cap);
  });

  it("takes no rate from text that only mentions numbers with slashes", () => {
    expect(rateInText("Thực hiện Quyết định 114/2017/QĐ-UBND và Kế hoạch 12/KH-KTĐ")).toBeNull();
    expect(rateInText("Trừ 0,5 điểm/lượt vi phạm")?.rate).toBe(0.5);
    expect(readCap("không quá 5đ")).toBe(5);
  });

  function rank(scores: Record<string, CellValue>) {
    // The matrix repeats the table's rows; each leaf's score on its row.
    const leafScores: CellValue[] = [
      "",
      90,
      "",
      scores["II.1"] ?? "",
      scores["II.2"] ?? "",
      "",
      scores["III.1"] ?? "",
      scores["III.2"] ?? "",
    ];
    const matrix = [[...HEADER, "Sở Tư pháp"], ...ROWS.map((row, r) => [...row, leafScores[r] ?? ""])];
    return evaluateBloc(
      workbook(sheet("Tiêu chí", grid({ A1: [HEADER, ...ROWS] })), sheet("Tổng hợp", grid({ A1: matrix }))),
      { year: 2025 },
    );
  }

  it("validates points against the cap and warns when they are not a multiple of the rate", () => {
    const result = rank({ "II.1": 0.75, "II.2": 1, "III.1": 1.2, "III.2": 4 });
    const found = result.issues.filter((i) => i.sheet === "Tổng hợp").map((i) => `${i.code}@${i.cell}`);
    expect(found.sort()).toEqual(["score-above-max@D9", "score-rate-multiple@D8"]);
    expect(result.issues.find((i) => i.code === "score-rate-multiple")?.details?.rate).toBe(0.5);
  });

  it("ranks counted points: 90 + 0,75 + 1 − (1,5 + 2)", () => {
    const result = rank({ "II.1": 0.75, "II.2": 1, "III.1": 1.5, "III.2": 2 });
    expect(result.issues.filter((i) => i.severity === "error" || i.sheet === "Tổng hợp")).toEqual([]);
    expect(result.ranking[0]?.result.total.toNumber()).toBe(88.25);
  });
});

describe("a Số lần column", () => {
  // A per-unit form: the unit types how many times, the points follow (count × rate, capped).
  function form(counts: CellValue[], points: CellValue[]) {
    const rows = [
      [...HEADER, "Số lần", "Điểm tự chấm"],
      ...ROWS.map((row, r) => [...row, counts[r] ?? "", points[r] ?? ""]),
    ];
    return evaluateBloc(
      workbook(
        sheet("Tiêu chí", grid({ A1: [HEADER, ...ROWS] })),
        sheet("Phiếu", grid({ A1: "Đơn vị: Sở Tư pháp", A3: rows })),
      ),
      { year: 2025 },
    );
  }
  const formIssues = (result: ReturnType<typeof form>): string[] =>
    result.issues.filter((i) => i.sheet === "Phiếu").map((i) => `${i.code}@${i.cell}`);

  it("counts points as count × rate, capped by the max", () => {
    // II.1: 3 × 0,25; II.2: 4 × 1; III.1: 2 × 0,5; III.2: 5 × 1 capped at its 3 (tối đa 3 điểm).
    const result = form(["", "", "", 3, 4, "", 2, 5], ["", 90]);
    expect(formIssues(result)).toEqual([]);
    const unit = result.ranking[0]!.result;
    expect(unit.bonus.toNumber()).toBe(4.75);
    expect(unit.penalty.toNumber()).toBe(4);
    expect(unit.total.toNumber()).toBe(90.75);
  });

  it("warns when typed points disagree with the count, and takes the count's", () => {
    const result = form(["", "", "", 2, "", "", 2, ""], ["", 90, "", 1, "", "", 1]);
    expect(formIssues(result)).toEqual(["score-rate-count-mismatch@E7"]);
    expect(result.issues.find((i) => i.code === "score-rate-count-mismatch")?.details).toMatchObject({
      count: 2,
      points: 0.5,
      countCell: "D7",
    });
    expect(result.ranking[0]!.result.total.toNumber()).toBe(89.5);
  });

  it("reports a count that is not a whole number of times at its cell", () => {
    const result = form(["", "", "", 1.5, "", "", "hai"], ["", 90]);
    expect(formIssues(result).sort()).toEqual(["score-count-invalid@D10", "score-count-invalid@D7"]);
  });
});
