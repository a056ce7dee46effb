import type { Proposal } from "../../../src/engine/awards/proposeAwards";
import { evaluateBloc, type BlocResult } from "../../../src/engine/evaluateBloc";
import type { Lang } from "../../../src/engine/lang";
import { proposalsLayout } from "../../../src/engine/layout/proposalsLayout";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { toNumber } from "../../../src/engine/ranking/decimal";
import { CLASSIFICATION_NAMES } from "../../../src/engine/settings/classificationNames";
import { SAMPLES } from "../../../src/samples";
import { partyBloc } from "../../../src/samples/partyBloc";
import { label } from "../../../src/strings/outputLabels";
import { skipText } from "../../../src/engine/layout/skipText";
import { decreeBloc, type DecreeUnit } from "../../helpers/decreeBloc";
import { at } from "../../helpers/grid";
import { expectWellFormed } from "../../helpers/layoutChecks";

const LANGS: Lang[] = ["vi", "en"];
const sample = (id: string): BlocResult =>
  evaluateBloc(SAMPLES.find((s) => s.id === id)!.build(2024), { year: 2024 });

function provisional(): BlocResult {
  const workbook = partyBloc(2024);
  workbook.sheets.find((s) => s.name === "Tổng hợp")!.values[8]![5] = "abc";
  return evaluateBloc(workbook, { year: 2024 });
}

const cell = (layout: SheetLayout, ref: string) => {
  const { row, col } = at(ref);
  return layout.values[row]?.[col] ?? null;
};
const rowOf = (layout: SheetLayout, col: number, value: unknown): number =>
  layout.values.findIndex((row) => row[col] === value);

/** The rows of an award group: the group's row and the unit rows under it (STT numbered 1, 2…). */
function group(layout: SheetLayout, lang: Lang, proposal: Proposal, n: number) {
  const head = rowOf(layout, 1, label(lang, "awardGroup", { award: proposal.award, n }));
  expect(head).toBeGreaterThan(0);
  const units: (typeof layout.values)[number][] = [];
  for (let r = head + 1; typeof layout.values[r]?.[0] === "number"; r++) units.push(layout.values[r]!);
  return { head, units };
}

describe("proposalsLayout", () => {
  describe.each(LANGS)("in %s", (lang) => {
    it.each(SAMPLES.map((s) => s.id))(
      "lays out the heading, the award groups and the signatures of %s",
      (id) => {
        const result = sample(id);
        const layout = proposalsLayout(result, lang, "Đề nghị");
        expectWellFormed(layout);
        expect(layout.kind).toBe("proposals");
        expect(layout.name).toBe("Đề nghị");

        const bloc = result.settings.blocName || label(lang, "bloc");
        expect(cell(layout, "A1")).toBe(bloc.toLocaleUpperCase("vi"));
        expect(cell(layout, "E1")).toBe(label(lang, "nationalName"));
        expect(cell(layout, "E2")).toBe(label(lang, "nationalMotto"));
        expect(layout.merges).toEqual(expect.arrayContaining(["A1:D1", "E1:H1", "E2:H2"]));
        const title = rowOf(layout, 0, label(lang, "proposalsTitle"));
        expect(layout.merges).toContain(`A${title + 1}:H${title + 1}`);

        const header = rowOf(layout, 0, label(lang, "no"));
        expect(layout.values[header]?.[1]).toBe(label(lang, "unitName"));
        expect(layout.print.printTitleRows).toBe(`${header + 1}:${header + 1}`);
        expect(layout.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
        const widths = layout.columnWidths.reduce((a, b) => a + b, 0);
        expect(widths).toBeGreaterThanOrEqual(80);
        expect(widths).toBeLessThanOrEqual(95);

        const byName = new Map(result.ranking.map((u) => [u.result.unit, u]));
        result.proposals.forEach((proposal, i) => {
          const { head, units } = group(layout, lang, proposal, proposal.units.length);
          expect(layout.values[head]?.[0]).toBe(["I", "II", "III"][i]);
          expect(layout.merges).toContain(`B${head + 1}:G${head + 1}`);
          expect(units.map((row) => row[1])).toEqual(proposal.units);
          for (const row of units) {
            const unit = byName.get(row[1] as string)!;
            expect(row[2]).toBe(toNumber(unit.result.total));
            expect(row[3]).toBe(unit.rank);
            expect(row[4]).toBe(CLASSIFICATION_NAMES[unit.classification][lang]);
            expect(row[5]).toBe(proposal.award);
            expect(row[6]).toBe(unit.voteShare);
          }
        });
        const totals = layout.formats.find((f) => f.format.numberFormat === "0.00");
        expect(totals?.range).toMatch(/^C\d+:C\d+$/);

        // In a cluster's words for the cluster sample (DESIGN §2.3), for the year after the scoring year.
        const { kind, year } = result.settings;
        const next = year + 1;
        const leader = rowOf(
          layout,
          0,
          label(lang, "nextLeader", { year: next, unit: result.next.leader! }, kind),
        );
        expect(leader).toBeGreaterThan(header);
        expect(layout.values[leader + 1]?.[0]).toBe(
          label(lang, "nextDeputy", { year: next, unit: result.next.deputy! }, kind),
        );
        const signs = rowOf(layout, 0, label(lang, "signSecretary"));
        expect(signs).toBeGreaterThan(leader);
        expect(layout.values[signs]?.[4]).toBe(label(lang, "signLeader", {}, kind));
        expect(layout.values[signs + 1]?.[0]).toBe(label(lang, "signHint"));
        expect(layout.merges).toEqual(
          expect.arrayContaining([`A${signs + 1}:D${signs + 1}`, `E${signs + 1}:H${signs + 1}`]),
        );
      },
    );

    it("proposes the reported units of the three samples", () => {
      const units = (id: string) =>
        proposalsLayout(sample(id), lang, "x")
          .values.filter((row) => typeof row[0] === "number")
          .map((row) => [row[1], row[2], row[3]]);
      expect(units("khoi-co-quan-dang")).toEqual([
        ["Ban Tổ chức Tỉnh ủy", 97.5, 1],
        ["Văn phòng Tỉnh ủy", 96, 2],
        ["Ban Tuyên giáo Tỉnh ủy", 95.5, 3],
      ]);
      expect(units("khoi-co-quan-trung-uong").map((u) => u[0])).toEqual([
        "Truyền tải điện Ninh Thuận",
        "Cục Thống kê tỉnh",
        "Kho bạc Nhà nước tỉnh",
      ]);
      const associations = proposalsLayout(sample("khoi-hoi-dac-thu"), lang, "x");
      expect(
        associations.values.filter((row) => typeof row[0] === "number").map((r) => [r[1], r[6]]),
      ).toEqual([
        ["Hội Chữ thập đỏ tỉnh", 0.92],
        ["Hội Nhà báo tỉnh", 0.88],
        ["Liên hiệp các Hội Văn học nghệ thuật tỉnh", 0.9],
        ["Hội Khuyến học tỉnh", 0.86],
      ]);
      expect(associations.formats.find((f) => f.format.numberFormat === "0%")?.range).toMatch(/^G\d+:G\d+$/);
      // Skipped by both awards for the same reason, the disciplined unit is noted once, in the flag's group.
      const skipped = associations.values.filter((row) => String(row[1]).includes("Hội Luật gia tỉnh"));
      expect(skipped).toHaveLength(1);
      expect(associations.values.indexOf(skipped[0]!)).toBeLessThan(rowOf(associations, 0, "II"));
    });

    it("shows the banner and proposes nobody while the result is provisional", () => {
      const result = provisional();
      const layout = proposalsLayout(result, lang, "x");
      expectWellFormed(layout);
      expect(cell(layout, "A1")).toBe(label(lang, "provisional", { n: 1 }));
      expect(layout.merges).toContain("A1:H1");
      expect(cell(layout, "E2")).toBe(label(lang, "nationalName"));
      const header = rowOf(layout, 0, label(lang, "no"));
      expect(layout.values[header + 1]?.[0]).toBe(label(lang, "proposalsWithheld"));
      expect(layout.merges).toContain(`A${header + 2}:H${header + 2}`);
      const names = new Set(result.ranking.map((u) => u.result.unit));
      expect(layout.values.flat().filter((v) => names.has(v as string))).toEqual([]);
      expect(layout.values.flat().filter((v) => typeof v === "number")).toEqual([]);
      expect(rowOf(layout, 0, label(lang, "signSecretary"))).toBeGreaterThan(header);
    });

    it("notes a ballot on its units, the seats kept for it, and an award with no unit", () => {
      const result = sample("khoi-co-quan-dang");
      const [flag, certificate] = result.proposals as [Proposal, Proposal];
      const tied = ["Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"];
      const proposals: Proposal[] = [
        {
          ...flag,
          units: ["Ban Tổ chức Tỉnh ủy", ...tied],
          needsBallot: true,
          ballot: { units: tied, seats: 1 },
          quota: 2,
        },
        { ...certificate, units: ["Ban Dân vận Tỉnh ủy"], reservedForBallot: 1 },
        { ...certificate, award: "Cờ thi đua của Chính phủ", units: [], reservedForBallot: 0, skipped: [] },
      ];
      const layout = proposalsLayout({ ...result, proposals }, lang, "x");
      expectWellFormed(layout);
      const first = group(layout, lang, proposals[0]!, 2);
      const ballot = label(lang, "ballot", { seats: 1, count: 2 });
      expect(first.units.map((row) => [row[1], row[7]])).toEqual([
        ["Ban Tổ chức Tỉnh ủy", null],
        ["Văn phòng Tỉnh ủy", ballot],
        ["Ban Tuyên giáo Tỉnh ủy", ballot],
      ]);
      const second = group(layout, lang, proposals[1]!, 1);
      expect(layout.values[second.head]?.[7]).toBe(label(lang, "reservedForBallot", { n: 1 }));
      const third = group(layout, lang, proposals[2]!, 0);
      expect(layout.values[third.head + 1]?.[1]).toBe(label(lang, "noProposal"));
      expect(layout.values[third.head]?.[0]).toBe("III");
    });
  });

  it("writes a name that looks like a formula as plain text", () => {
    const result = sample("khoi-co-quan-dang");
    const [flag] = result.proposals as [Proposal];
    const ranking = result.ranking.map((u, i) =>
      i === 0 ? { ...u, result: { ...u.result, unit: '=HYPERLINK("x")' } } : u,
    );
    const layout = proposalsLayout(
      { ...result, ranking, proposals: [{ ...flag, units: ['=HYPERLINK("x")'] }] },
      "vi",
      "x",
    );
    expectWellFormed(layout);
    expect(layout.values.flat()).toContain('=HYPERLINK("x")');
  });

  describe("Decree 152/2025 and the document keys", () => {
    const UNITS: DecreeUnit[] = [
      { name: "Sở Y tế", role: "Trưởng khối", review: "Đang thanh tra", i: 58, ii: 39 },
      { name: "Sở Tư pháp", short: "STP", i: 57, ii: 38 },
      { name: "Sở Nội vụ", i: 56, ii: 37 },
      { name: "Sở Tài chính", i: 55, ii: 36 },
      { name: "Sở Xây dựng", i: 50, ii: 30 },
    ];

    it.each(LANGS)("names the rank-1 unit under review with its reason in the flag's group (%s)", (lang) => {
      const result = evaluateBloc(decreeBloc(UNITS), { year: 2024 });
      expect(result.provisional).toBe(false);
      expect(result.proposals.map((p) => p.units)).toEqual([["Sở Tư pháp"], ["Sở Nội vụ", "Sở Tài chính"]]);
      const layout = proposalsLayout(result, lang, "x");
      const text = label(lang, "skippedUnitWithNote", {
        reason: label(lang, "skippedUnderReview"),
        unit: "Sở Y tế",
        note: "Đang thanh tra",
      });
      expect(skipText({ unit: "Sở Y tế", reason: "underReview", note: "Đang thanh tra" }, lang)).toBe(text);
      expect(text).not.toBe(
        skipText({ unit: "Sở Y tế", reason: "ineligible", note: "Đang thanh tra" }, lang),
      );
      const rows = layout.values.flatMap((row, r) => (row[1] === text ? [r] : []));
      // Once, in the flag's group: under the flag's unit and above the certificates' group row.
      expect(rows).toHaveLength(1);
      expect(rows[0]).toBeGreaterThan(rowOf(layout, 1, "Sở Tư pháp"));
      expect(rows[0]).toBeLessThan(rowOf(layout, 0, "II"));
      expect(layout.merges).toContain(`B${rows[0]! + 1}:H${rows[0]! + 1}`);
    });

    it("prints the place, the meeting date and the signers' names from the settings", () => {
      const settings = [
        ["Địa danh", "Quảng Trị"],
        ["Ngày họp", "5/1/2025"],
        ["Người ký", "Trưởng khối: Nguyễn Văn A; Thư ký: Trần Thị B"],
        ["Số văn bản", "01/TTr-KTĐ"],
      ];
      const result = evaluateBloc(decreeBloc(UNITS, settings), { year: 2024 });
      expect(result.issues.filter((i) => i.sheet === "Cấu hình")).toEqual([]);
      expect(result.settings).toMatchObject({ place: "Quảng Trị", documentNumber: "01/TTr-KTĐ" });
      const vi = proposalsLayout(result, "vi", "x");
      expect(cell(vi, "E4")).toBe("Quảng Trị, ngày 05 tháng 01 năm 2025");
      const en = proposalsLayout(result, "en", "x");
      expect(cell(en, "E4")).toBe("Quảng Trị, date 05 month 01 2025");
      const signs = rowOf(vi, 0, label("vi", "signSecretary"));
      const names = vi.values.findIndex((row, r) => r > signs + 1 && row[0] !== null);
      expect(names).toBe(signs + 2 + 4);
      expect([vi.values[names]?.[0], vi.values[names]?.[4]]).toEqual(["Trần Thị B", "Nguyễn Văn A"]);
      expect(vi.merges).toEqual(
        expect.arrayContaining([`A${names + 1}:D${names + 1}`, `E${names + 1}:H${names + 1}`]),
      );
    });

    it("keeps the dotted place and date, and no names row, when the keys are blank", () => {
      const layout = proposalsLayout(evaluateBloc(decreeBloc(UNITS), { year: 2024 }), "vi", "x");
      expect(cell(layout, "E4")).toBe("…………, ngày …… tháng …… năm 2024");
      const signs = rowOf(layout, 0, label("vi", "signSecretary"));
      expect(layout.values.slice(signs + 2).every((row) => row.every((v) => v === null))).toBe(true);
    });
  });
});
