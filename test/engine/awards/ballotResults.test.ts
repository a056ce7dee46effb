import type { BallotVote } from "../../../src/engine/awards/ballotVotes";
import { proposeAwards } from "../../../src/engine/awards/proposeAwards";
import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { rankUnits } from "../../../src/engine/ranking/rankUnits";
import { scoreUnit } from "../../../src/engine/ranking/scoreUnit";
import type { CellValue, WorkbookInput } from "../../../src/engine/workbook";
import { decreeBloc, type DecreeUnit } from "../../helpers/decreeBloc";
import { grid, sheet, workbook } from "../../helpers/grid";
import { settingsWith } from "../../helpers/settings";
import { unit } from "../../helpers/units";

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

const TABLE = readCriteria(
  workbook(
    sheet(
      "Tiêu chí",
      grid({
        A1: [
          ["STT", "Nội dung", "Điểm chuẩn"],
          ["I", "Nhóm", 100],
          [1, "a", 100],
        ],
      }),
    ),
  ),
).table!;

function ranked(totals: Record<string, number>, votes: Record<string, number> = {}) {
  const s = settingsWith();
  const results = Object.entries(totals).map(
    ([name, total]) => scoreUnit(TABLE, unit(name, { self: { "I.1": total } }), s).result,
  );
  return rankUnits(results, new Map(Object.entries(votes)), s, TABLE).ranked;
}

const ballots = (award: string, votes: Record<string, number>) =>
  new Map([
    [
      award,
      new Map(
        Object.entries(votes).map(([name, n]): [string, BallotVote] => [
          name,
          { unit: name, votes: n, kind: "count" },
        ]),
      ),
    ],
  ]);

describe("proposeAwards with ballot results typed back", () => {
  const tie = () => ranked({ A: 96, B: 96, C: 94, D: 92 });

  it("gives the seat to the tied unit with most votes; the other is free for the next award", () => {
    const proposals = proposeAwards(tie(), null, settingsWith(), ballots(FLAG, { A: 3, B: 7 }));
    expect(proposals[0]).toMatchObject({
      units: ["B"],
      needsBallot: false,
      ballot: null,
      settledByBallot: {
        units: ["A", "B"],
        seats: 1,
        elected: ["B"],
        result: [
          { unit: "B", votes: 7 },
          { unit: "A", votes: 3 },
        ],
      },
    });
    expect(proposals[1]).toMatchObject({ units: ["A", "C"], reservedForBallot: 0, needsBallot: false });
  });

  it("still needs a ballot when the votes tie or a tied unit has none, and keeps the votes typed", () => {
    const tied = proposeAwards(tie(), null, settingsWith(), ballots(FLAG, { A: 5, B: 5 }))[0];
    expect(tied).toMatchObject({
      needsBallot: true,
      settledByBallot: null,
      ballot: { units: ["A", "B"], seats: 1 },
    });
    expect(tied?.ballot?.result?.map((v) => v.votes)).toEqual([5, 5]);
    const partial = proposeAwards(tie(), null, settingsWith(), ballots(FLAG, { B: 9 }))[0];
    expect(partial).toMatchObject({ needsBallot: true, units: ["A", "B"] });
    expect(partial?.ballot?.result?.map((v) => v.unit)).toEqual(["B"]);
  });

  it("ignores results for another award's ballot", () => {
    const proposals = proposeAwards(tie(), null, settingsWith(), ballots(MERIT, { A: 3, B: 7 }));
    expect(proposals[0]).toMatchObject({ needsBallot: true, units: ["A", "B"] });
  });

  it("says when the roster's vote shares parted a tie at the boundary (the `phiếu` tie-break)", () => {
    const proposals = proposeAwards(
      ranked({ A: 96, B: 96, C: 94 }, { A: 0.8, B: 0.9 }),
      null,
      settingsWith(),
    );
    expect(proposals[0]).toMatchObject({
      units: ["B"],
      needsBallot: false,
      separatedBy: { above: "B", below: "A", decidedBy: { kind: "votes" } },
    });
    expect(proposals[1]?.separatedBy).toBeNull();
  });
});

const UNITS: DecreeUnit[] = [
  { name: "Sở Tư pháp", short: "STP", i: 57, ii: 38 },
  { name: "Sở Nội vụ", i: 57, ii: 38 },
  { name: "Sở Tài chính", i: 55, ii: 36 },
  { name: "Sở Xây dựng", i: 54, ii: 36 },
];

/** The bloc with a ballot sheet holding `rows` under the results table's header (as the outputs write it). */
function withBallot(rows: CellValue[][], owner: "ballot" | undefined = "ballot"): WorkbookInput {
  const bloc = decreeBloc(UNITS);
  const values = grid({
    A1: "PHIẾU BẦU",
    A20: "KẾT QUẢ BỎ PHIẾU",
    A21: [["Hình thức", "Đơn vị", "Tỷ lệ phiếu (%)", "Ghi chú"], ...rows],
  });
  return { sheets: [...bloc.sheets, { name: "Phiếu bầu", values, ...(owner ? { owner } : {}) }] };
}

const codes = (result: ReturnType<typeof evaluateBloc>) =>
  result.issues.map((i) => [i.code, i.sheet, i.cell]);

describe("evaluateBloc reads the Kết quả bỏ phiếu table", () => {
  it("needs a ballot for the tie without results", () => {
    const result = evaluateBloc(decreeBloc(UNITS), { year: 2024 });
    expect(result.proposals[0]).toMatchObject({
      award: FLAG,
      needsBallot: true,
      ballot: { units: ["Sở Tư pháp", "Sở Nội vụ"] },
    });
  });

  it("settles the tie by the shares typed back, a short name and a merged award cell included", () => {
    const result = evaluateBloc(
      withBallot([
        [FLAG, "STP", "45%"],
        ["", "Sở Nội vụ", 55],
      ]),
      { year: 2024 },
    );
    expect(result.provisional).toBe(false);
    expect(result.proposals[0]).toMatchObject({
      units: ["Sở Nội vụ"],
      needsBallot: false,
      settledByBallot: {
        elected: ["Sở Nội vụ"],
        result: [
          { unit: "Sở Nội vụ", votes: 0.55, kind: "share" },
          { unit: "Sở Tư pháp", votes: 0.45 },
        ],
      },
    });
    expect(result.proposals[1]?.units).toEqual(["Sở Tư pháp", "Sở Tài chính"]);
    expect(codes(result)).toContainEqual(["award-ballot-settled", "Phiếu bầu", "C22"]);
    expect(result.issues.map((i) => i.code)).not.toContain("award-ballot-needed");
    // The ballot sheet's unit column is no roster: the roster stays the Đơn vị sheet.
    expect(result.roster?.sheet).toBe("Đơn vị");
    expect(result.ballotRows.map((row) => [row.cell, row.rule, row.unitName, row.votes])).toEqual([
      ["C22", FLAG, "Sở Tư pháp", 0.45],
      ["C23", FLAG, "Sở Nội vụ", 0.55],
    ]);
  });

  it("reads the table on a user's sheet too, which is then no roster", () => {
    const bloc = withBallot(
      [
        [FLAG, "Sở Tư pháp", 80],
        [FLAG, "Sở Nội vụ", 60],
      ],
      undefined,
    );
    const noRoster = { sheets: bloc.sheets.filter((s) => s.name !== "Đơn vị") };
    const result = evaluateBloc(noRoster, { year: 2024 });
    expect(result.roster).toBeNull();
    expect(result.proposals[0]?.units).toEqual(["Sở Tư pháp"]);
  });

  it("reports a result that is no number, for an unknown award, for a unit not tied, and votes still tied", () => {
    const result = evaluateBloc(
      withBallot([
        [FLAG, "Sở Tư pháp", 50],
        [FLAG, "Sở Nội vụ", "năm mươi"],
        [FLAG, "Sở Tài chính", 60],
        ["Cờ thi đua của Chính phủ", "Sở Nội vụ", 70],
        [MERIT, "Sở Xây dựng", 40],
      ]),
      { year: 2024 },
    );
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        ["ballot-result-invalid", "Phiếu bầu", "C23"],
        ["ballot-result-not-tied", "Phiếu bầu", "C24"],
        ["ballot-result-award-unknown", "Phiếu bầu", "C25"],
        ["ballot-result-not-tied", "Phiếu bầu", "C26"],
        ["ballot-result-incomplete", "Phiếu bầu", "C22"],
        ["award-ballot-needed", "", ""],
      ]),
    );
    expect(result.proposals[0]).toMatchObject({ needsBallot: true });
    const still = evaluateBloc(
      withBallot([
        [FLAG, "Sở Tư pháp", 50],
        [FLAG, "Sở Nội vụ", "50%"],
      ]),
      { year: 2024 },
    );
    expect(codes(still)).toContainEqual(["ballot-result-tied", "Phiếu bầu", "C22"]);
    expect(still.proposals[0]?.ballot?.result?.map((v) => v.votes)).toEqual([0.5, 0.5]);
  });

  it("counts the first of two results for one unit and reports the other", () => {
    const result = evaluateBloc(
      withBallot([
        [FLAG, "Sở Tư pháp", 70],
        [FLAG, "Sở Nội vụ", 30],
        [FLAG, "STP", 10],
      ]),
      { year: 2024 },
    );
    expect(result.proposals[0]?.units).toEqual(["Sở Tư pháp"]);
    expect(codes(result)).toContainEqual(["ballot-result-duplicate", "Phiếu bầu", "C24"]);
  });
});
