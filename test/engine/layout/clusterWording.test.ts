import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import type { Lang } from "../../../src/engine/lang";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import type { SheetLayout } from "../../../src/engine/layout/sheetLayout";
import type { CellValue } from "../../../src/engine/workbook";
import { formatIssue } from "../../../src/strings/issueMessages";
import { label } from "../../../src/strings/outputLabels";
import { unitWords } from "../../../src/strings/unitWords";
import { clusterBloc } from "../../helpers/clusterBloc";

// With Ban Tổ chức as the current leader the rotation proposes Ban Tuyên giáo, then Ban Dân vận.
const ROLES = { "Ban Tổ chức Tỉnh ủy": "Cụm trưởng", "Ban Dân vận Tỉnh ủy": "Cụm phó" };
const NEXT = "Ban Tuyên giáo Tỉnh ủy";
const DEPUTY = "Ban Dân vận Tỉnh ủy";

function run(name: string, kind?: CellValue, lang?: Lang, roles: Record<string, string> = ROLES) {
  const result = evaluateBloc(clusterBloc({ name, kind, roles }), { year: 2024 });
  const layouts = layoutOutputs(result, { existing: [], lang });
  const sheet = (kindOf: SheetLayout["kind"]): SheetLayout => layouts.find((l) => l.kind === kindOf)!;
  return { result, layouts, sheet };
}

const texts = (layout: SheetLayout): string[] =>
  layout.values.flat().filter((cell): cell is string => typeof cell === "string");

/** The cell right of the secretary's signature title: the leader's title, in the same row. */
const leaderTitle = (proposals: SheetLayout, lang: Lang): unknown => {
  const row = proposals.values.find((r) => r[0] === label(lang, "signSecretary"));
  return row?.find((value, col) => col > 0 && value !== null);
};

// Phrases that name a bloc's leader or the bloc itself; unit names such as "Đảng ủy Khối …" may say khối.
const BLOC_PHRASES = /trưởng khối|phó khối|khối thi đua|bloc leader|emulation bloc/i;

describe("cluster wording on the output sheets (DESIGN §2.3)", () => {
  it.each([
    ["a name starting with CỤM", "CỤM THI ĐUA SỐ 3", undefined],
    ["a name starting with Cụm", "Cụm thi đua các xã phía Bắc", undefined],
    ["Loại: cụm on a Khối name", "Khối các cơ quan Đảng tỉnh", "cụm"],
    ["Loại: Cluster (the English word) on a Khối name", "Khối các cơ quan Đảng tỉnh", "Cluster"],
  ])("says cụm on every sheet for %s", (_, name, kind) => {
    const { result, layouts, sheet } = run(name, kind);
    expect(result.settings.kind).toBe("cluster");
    expect(result.provisional).toBe(false);
    const proposals = sheet("proposals");
    expect(leaderTitle(proposals, "vi")).toBe("CỤM TRƯỞNG");
    expect(texts(proposals)).toEqual(
      expect.arrayContaining([`Đề xuất Cụm trưởng năm 2025: ${NEXT}`, `Đề xuất Cụm phó năm 2025: ${DEPUTY}`]),
    );
    expect(texts(sheet("ranking"))).toContain(`Cụm thi đua: ${name}`);
    for (const layout of layouts) expect(texts(layout).filter((t) => BLOC_PHRASES.test(t))).toEqual([]);
  });

  it("keeps khối wording when Loại: khối overrides a name starting with Cụm", () => {
    const { result, sheet } = run("Cụm thi đua số 3", "khối");
    expect(result.settings.kind).toBe("bloc");
    const proposals = sheet("proposals");
    expect(leaderTitle(proposals, "vi")).toBe("TRƯỞNG KHỐI");
    expect(texts(proposals)).toEqual(
      expect.arrayContaining([
        `Đề xuất Trưởng khối năm 2025: ${NEXT}`,
        `Đề xuất Phó khối năm 2025: ${DEPUTY}`,
      ]),
    );
    expect(texts(sheet("ranking"))).toContain("Khối thi đua: Cụm thi đua số 3");
  });

  it("says cluster in English", () => {
    const { sheet } = run("Cụm thi đua số 3", undefined, "en");
    const proposals = sheet("proposals");
    expect(leaderTitle(proposals, "en")).toBe("CLUSTER LEADER");
    expect(texts(proposals)).toContain(`Proposed cluster leader for 2025: ${NEXT}`);
    expect(texts(sheet("ranking"))).toContain("Emulation cluster: Cụm thi đua số 3");
  });

  it("heads an unnamed cluster's proposals and memo CỤM THI ĐUA, signed TM. CỤM THI ĐUA", () => {
    const { sheet } = run("", "cụm");
    for (const kind of ["proposals", "memo"] as const) {
      const layout = sheet(kind);
      expect(layout.values[0]).toContain("CỤM THI ĐUA");
      expect(texts(layout)).toContain("TM. CỤM THI ĐUA");
      expect(texts(layout)).toContain("CỤM TRƯỞNG");
    }
  });

  it("words the data check's messages for a cluster: an unknown role and no current leader", () => {
    const { result, sheet } = run("Cụm thi đua số 3", undefined, "vi", { "Báo Quảng Trị": "Thủ quỹ" });
    const check = sheet("dataCheck");
    const words = unitWords("cluster", "vi");
    const rows = (["roster-role-unknown", "award-no-current-leader"] as const).map((code) => {
      const found = result.issues.find((i) => i.code === code)!;
      return check.values.find((r) => r[5] === formatIssue(found, "vi", "cluster"));
    });
    for (const row of rows) {
      expect(row?.[5]).toContain(words.LeaderWord);
      expect(row?.[5]).not.toMatch(BLOC_PHRASES);
    }
    // Báo Quảng Trị is the roster's 8th unit, under a title row and the header: row 10, Vai trò in D.
    expect(rows[0]?.slice(1, 3)).toEqual(["Đơn vị", "D10"]);
  });

  it("reports an unreadable Loại at its cell and goes by the name", () => {
    const { result, sheet } = run("Cụm thi đua số 3", "tổ");
    const invalid = result.issues.filter((i) => i.code === "settings-value-invalid");
    expect(invalid.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["Cấu hình!B3"]);
    expect(result.settings.kind).toBe("cluster");
    expect(leaderTitle(sheet("proposals"), "vi")).toBe("CỤM TRƯỞNG");
  });
});
