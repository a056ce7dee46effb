import type { Proposal } from "../../../src/engine/awards/proposeAwards";
import { evaluateBloc, type BlocResult } from "../../../src/engine/evaluateBloc";
import type { Lang } from "../../../src/engine/lang";
import { issuingBody, placeDateLine } from "../../../src/engine/layout/documentFrame";
import { proposalsColumns } from "../../../src/engine/layout/proposalsColumns";
import { proposalsLayout } from "../../../src/engine/layout/proposalsLayout";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { skipText } from "../../../src/engine/layout/skipText";
import { toNumber } from "../../../src/engine/decimal";
import { CLASSIFICATION_NAMES } from "../../../src/engine/settings/classificationNames";
import { SAMPLES } from "../../../src/samples";
import { partyBloc } from "../../../src/samples/partyBloc";
import { label } from "../../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../../helpers/decreeBloc";
import { settledBloc, votesPartedBloc } from "../../helpers/settledTie";
import { cellFormat, expectDocument, findCell, mergeAt } from "../../helpers/documentChecks";
import { expectWellFormed } from "../../helpers/layoutChecks";

const LANGS: Lang[] = ["vi", "en"];
const sample = (id: string): BlocResult =>
  evaluateBloc(SAMPLES.find((s) => s.id === id)!.build(2024), { year: 2024 });

function provisional(): BlocResult {
  const workbook = partyBloc(2024);
  workbook.sheets.find((s) => s.name === "Tổng hợp")!.values[8]![5] = "abc";
  return evaluateBloc(workbook, { year: 2024 });
}

const rowOf = (layout: SheetLayout, col: number, value: unknown): number =>
  layout.values.findIndex((row) => row[col] === value);
const texts = (layout: SheetLayout): string[] =>
  layout.values.flat().filter((v): v is string => typeof v === "string");
// The bloc's name as its heading cell holds it: broken into lines where it wraps.
const flat = (value: unknown): unknown => (typeof value === "string" ? value.replace(/\n/g, " ") : value);

/** The rows of an award group: the group's row and the unit rows under it (STT numbered 1, 2…). */
function group(layout: SheetLayout, lang: Lang, proposal: Proposal, n: number) {
  const title = label(lang, "awardGroup", { award: proposal.award, n });
  const head = layout.values.findIndex((row) => typeof row[1] === "string" && row[1].startsWith(title));
  expect(head).toBeGreaterThan(0);
  const units: (typeof layout.values)[number][] = [];
  for (let r = head + 1; typeof layout.values[r]?.[0] === "number"; r++) units.push(layout.values[r]!);
  return { head, units };
}

describe("proposalsLayout", () => {
  describe.each(LANGS)("in %s", (lang) => {
    it.each(SAMPLES.map((s) => s.id))("lays out %s as a Decree 30 document", (id) => {
      const result = sample(id);
      const layout = proposalsLayout(result, lang, "Đề nghị");
      expectWellFormed(layout);
      expectDocument(layout);
      expect(layout.kind).toBe("proposals");
      expect(layout.name).toBe("Đề nghị");
      const { keys, index } = proposalsColumns(result);

      // The bloc and the national name in row 1, the motto under it, both ruled by a bottom border.
      const bloc = layout.values[0]!.findIndex((v) => flat(v) === issuingBody(result.settings, lang));
      expect(bloc).toBeGreaterThanOrEqual(0);
      const nation = findCell(layout, label(lang, "nationalName"))!;
      const motto = findCell(layout, label(lang, "nationalMotto"))!;
      expect([nation.row, motto.row]).toEqual([0, 1]);
      expect(cellFormat(layout, { row: 0, col: bloc }).bottomBorder).toBe("thin");
      expect(cellFormat(layout, motto).bottomBorder).toBe("thin");
      expect(findCell(layout, placeDateLine(result.settings, lang))).not.toBeNull();
      const title = rowOf(layout, 0, label(lang, "proposalsTitle"));
      expect(layout.merges).toContain(`A${title + 1}:${"ABCDEFG"[keys.length - 1]}${title + 1}`);

      // No column repeats the award; Tỷ lệ phiếu only where a listed unit has a vote share.
      const header = rowOf(layout, 0, label(lang, "no"));
      expect(layout.values[header]).toEqual(keys.map((key) => label(lang, key)));
      expect(layout.values[header]).not.toContain(label(lang, "award"));
      const listed = result.proposals.flatMap((p) => p.units);
      const voted = result.ranking.some((u) => listed.includes(u.result.unit) && u.voteShare !== null);
      expect(keys.includes("voteShare")).toBe(voted);
      // A short list repeats no header: the page of the signatures would start with one and no rows.
      expect(layout.print.printTitleRows).toBeNull();
      const widths = layout.columnWidths.reduce((a, b) => a + b, 0);
      expect(widths).toBeGreaterThanOrEqual(85);
      expect(widths).toBeLessThanOrEqual(90);

      const byName = new Map(result.ranking.map((u) => [u.result.unit, u]));
      result.proposals.forEach((proposal, i) => {
        const { head, units } = group(layout, lang, proposal, proposal.units.length);
        expect(layout.values[head]?.[0]).toBe(["I", "II", "III"][i]);
        expect(mergeAt(layout, { row: head, col: 1 })).toMatchObject({ from: 1, to: keys.length - 1 });
        expect(units.map((row) => row[1])).toEqual(proposal.units);
        for (const row of units) {
          const unit = byName.get(row[1] as string)!;
          expect(row[index("total")]).toBe(toNumber(unit.result.total));
          expect(row[index("proposalsRank")]).toBe(unit.rank);
          expect(row[index("classification")]).toBe(CLASSIFICATION_NAMES[unit.classification][lang]);
          if (voted) expect(row[index("voteShare")]).toBe(unit.voteShare);
          expect(row).not.toContain(proposal.award);
        }
      });
      const totals = layout.formats.find((f) => f.format.numberFormat === "0.00");
      expect(totals?.range).toMatch(/^C\d+:C\d+$/);

      // Next year's leaders in a cluster's words for the cluster sample (DESIGN §2.3).
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

      // The secretary at the left beside the bloc's signature at the right, in the same rows; Nơi nhận
      // under the secretary.
      const right = proposalsColumns(result).frame.right.from;
      const onBehalf = findCell(layout, label(lang, "signOnBehalf", {}, kind).toLocaleUpperCase("vi"))!;
      expect(onBehalf).toMatchObject({ col: right });
      expect(onBehalf.row).toBeGreaterThan(leader);
      const signs = rowOf(layout, 0, label(lang, "signSecretary"));
      expect(signs).toBe(onBehalf.row + 1);
      expect(layout.values[signs]?.[right]).toBe(label(lang, "signLeader", {}, kind));
      expect(layout.values[signs + 1]?.[0]).toBe(label(lang, "signHint"));
      expect(layout.values[signs + 1]?.[right]).toBe(label(lang, "signSeal"));
      expect(rowOf(layout, 0, label(lang, "recipients"))).toBeGreaterThan(signs + 1);
    });

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
      const result = sample("khoi-hoi-dac-thu");
      const associations = proposalsLayout(result, lang, "x");
      const votes = proposalsColumns(result).index("voteShare");
      expect(
        associations.values.filter((row) => typeof row[0] === "number").map((r) => [r[1], r[votes]]),
      ).toEqual([
        ["Hội Chữ thập đỏ tỉnh", 0.92],
        ["Hội Nhà báo tỉnh", 0.88],
        ["Liên hiệp các Hội Văn học nghệ thuật tỉnh", 0.9],
        ["Hội Khuyến học tỉnh", 0.86],
      ]);
      expect(associations.formats.find((f) => f.format.numberFormat === "0%")?.range).toMatch(/^F\d+:F\d+$/);
      // Skipped by both awards for the same reason, the disciplined unit is named once, under the table.
      const text = skipText(
        { unit: "Hội Luật gia tỉnh", reason: "ineligible", note: "Kỷ luật khiển trách" },
        lang,
      );
      const skipped = associations.values.filter((row) => row[0] === text);
      expect(skipped).toHaveLength(1);
      const lastUnit = rowOf(associations, 1, "Hội Khuyến học tỉnh");
      expect(associations.values.indexOf(skipped[0]!)).toBeGreaterThan(lastUnit);
    });

    it("says in place of the table that no award is proposed because of the data errors", () => {
      const result = provisional();
      const layout = proposalsLayout(result, lang, "x");
      expectWellFormed(layout);
      expectDocument(layout);
      expect(layout.values[0]?.[0]).toBe(label(lang, "provisional", { n: 1 }));
      expect(findCell(layout, label(lang, "nationalName"))).not.toBeNull();
      expect(rowOf(layout, 0, label(lang, "no"))).toBe(-1);
      const reason = rowOf(layout, 0, label(lang, "proposalsWithheldErrors", { n: 1 }));
      expect(reason).toBeGreaterThan(rowOf(layout, 0, label(lang, "proposalsTitle")));
      expect(texts(layout)).not.toContain(label(lang, "noProposal"));
      const names = new Set(result.ranking.map((u) => u.result.unit));
      expect(layout.values.flat().filter((v) => names.has(v as string))).toEqual([]);
      expect(layout.values.flat().filter((v) => typeof v === "number")).toEqual([]);
      expect(rowOf(layout, 0, label(lang, "signSecretary"))).toBeGreaterThan(reason);
      expect(layout.print.printTitleRows).toBeNull();
    });

    it("names the units the roster rules out under the reason while data errors withhold every award", () => {
      const workbook = SAMPLES.find((s) => s.id === "khoi-hoi-dac-thu")!.build(2024);
      const clean = evaluateBloc(workbook, { year: 2024 });
      const ruledOut = clean.proposals.flatMap((p) => p.skipped).find((s) => s.reason === "ineligible");
      expect(ruledOut).toBeDefined();
      // Text where a score should be: an error, so the result is provisional.
      const scores = workbook.sheets.find((sheet) =>
        sheet.values.some((row) => row.some((cell) => typeof cell === "number" && cell > 1)),
      )!;
      const row = scores.values.findIndex((r) => r.some((cell) => typeof cell === "number" && cell > 1));
      const col = scores.values[row]!.findIndex((cell) => typeof cell === "number" && cell > 1);
      scores.values[row]![col] = "abc";
      const result = evaluateBloc(workbook, { year: 2024 });
      expect(result.provisional).toBe(true);
      const layout = proposalsLayout(result, lang, "x");
      const reason = rowOf(layout, 0, label(lang, "proposalsWithheldErrors", { n: 1 }));
      const named = layout.values.findIndex(
        (r) => typeof r[0] === "string" && r[0].includes(ruledOut!.unit) && r[0] !== ruledOut!.unit,
      );
      expect(reason).toBeGreaterThan(0);
      expect(named).toBeGreaterThan(reason);
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
      const changed = { ...result, proposals };
      const layout = proposalsLayout(changed, lang, "x");
      expectWellFormed(layout);
      const notes = proposalsColumns(changed).index("notes");
      const first = group(layout, lang, proposals[0]!, 2);
      const ballot = label(lang, "ballot", { seats: 1, count: 2 });
      expect(first.units.map((row) => [row[1], row[notes]])).toEqual([
        ["Ban Tổ chức Tỉnh ủy", null],
        ["Văn phòng Tỉnh ủy", ballot],
        ["Ban Tuyên giáo Tỉnh ủy", ballot],
      ]);
      const second = group(layout, lang, proposals[1]!, 1);
      expect(layout.values[second.head]?.[1]).toContain(label(lang, "reservedForBallot", { n: 1 }));
      const third = group(layout, lang, proposals[2]!, 0);
      expect(layout.values[third.head + 1]?.[1]).toBe(label(lang, "noProposal"));
      expect(layout.values[third.head]?.[0]).toBe("III");
    });

    it("repeats the table's header on every page of a list longer than one page", () => {
      const result = sample("khoi-co-quan-dang");
      const many = Array.from({ length: 45 }, (_, i) => `Đơn vị số ${i + 1}`);
      const [flag] = result.proposals as [Proposal];
      const layout = proposalsLayout({ ...result, proposals: [{ ...flag, units: many }] }, lang, "x");
      const header = rowOf(layout, 0, label(lang, "no"));
      expect(layout.print.printTitleRows).toBe(`${header + 1}:${header + 1}`);
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

    it.each(LANGS)("names the rank-1 unit under review with its reason under the table (%s)", (lang) => {
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
      const rows = layout.values.flatMap((row, r) => (row[0] === text ? [r] : []));
      // Once, under the table: below the certificates' last unit, above next year's leaders.
      expect(rows).toHaveLength(1);
      expect(rows[0]).toBeGreaterThan(rowOf(layout, 1, "Sở Tài chính"));
      expect(mergeAt(layout, { row: rows[0]!, col: 0 })).toMatchObject({
        from: 0,
        to: layout.columnWidths.length - 1,
      });
      expect(cellFormat(layout, { row: rows[0]!, col: 0 }).border).toBeUndefined();
    });

    it("prints the place, the meeting date, the number and the signers' names from the settings", () => {
      const settings = [
        ["Địa danh", "Quảng Trị"],
        ["Ngày họp", "5/1/2025"],
        ["Người ký", "Trưởng khối: Nguyễn Văn A; Thư ký: Trần Thị B"],
        ["Số văn bản", "01/TTr-KTĐ"],
        ["Nơi nhận", "Sở Nội vụ; Lưu: VT"],
      ];
      const result = evaluateBloc(decreeBloc(UNITS, settings), { year: 2024 });
      expect(result.issues.filter((i) => i.sheet === "Cấu hình")).toEqual([]);
      expect(result.settings).toMatchObject({ place: "Quảng Trị", documentNumber: "01/TTr-KTĐ" });
      const vi = proposalsLayout(result, "vi", "x");
      expect(findCell(vi, "Quảng Trị, ngày 05 tháng 01 năm 2025")?.row).toBe(
        findCell(vi, "Số: 01/TTr-KTĐ")?.row,
      );
      const en = proposalsLayout(result, "en", "x");
      expect(findCell(en, placeDateLine(result.settings, "en"))).not.toBeNull();
      const right = proposalsColumns(result).frame.right.from;
      const secretary = findCell(vi, "Trần Thị B")!;
      expect(secretary.col).toBe(0);
      expect(vi.values[secretary.row]?.[right]).toBe("Nguyễn Văn A");
      const signs = rowOf(vi, 0, label("vi", "signSecretary"));
      expect(secretary.row).toBe(signs + 2 + 4);
      const recipients = rowOf(vi, 0, label("vi", "recipients"));
      expect(recipients).toBeGreaterThan(secretary.row);
      expect(vi.values.slice(recipients + 1).map((row) => row[0])).toEqual(["- Sở Nội vụ;", "- Lưu: VT."]);
    });

    it("dots the place, the date (its year too) and the number when the keys are blank", () => {
      const result = evaluateBloc(decreeBloc(UNITS), { year: 2024 });
      const layout = proposalsLayout(result, "vi", "x");
      const date = findCell(layout, "…………, ngày …… tháng …… năm ……")!;
      expect(layout.values[date.row]).toContain(label("vi", "documentNumberBlank"));
      const signs = rowOf(layout, 0, label("vi", "signSecretary"));
      const names = layout.values[signs + 2 + 4]!;
      expect(names.every((v) => v === null)).toBe(true);
    });
  });
});

describe("proposalsLayout: a tie at the last place settled", () => {
  /** [unit, Ghi chú] of each unit row of an award's group. */
  const notes = (layout: SheetLayout, result: BlocResult, lang: Lang, proposal: Proposal) => {
    const { index } = proposalsColumns(result);
    return group(layout, lang, proposal, proposal.units.length).units.map((row) => [
      row[index("unitName")],
      row[index("notes")],
    ]);
  };

  it.each(LANGS)("by the ballot results: the elected unit's row says so, with its share (%s)", (lang) => {
    const result = evaluateBloc(settledBloc(), { year: 2024 });
    const [flag, merit] = result.proposals;
    expect(flag?.settledByBallot?.elected).toEqual(["Sở Nội vụ"]);
    const layout = proposalsLayout(result, lang, "x");
    expectWellFormed(layout);
    const note = label(lang, "ballotSettledNote", { votes: lang === "vi" ? "62,5%" : "62.5%" });
    expect(notes(layout, result, lang, flag!)).toEqual([["Sở Nội vụ", note]]);
    // The unit the ballot did not elect is not on the flag's list but on the next award's, with no note.
    expect(notes(layout, result, lang, merit!)).toEqual([
      ["Sở Tư pháp", null],
      ["Sở Tài chính", null],
    ]);
    // The note wraps in the narrow Ghi chú column: its row is as tall as its lines.
    const row = findCell(layout, note)!.row;
    const height = layout.rowHeights.find((h) => h.row === row + 1)?.height ?? 0;
    expect(height).toBeGreaterThan(15);
  });

  it("by the roster's vote shares: the unit placed above says against whom", () => {
    const result = evaluateBloc(votesPartedBloc(), { year: 2024 });
    const [flag, merit] = result.proposals;
    expect(flag?.separatedBy).toMatchObject({ above: "Sở Nội vụ", decidedBy: { kind: "votes" } });
    const layout = proposalsLayout(result, "vi", "x");
    expect(notes(layout, result, "vi", flag!)).toEqual([
      ["Sở Nội vụ", label("vi", "separatedByVotesNote", { unit: "Sở Tư pháp" })],
    ]);
    expect(notes(layout, result, "vi", merit!)[0]).toEqual(["Sở Tư pháp", null]);
  });
});
