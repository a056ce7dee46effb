import { evaluateBloc } from "../../src/engine/evaluateBloc";
import type { WorkbookInput } from "../../src/engine/workbook";
import { proposalSummary } from "../../src/taskpane/model/proposalSummary";
import { associationsBloc } from "../../src/samples/associationsBloc";
import { decreeBloc, type DecreeUnit } from "../helpers/decreeBloc";
import { FLAG, MERIT, settledBloc, votesPartedBloc } from "../helpers/settledTie";

// Hội Luật gia tỉnh scores highest and is under discipline (Kỷ luật khiển trách): never proposed.
const TOP = "Hội Luật gia tỉnh";

/** The sample with one self score typed as a word on a unit's own sheet: a data error. */
function withDataError(workbook: WorkbookInput): WorkbookInput {
  const sheet = workbook.sheets.find((s) => s.name === "NM");
  const row = sheet?.values.findIndex((cells) => typeof cells[3] === "number") ?? -1;
  if (!sheet || row < 0) throw new Error("no score cell on sheet NM");
  sheet.values[row]![3] = "bảy";
  return workbook;
}

const units = (names: string[], review = ""): DecreeUnit[] =>
  names.map((name, i) => ({ name, review, i: 58 - i, ii: 39 - i }));

describe("the proposals part of the pane", () => {
  it("names the top unit passed over as ineligible, with the awards that passed it over", () => {
    const result = evaluateBloc(associationsBloc(), { year: 2024 });
    expect(result.ranking[0]?.result.unit).toBe(TOP);
    const summary = proposalSummary(result);
    expect(summary.notice).toBeNull();
    expect(summary.lines.map((line) => line.award)).toEqual([
      "Cờ thi đua của UBND tỉnh",
      "Bằng khen của Chủ tịch UBND tỉnh",
    ]);
    expect(summary.lines.flatMap((line) => line.units)).not.toContain(TOP);
    expect(summary.passedOver).toContainEqual({
      unit: TOP,
      reason: "ineligible",
      note: "Kỷ luật khiển trách",
      awards: ["Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"],
    });
  });

  it("with data errors withholds every award for that reason, not for want of a qualifying unit", () => {
    const result = evaluateBloc(withDataError(associationsBloc()), { year: 2024 });
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => i.code)).toContain("score-not-number");
    const summary = proposalSummary(result);
    expect(summary.notice).toBe("proposalsWithheld");
    expect(summary.errors).toBe(errors.length);
    expect(summary.lines).toEqual([]);
    // The discipline stands whatever the errors: the top unit is still named, with no award yet.
    expect(summary.passedOver).toEqual([
      { unit: TOP, reason: "ineligible", note: "Kỷ luật khiển trách", awards: [] },
    ]);
  });

  it("says no unit meets the rules only when the rules ran and every unit in reach was passed over", () => {
    const result = evaluateBloc(decreeBloc(units(["Sở A", "Sở B", "Sở C"], "Đang thanh tra")), {
      year: 2024,
    });
    expect(result.provisional).toBe(false);
    const summary = proposalSummary(result);
    expect(summary.notice).toBe("noProposals");
    expect(summary.passedOver.map((skip) => [skip.unit, skip.reason])).toEqual([
      ["Sở A", "underReview"],
      ["Sở B", "underReview"],
      ["Sở C", "underReview"],
    ]);
  });

  it("says the award-rules table is empty when it is", () => {
    const settings = [["Tham số", "Giá trị"], ["Năm", 2024], [], ["Hình thức", "Số lượng"]];
    const result = evaluateBloc(decreeBloc(units(["Sở A", "Sở B"]), settings), { year: 2024 });
    expect(result.issues.map((i) => i.code)).toContain("settings-rules-empty");
    expect(proposalSummary(result).notice).toBe("noAwardRules");
  });

  it("keeps the units a ballot chooses among apart from those proposed outright", () => {
    const tied: DecreeUnit[] = [
      { name: "Sở A", i: 58, ii: 39 },
      { name: "Sở B", i: 58, ii: 39 },
      { name: "Sở C", i: 50, ii: 30 },
    ];
    const summary = proposalSummary(evaluateBloc(decreeBloc(tied), { year: 2024 }));
    const flag = summary.lines.find((line) => line.award === "Cờ thi đua của UBND tỉnh");
    expect(flag).toEqual({
      award: "Cờ thi đua của UBND tỉnh",
      units: [],
      ballot: { units: ["Sở A", "Sở B"], seats: 1 },
      settled: null,
      separatedByVotes: null,
    });
  });

  it("says which unit the ballot results typed back elected, with the votes; the other is on the next award", () => {
    const summary = proposalSummary(evaluateBloc(settledBloc(), { year: 2024 }));
    const [flag, merit] = summary.lines;
    expect(flag).toMatchObject({ award: FLAG, units: ["Sở Nội vụ"], ballot: null, separatedByVotes: null });
    expect(flag?.settled).toEqual({
      units: ["Sở Tư pháp", "Sở Nội vụ"],
      seats: 1,
      result: [
        { unit: "Sở Nội vụ", votes: 0.625, kind: "share" },
        { unit: "Sở Tư pháp", votes: 0.375, kind: "share" },
      ],
      elected: ["Sở Nội vụ"],
    });
    expect(merit).toMatchObject({ award: MERIT, settled: null });
    expect(merit?.units[0]).toBe("Sở Tư pháp");
  });

  it("says when the roster's vote shares put the last unit taken above the first left out", () => {
    const summary = proposalSummary(evaluateBloc(votesPartedBloc(), { year: 2024 }));
    expect(summary.lines.map((line) => [line.award, line.settled, line.separatedByVotes])).toEqual([
      [FLAG, null, { above: "Sở Nội vụ", below: "Sở Tư pháp" }],
      [MERIT, null, null],
    ]);
  });
});
