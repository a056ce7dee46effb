import { nextLeaders } from "../../../src/engine/awards/nextLeaders";
import { passedOver } from "../../../src/engine/awards/passedOver";
import { proposeAwards } from "../../../src/engine/awards/proposeAwards";
import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import { rankUnits } from "../../../src/engine/ranking/rankUnits";
import { scoreUnit } from "../../../src/engine/ranking/scoreUnit";
import type { Roster, RosterUnit } from "../../../src/engine/scores/unitScores";
import type { AwardRule } from "../../../src/engine/settings/settings";
import { grid, sheet, workbook } from "../../helpers/grid";
import { settingsWith } from "../../helpers/settings";
import { unit } from "../../helpers/units";

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

const settings = settingsWith;

function ranked(totals: Record<string, number>, votes: Record<string, number> = {}, s = settings()) {
  const results = Object.entries(totals).map(
    ([name, total]) => scoreUnit(TABLE, unit(name, { self: { "I.1": total } }), s).result,
  );
  return rankUnits(results, new Map(Object.entries(votes)), s, TABLE).ranked;
}

function roster(names: string[], extra: Partial<Record<string, Partial<RosterUnit>>> = {}): Roster {
  return {
    sheet: "Đơn vị",
    units: names.map((name, row) => ({
      name,
      shortName: "",
      role: "member",
      ineligible: false,
      ineligibleNote: "",
      voteShare: null,
      notes: "",
      underReview: null,
      womenShare: null,
      sheet: "Đơn vị",
      row: row + 1,
      ...extra[name],
    })),
  };
}

const rule = (award: string, changes: Partial<AwardRule> = {}): AwardRule => ({
  award,
  count: null,
  maxSharePercent: null,
  minScore: null,
  minClassification: null,
  minVoteSharePercent: null,
  ...changes,
});

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

describe("proposeAwards", () => {
  it("applies the default rules: one flag, then two certificates, to excellent units", () => {
    const proposals = proposeAwards(ranked({ A: 95, B: 93, C: 91, D: 89, E: 80 }), null, settings());
    expect(proposals.map((p) => [p.award, p.units, p.needsBallot])).toEqual([
      [FLAG, ["A"], false],
      [MERIT, ["B", "C"], false],
    ]);
  });

  it("stops at the minimum classification: a good unit gets no certificate", () => {
    const proposals = proposeAwards(ranked({ A: 95, B: 93, C: 85 }), null, settings());
    expect(proposals[1]).toMatchObject({
      units: ["B"],
      skipped: [{ unit: "C", reason: "minClassification" }],
    });
  });

  it("skips an ineligible unit with the reason, and the award goes to the next one", () => {
    const r = roster(["A", "B", "C", "D"], { A: { ineligible: true, ineligibleNote: "Kỷ luật cảnh cáo" } });
    const proposals = proposeAwards(ranked({ A: 99, B: 95, C: 93, D: 91 }), r, settings());
    expect(proposals[0]).toMatchObject({
      units: ["B"],
      skipped: [{ unit: "A", reason: "ineligible", note: "Kỷ luật cảnh cáo" }],
    });
    expect(proposals[1]?.units).toEqual(["C", "D"]);
  });

  it("keeps a unit under review from every award, with its reason, distinct from ineligible (Decree 152/2025 4(4))", () => {
    const r = roster(["A", "B", "C", "D", "E"], {
      A: { underReview: "Đang thanh tra" },
      C: { underReview: "" },
      D: { ineligible: true, ineligibleNote: "" },
    });
    const proposals = proposeAwards(ranked({ A: 99, B: 97, C: 95, D: 93, E: 91 }), r, settings());
    expect(proposals.map((p) => p.units)).toEqual([["B"], ["E"]]);
    expect(proposals[0]?.skipped).toEqual([{ unit: "A", reason: "underReview", note: "Đang thanh tra" }]);
    expect(proposals[1]?.skipped).toEqual([
      { unit: "A", reason: "underReview", note: "Đang thanh tra" },
      { unit: "C", reason: "underReview", note: "" },
      { unit: "D", reason: "ineligible", note: "" },
    ]);
    expect(passedOver(proposals)).toEqual([
      { unit: "A", reason: "underReview", note: "Đang thanh tra", awards: [FLAG, MERIT] },
      { unit: "C", reason: "underReview", note: "", awards: [MERIT] },
      { unit: "D", reason: "ineligible", note: "", awards: [MERIT] },
    ]);
  });

  it("names the rank-1 unit passed over for votes below the threshold, which then takes a certificate", () => {
    const s = settings();
    const proposals = proposeAwards(ranked({ A: 99, B: 97, C: 95 }, { A: 0.6, B: 0.9 }, s), null, s);
    expect(proposals.map((p) => p.units)).toEqual([["B"], ["C"]]);
    expect(passedOver(proposals)).toEqual([
      { unit: "A", reason: "minVoteShare", note: "", awards: [FLAG, MERIT] },
    ]);
  });

  it("lists every unit tied across a quota boundary for a ballot and keeps a seat below for the one not elected", () => {
    const proposals = proposeAwards(ranked({ A: 96, B: 96, C: 94, D: 92 }), null, settings());
    expect(proposals[0]).toMatchObject({
      award: FLAG,
      units: ["A", "B"],
      needsBallot: true,
      ballot: { units: ["A", "B"], seats: 1 },
    });
    expect(proposals[1]).toMatchObject({
      award: MERIT,
      units: ["C"],
      needsBallot: false,
      reservedForBallot: 1,
      quota: 2,
    });
  });

  it("takes all tied units when they fit inside the quota", () => {
    const s = settings({ awardRules: [rule(MERIT, { count: 3 })] });
    const proposals = proposeAwards(ranked({ A: 96, B: 94, C: 94, D: 92 }, {}, s), null, s);
    expect(proposals[0]).toMatchObject({ units: ["A", "B", "C"], needsBallot: false });
  });

  it("limits the quota by the share of the bloc, rounded down and at least one", () => {
    const totals = { A: 99, B: 98, C: 97, D: 96, E: 95, F: 94, G: 93 };
    const share = (count: number | null, percent: number) =>
      proposeAwards(
        ranked(totals),
        null,
        settings({ awardRules: [rule(FLAG, { count, maxSharePercent: percent })] }),
      )[0]?.units.length;
    expect(share(3, 20)).toBe(1); // 7 × 20% = 1.4 → 1
    expect(share(3, 10)).toBe(1); // 0.7 → at least 1
    expect(share(null, 30)).toBe(2); // 2.1 → 2
    expect(share(1, 50)).toBe(1);
  });

  it("applies a minimum score, and a vote threshold only where vote shares are given", () => {
    const s = settings({ awardRules: [rule(MERIT, { count: 5, minScore: 92, minVoteSharePercent: 70 })] });
    const proposals = proposeAwards(ranked({ A: 97, B: 95, C: 94, D: 91 }, { A: 0.9, B: 0.65 }, s), null, s);
    expect(proposals[0]?.units).toEqual(["A", "C"]);
    expect(proposals[0]?.skipped).toEqual([
      { unit: "B", reason: "minVoteShare", note: "" },
      { unit: "D", reason: "minScore", note: "" },
    ]);
  });
});

describe("nextLeaders", () => {
  const r = (leader: string) =>
    roster(["A", "B", "C", "D"], { [leader]: { role: "leader" } as Partial<RosterUnit> });

  it("rotates to the unit after the current leader, and the deputy after that, wrapping round", () => {
    expect(nextLeaders([], r("A"), settings()).next).toEqual({ leader: "B", deputy: "C", by: "rotation" });
    expect(nextLeaders([], r("C"), settings()).next).toEqual({ leader: "D", deputy: "A", by: "rotation" });
  });

  it("proposes the top-ranked units when asked, or when rotation has no current leader (with a warning)", () => {
    const order = ranked({ A: 90, B: 95, C: 93 });
    expect(nextLeaders(order, r("A"), settings({ nextLeader: "top" })).next).toEqual({
      leader: "B",
      deputy: "C",
      by: "top",
    });
    const fallback = nextLeaders(order, roster(["A", "B", "C"]), settings());
    expect(fallback.next).toEqual({ leader: "B", deputy: "C", by: "top" });
    expect(fallback.issues).toMatchObject([{ code: "award-no-current-leader", severity: "warning" }]);
  });
});

describe("nextLeaders: a leader designated by name", () => {
  const designate = (unit: string) => settings({ nextLeader: { unit, sheet: "Cấu hình", cell: "B12" } });
  const r = roster(["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Tài chính"], {
    "Sở Nội vụ": { role: "leader" },
    "Sở Tư pháp": { shortName: "STP" },
  });

  it("takes the roster's unit, by its name compared like headers, the deputy the unit after it", () => {
    expect(nextLeaders([], r, designate("SỞ TƯ  PHÁP")).next).toEqual({
      leader: "Sở Tư pháp",
      deputy: "Sở Y tế",
      by: "designated",
    });
    expect(nextLeaders([], r, designate("stp")).next).toEqual({
      leader: "Sở Tư pháp",
      deputy: "Sở Y tế",
      by: "designated",
    });
    // The last unit's deputy wraps round to the first.
    expect(nextLeaders([], r, designate("So Tai chinh")).next).toMatchObject({ deputy: "Sở Nội vụ" });
    expect(nextLeaders([], r, designate("Sở Tư pháp")).issues).toEqual([]);
  });

  it("reports an unknown name at the settings cell as a warning and falls back to rotation", () => {
    const { next, issues } = nextLeaders([], r, designate("Sở Giáo dục"));
    expect(next).toEqual({ leader: "Sở Tư pháp", deputy: "Sở Y tế", by: "rotation" });
    expect(issues).toMatchObject([
      {
        code: "award-leader-unknown",
        severity: "warning",
        sheet: "Cấu hình",
        cell: "B12",
        value: "Sở Giáo dục",
      },
    ]);
  });

  it("without a roster, looks the name up among the ranked units", () => {
    const order = ranked({ A: 90, B: 95, C: 93 });
    expect(nextLeaders(order, null, designate("c")).next).toEqual({
      leader: "C",
      deputy: "A",
      by: "designated",
    });
  });
});
