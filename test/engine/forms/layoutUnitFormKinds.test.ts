import type { Criterion } from "../../../src/engine/criteria/criterion";
import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { layoutUnitForm } from "../../../src/engine/forms/layoutUnitForm";
import type { Lang } from "../../../src/engine/lang";
import { grid, sheet, workbook } from "../../helpers/grid";
import { layoutSheet } from "../../helpers/layoutSheet";

// A table the samples do not cover: weighted groups, evidence flags, a bonus item typed without its
// parent's word, and a criterion whose name says nothing of its kind.
const table = workbook(
  sheet(
    "Tiêu chí",
    grid({
      A1: [
        ["STT", "Nội dung", "Điểm chuẩn", "Trọng số", "Loại", "Yêu cầu minh chứng"],
        ["A", "Công tác chuyên môn", 60, 2, "", ""],
        ["1", "Kế hoạch năm", 60, "", "", "x"],
        ["B", "Công tác đảng", 40, 1, "", ""],
        ["1", "Sinh hoạt chi bộ", 40, "", "", ""],
        ["C", "Khen thưởng trong năm", 6, "", "Điểm thưởng", ""],
        ["1", "Sáng kiến", 6, "", "", "x"],
        ["D", "Vi phạm", 4, "", "-", ""],
        ["1", "Chậm báo cáo", 4, "", "", ""],
      ],
    }),
  ),
);

const shape = (c: Criterion) => [c.key, c.name, c.max, c.kind, c.weight, c.evidenceRequired];

describe.each(["vi", "en"] as Lang[])("a form of a weighted table with kinds (%s)", (lang) => {
  const criteria = readCriteria(table).table!;
  const fill = {
    self: new Map<string, string | number>([
      ["A.1", 55],
      ["B.1", "bốn mươi"],
      ["C.1", 6],
      ["D.1", -2],
    ]),
    evidence: new Map([
      ["A.1", "=Báo cáo 12/BC"],
      ["C.1", "QĐ 7/QĐ-UBND"],
    ]),
    explanation: new Map([["D.1", "Trễ 3 ngày"]]),
  };
  const form = layoutUnitForm({ criteria, unit: "Hội Làm vườn", blocName: "", year: 2025, fill }, lang, "F");
  const back = evaluateBloc({ sheets: [layoutSheet(form)] }, { year: 2025 });

  it("reads back the same kinds, weights and evidence flags", () => {
    expect(criteria.weighted).toBe(true);
    expect(back.criteria!.all.map(shape)).toEqual(criteria.all.map(shape));
    expect(back.criteria!.weighted).toBe(true);
  });

  it("reads back the scores as typed, text and a negative deduction included", () => {
    const unit = back.units[0]!;
    expect(unit.name).toBe("Hội Làm vườn");
    expect([...unit.self].map(([key, read]) => [key, read.raw])).toEqual([...fill.self]);
    expect(unit.evidence.get("A.1")?.text).toBe("=Báo cáo 12/BC");
    expect(unit.explanation.get("D.1")?.text).toBe("Trễ 3 ngày");
    // The text score is the one problem, reported by the rank as in any workbook (unreadable, so missing).
    const codes = back.issues.filter((i) => i.severity === "error").map((i) => `${i.code} ${i.criterion}`);
    expect(codes.sort()).toEqual(["score-missing B.1", "score-not-number B.1"]);
  });

  it("validates a deduction from -max to max and a bonus from 0 to its cap", () => {
    const ranges = form.validations!.map((v) => [v.min, v.max]);
    expect(ranges).toEqual([
      [0, 60],
      [0, 40],
      [0, 6],
      [-4, 4],
    ]);
  });
});
