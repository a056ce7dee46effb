import type { Proposal } from "../../../src/engine/awards/proposeAwards";
import { evaluateBloc, type BlocResult } from "../../../src/engine/evaluateBloc";
import type { Lang } from "../../../src/engine/lang";
import { issuingBody, placeDateLine } from "../../../src/engine/layout/documentFrame";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import { memoAwards, memoLayout } from "../../../src/engine/layout/memoLayout";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { DEFAULT_ADDRESSEE, DEFAULT_LEGAL_BASIS } from "../../../src/engine/settings/settings";
import { SAMPLES } from "../../../src/samples";
import { partyBloc } from "../../../src/samples/partyBloc";
import { label } from "../../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../../helpers/decreeBloc";
import { cellFormat, expectDocument, findCell } from "../../helpers/documentChecks";
import { expectWellFormed } from "../../helpers/layoutChecks";

const LANGS: Lang[] = ["vi", "en"];
const sample = (id: string): BlocResult =>
  evaluateBloc(SAMPLES.find((s) => s.id === id)!.build(2024), { year: 2024 });
const texts = (layout: SheetLayout): string[] =>
  layout.values.flat().filter((v): v is string => typeof v === "string");
const basisLines = (layout: SheetLayout, lang: Lang): string[] => {
  const [before] = label(lang, "memoBasis", { basis: "\u0000", end: "" }).split("\u0000");
  return texts(layout).filter((t) => t.startsWith(before!));
};

const UNITS: DecreeUnit[] = [
  { name: "Sở Y tế", i: 58, ii: 39 },
  { name: "Sở Tư pháp", i: 57, ii: 38 },
  { name: "Sở Nội vụ", i: 56, ii: 37 },
  { name: "Sở Tài chính", i: 55, ii: 36 },
];

describe("memoLayout (Tờ trình)", () => {
  describe.each(LANGS)("in %s", (lang) => {
    it.each(SAMPLES.map((s) => s.id))("lays out the memo of %s as a Decree 30 document", (id) => {
      const result = sample(id);
      const layout = memoLayout(result, lang, "Tờ trình");
      expectWellFormed(layout);
      expectDocument(layout);
      expect(layout.kind).toBe("memo");
      expect(layout.values[0]!.map((v) => (typeof v === "string" ? v.replace(/\n/g, " ") : v))).toContain(
        issuingBody(result.settings, lang),
      );
      const motto = findCell(layout, label(lang, "nationalMotto"))!;
      expect(cellFormat(layout, motto).bottomBorder).toBe("thin");
      expect(findCell(layout, label(lang, "memoTitle"))).not.toBeNull();
      expect(findCell(layout, label(lang, "memoSubject", { year: result.settings.year }))).not.toBeNull();
      // Số under the bloc, in the row of the date line under the motto (lower when the name takes 3 lines).
      const number = findCell(layout, label(lang, "memoNumberBlank"))!;
      expect(number.row).toBeGreaterThan(motto.row);
      expect(findCell(layout, placeDateLine(result.settings, lang))?.row).toBe(number.row);
      expect(findCell(layout, label(lang, "memoTo", { addressee: DEFAULT_ADDRESSEE }))).not.toBeNull();

      // The default Căn cứ lines, one a row, the last closing with a comma before the request.
      expect(basisLines(layout, lang)).toEqual(
        DEFAULT_LEGAL_BASIS.map((basis, i, all) =>
          label(lang, "memoBasis", { basis, end: i === all.length - 1 ? "," : ";" }),
        ),
      );
      // The request names each award with its number of collectives, in rule order.
      const awards = memoAwards(result, lang);
      expect(awards).toEqual(
        result.proposals.map((p) =>
          label(lang, "memoAwardCount", {
            award: p.award,
            n: lang === "vi" ? String(p.units.length).padStart(2, "0") : p.units.length,
          }),
        ),
      );
      const bloc = result.settings.blocName;
      const asked = DEFAULT_ADDRESSEE.replace(/\s*\(.*\)$/, "");
      const request = label(lang, "memoRequest", { bloc, addressee: asked, awards: awards.join(", ") });
      expect(findCell(layout, request)).not.toBeNull();

      const { kind } = result.settings;
      const onBehalf = findCell(layout, label(lang, "signOnBehalf", {}, kind).toLocaleUpperCase("vi"))!;
      const recipients = findCell(layout, label(lang, "recipients"))!;
      expect(recipients).toEqual({ row: onBehalf.row, col: 0 });
      expect(onBehalf.col).toBeGreaterThan(0);
      expect(layout.values[onBehalf.row + 1]?.[onBehalf.col]).toBe(label(lang, "signLeader", {}, kind));
      expect(texts(layout)).toContain(label(lang, "signSeal"));
    });

    it("counts the collectives per award: 01 flag and 02 certificates for the party bloc", () => {
      const awards = memoAwards(sample("khoi-co-quan-dang"), lang);
      const [flag, certificate] = sample("khoi-co-quan-dang").proposals as [Proposal, Proposal];
      const n = (count: number): string | number => (lang === "vi" ? `0${count}` : count);
      expect(awards).toEqual([
        label(lang, "memoAwardCount", { award: flag.award, n: n(1) }),
        label(lang, "memoAwardCount", { award: certificate.award, n: n(2) }),
      ]);
    });

    it("says it cannot be sent yet, and why, while the result is provisional", () => {
      const workbook = partyBloc(2024);
      workbook.sheets.find((s) => s.name === "Tổng hợp")!.values[8]![5] = "abc";
      const result = evaluateBloc(workbook, { year: 2024 });
      const layout = memoLayout(result, lang, "x");
      expectDocument(layout);
      expect(layout.values[0]?.[0]).toBe(label(lang, "provisional", { n: 1 }));
      expect(findCell(layout, label(lang, "memoWithheld", { n: 1 }))).not.toBeNull();
      const names = new Set(result.ranking.map((u) => u.result.unit));
      expect(texts(layout).filter((t) => [...names].some((name) => t.includes(name)))).toEqual([]);
      expect(texts(layout).filter((t) => t.includes(result.settings.awardRules[0]!.award))).toEqual([]);
    });

    it("says it cannot be sent while a tie awaits its ballot, counting the seats", () => {
      const result = sample("khoi-co-quan-dang");
      const [flag, certificate] = result.proposals as [Proposal, Proposal];
      const tied = ["Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"];
      const proposals: Proposal[] = [
        {
          ...flag,
          units: ["Ban Tổ chức Tỉnh ủy", ...tied],
          needsBallot: true,
          ballot: { units: tied, seats: 1 },
        },
        { ...certificate, units: [], reservedForBallot: 1 },
      ];
      const layout = memoLayout({ ...result, proposals }, lang, "x");
      expect(findCell(layout, label(lang, "memoBallotPending", { awards: flag.award }))).not.toBeNull();
      // The flag goes to 2 (one outright, one by the ballot); the certificate, with no unit, is not asked.
      expect(memoAwards({ ...result, proposals }, lang)).toEqual([
        label(lang, "memoAwardCount", { award: flag.award, n: lang === "vi" ? "02" : 2 }),
      ]);
    });
  });

  it("takes the Căn cứ lines, the addressee, the number and the recipients from the settings", () => {
    const settings = [
      ["Căn cứ", "Luật A số 1/2020; Căn cứ Quy chế B;\nKế hoạch C"],
      ["Kính gửi", "Giám đốc Sở Nội vụ"],
      ["Số văn bản", "03/TTr-CTĐ"],
      ["Nơi nhận", "Như trên; Lưu: VT"],
      ["Người ký", "Trưởng khối: Nguyễn Văn A"],
    ];
    const result = evaluateBloc(decreeBloc(UNITS, settings), { year: 2024 });
    // Known keys, readable values: an issue-free read.
    expect(result.issues.filter((i) => i.sheet === "Cấu hình")).toEqual([]);
    expect(result.settings.legalBasis).toEqual(["Luật A số 1/2020", "Quy chế B", "Kế hoạch C"]);
    const layout = memoLayout(result, "vi", "x");
    expect(basisLines(layout, "vi")).toEqual([
      "Căn cứ Luật A số 1/2020;",
      "Căn cứ Quy chế B;",
      "Căn cứ Kế hoạch C,",
    ]);
    for (const basis of DEFAULT_LEGAL_BASIS) expect(texts(layout).some((t) => t.includes(basis))).toBe(false);
    expect(findCell(layout, "Kính gửi: Giám đốc Sở Nội vụ")).not.toBeNull();
    expect(findCell(layout, label("vi", "documentNumber", { number: "03/TTr-CTĐ" }))).not.toBeNull();
    expect(texts(layout)).toEqual(expect.arrayContaining(["- Như trên;", "- Lưu: VT.", "Nguyễn Văn A"]));
    expect(texts(layout)).not.toContain("- Các đơn vị thành viên;");
  });

  it("comes right after the proposals among the outputs, named in the output's language", () => {
    for (const lang of LANGS) {
      const kinds = layoutOutputs(sample("khoi-co-quan-dang"), { existing: [], lang });
      const at = kinds.findIndex((l) => l.kind === "memo");
      expect(kinds[at - 1]?.kind).toBe("proposals");
      expect(kinds[at]?.name).toBe(label(lang, "sheetMemo"));
    }
  });
});
