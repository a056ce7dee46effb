import { NAME_WIDTH, summary, TIE_MARK } from "../../src/cli/summary";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { skipText } from "../../src/engine/layout/skipText";
import type { CellValue, WorkbookInput } from "../../src/engine/workbook";
import { cliCount, cliLabel } from "../../src/strings/cliLabels";
import { label } from "../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../helpers/decreeBloc";
import { FLAG, MERIT, settledBloc, votesPartedBloc } from "../helpers/settledTie";

const LANGS = ["vi", "en"] as const;

// Measured here without the code under test: NFC code points, combining marks none.
const columns = (text: string): number => [...text.normalize("NFC").replace(/\p{M}/gu, "")].length;

/** The cells of a table line (separated by two spaces or more) with the columns each starts and ends at. */
function cells(line: string): { text: string; start: number; end: number }[] {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((match) => {
    const start = columns(line.slice(0, match.index));
    return { text: match[0], start, end: start + columns(match[0]) };
  });
}

// A 120-character name, typed decomposed (NFD) as some keyboards and copied PDFs give it.
const LONG =
  `Trung tâm Nghiên cứu, Ứng dụng và Chuyển giao Tiến bộ Khoa học Kỹ thuật về Nông nghiệp Công nghệ cao`
    .padEnd(120, " tỉnh")
    .slice(0, 120)
    .normalize("NFD");

const UNITS: DecreeUnit[] = [
  { name: "Sở Tư pháp", role: "Trưởng khối", i: 58, ii: 39 },
  { name: LONG, i: 57.5, ii: 38 },
  { name: "Sở Nội vụ", i: 56, ii: 37 },
  { name: "Sở Tài chính", i: 9, ii: 1 },
  { name: "Đài Phát thanh và Truyền hình tỉnh", i: 50, ii: 30.25 },
];

const run = (workbook: WorkbookInput, lang: "vi" | "en") => {
  const result = evaluateBloc(workbook, { year: 2024 });
  return { result, lines: summary(result, lang).split("\n") };
};

/** The table: the header line and one line per ranked unit, found by their position after the header. */
function tableOf(lines: string[], lang: "vi" | "en", n: number) {
  const at = lines.findIndex((line) => line.includes(label(lang, "classification")));
  return { header: lines[at]!, rows: lines.slice(at + 1, at + 1 + n) };
}

describe.each(LANGS)("the summary's ranking table (%s)", (lang) => {
  const { result, lines } = run(decreeBloc(UNITS), lang);
  const { header, rows } = tableOf(lines, lang, UNITS.length);

  it("has one line per unit, each with rank, name, total, self total and classification", () => {
    expect(result.ranking).toHaveLength(UNITS.length);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    expect(cells(header)).toHaveLength(5);
  });

  it("right-aligns ranks, totals and self totals: each column ends where its header ends", () => {
    const head = cells(header);
    for (const column of [0, 2, 3]) {
      const ends = rows.map((row) => cells(row)[column]!.end);
      expect(new Set(ends)).toEqual(new Set([head[column]!.end]));
    }
    // Names and classifications start at their headers.
    for (const column of [1, 4]) {
      expect(new Set(rows.map((row) => cells(row)[column]!.start))).toEqual(new Set([head[column]!.start]));
    }
  });

  it("prints totals with the settings' decimals and the language's decimal mark", () => {
    const totals = rows.map((row) => cells(row)[2]!.text);
    const decimals = result.settings.decimals;
    const mark = lang === "vi" ? "," : ".";
    for (const [i, ranked] of result.ranking.entries()) {
      expect(totals[i]).toBe(ranked.result.total.toFixed(decimals).replace(".", mark));
    }
  });

  it("cuts the 120-character name with … and prints it whole below the table", () => {
    const nfc = LONG.normalize("NFC");
    const row = rows.find((line) => nfc.startsWith(cells(line)[1]!.text.slice(0, -1)))!;
    const name = cells(row)[1]!.text;
    expect(name.endsWith("…")).toBe(true);
    expect(columns(name)).toBeLessThanOrEqual(NAME_WIDTH);
    // It stays in its column: two spaces at least before the totals.
    expect(cells(row)[1]!.end).toBeLessThanOrEqual(cells(header)[2]!.start - 2);
    const below = lines.slice(lines.indexOf(cliLabel(lang, "fullNames")));
    const rank = cells(row)[0]!.text;
    expect(below.map((line) => line.trim())).toContainEqual(expect.stringMatching(new RegExp(`^${rank} +`)));
    expect(
      below
        .find((line) => line.trim().startsWith(`${rank} `))!
        .trim()
        .endsWith(nfc),
    ).toBe(true);
  });
});

describe("a line break typed in a unit's name", () => {
  it("keeps the table one line per unit", () => {
    const units = UNITS.map((u, i) => (i === 2 ? { ...u, name: "Sở Nội vụ\n(Ban Thi đua)" } : u));
    const { lines } = run(decreeBloc(units), "vi");
    const { header, rows } = tableOf(lines, "vi", units.length);
    const totalEnd = cells(header)[2]!.end;
    for (const row of rows) expect(cells(row)[2]!.end).toBe(totalEnd);
    expect(rows.some((row) => row.includes("Sở Nội vụ (Ban Thi đua)"))).toBe(true);
  });
});

const TIED: DecreeUnit[] = [
  { name: "Sở Y tế", role: "Trưởng khối", i: 58, ii: 39 },
  { name: "Sở Tư pháp", i: 58, ii: 39 },
  { name: "Sở Nội vụ", i: 56, ii: 37 },
  { name: "Sở Tài chính", i: 55, ii: 36 },
  { name: "Sở Xây dựng", i: 50, ii: 30 },
];

describe.each(LANGS)("units tied for an award (%s)", (lang) => {
  const { result, lines } = run(decreeBloc(TIED), lang);
  const flag = result.proposals.find((p) => p.needsBallot)!;

  it("mark each tied unit, and only those, with the legend under the award", () => {
    expect(flag.ballot!.units).toEqual(["Sở Y tế", "Sở Tư pháp"]);
    const at = lines.findIndex((line) => line.trim().startsWith(`${flag.award}:`));
    const listed = lines[at]!.slice(lines[at]!.indexOf(":") + 1)
      .split(",")
      .map((s) => s.trim());
    expect(listed).toEqual(flag.units.map((unit) => `${unit} ${TIE_MARK}`));
    const values = { seats: flag.ballot!.seats, count: flag.ballot!.units.length };
    expect(lines[at + 1]!.trim()).toBe(`${TIE_MARK} ${label(lang, "ballot", values)}`);
    // No unit of another award carries the mark.
    const others = lines.filter((line) =>
      result.proposals.some((p) => p !== flag && line.trim().startsWith(`${p.award}:`)),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const line of others) expect(line).not.toContain(TIE_MARK);
  });

  it("say how many places the next award keeps for the ballot's other unit", () => {
    const merit = result.proposals.find((p) => p.reservedForBallot > 0)!;
    const places = cliCount(lang, merit.reservedForBallot, "place");
    expect(lines.map((line) => line.trim())).toContain(cliLabel(lang, "reserved", { places }));
  });
});

describe.each(LANGS)("a provisional result (%s)", (lang) => {
  const errors = (): WorkbookInput => {
    const workbook = decreeBloc(TIED);
    const matrix = workbook.sheets[0]!.values as CellValue[][];
    matrix[2]![4] = "năm mươi";
    matrix[4]![5] = "x";
    return workbook;
  };

  it("gives the data errors as the reason where the proposals would be", () => {
    const { result, lines } = run(errors(), lang);
    expect(result.provisional).toBe(true);
    const n = result.issues.filter((i) => i.severity === "error").length;
    expect(n).toBeGreaterThan(1);
    const at = lines.indexOf(cliLabel(lang, "proposals"));
    expect(lines[at + 1]!.trim()).toBe(
      cliLabel(lang, "provisionalReason", { errors: cliCount(lang, n, "dataError") }),
    );
    expect(lines).not.toContain(`  ${cliLabel(lang, "none")}`);
  });

  it("still names the unit the roster rules out, with its reason", () => {
    const workbook = decreeBloc(TIED.map((u, i) => (i === 1 ? { ...u, review: "Đang thanh tra" } : u)));
    (workbook.sheets[0]!.values as CellValue[][])[2]![4] = "năm mươi";
    const { result, lines } = run(workbook, lang);
    expect(result.provisional).toBe(true);
    const reason = skipText({ unit: "Sở Tư pháp", reason: "underReview", note: "Đang thanh tra" }, lang);
    expect(lines).toContain(`  ${reason}`);
    expect(lines.indexOf(`  ${reason}`)).toBeGreaterThan(lines.indexOf(cliLabel(lang, "proposals")));
  });
});

describe("English counts", () => {
  it("say 1 warning and 2 warnings, 1 error and 0 errors", () => {
    const one = run(decreeBloc(UNITS, [["Trưởng khối năm sau", "Sở Giáo dục"]]), "en");
    const warnings = one.result.issues.filter((i) => i.severity === "warning").length;
    expect(warnings).toBe(1);
    const counts = one.lines.find((line) =>
      line.startsWith(cliLabel("en", "counts", { errors: "" }).split(":")[0]!),
    )!;
    expect(counts).toContain(cliCount("en", 1, "warning"));
    expect(counts).toContain(cliCount("en", 0, "error"));
    expect(counts).not.toMatch(/\b1 \w+s\b/);
    const two = run(decreeBloc(TIED, [["Trưởng khối năm sau", "Sở Giáo dục"]]), "en");
    expect(two.lines.join("\n")).toContain(cliCount("en", 2, "warning"));
  });
});

describe.each(LANGS)("a tie at the last place settled (%s)", (lang) => {
  it("by the ballot results: names the elected unit, with its share, under the award", () => {
    const { result, lines } = run(settledBloc(), lang);
    const [flag, merit] = result.proposals;
    const at = lines.indexOf(`  ${FLAG}: Sở Nội vụ`);
    expect(at).toBeGreaterThan(0);
    const units = `Sở Nội vụ (${lang === "vi" ? "62,5%" : "62.5%"})`;
    expect(lines[at + 1]).toBe(`    ${label(lang, "ballotSettledAward", { seats: 1, count: 2, units })}`);
    expect(flag?.units).toEqual(["Sở Nội vụ"]);
    // The unit the ballot did not elect is on the next award's list, with no ballot line of its own.
    expect(merit?.units[0]).toBe("Sở Tư pháp");
    expect(lines[at + 2]).toBe(`  ${MERIT}: ${merit!.units.join(", ")}`);
    expect(lines.join("\n")).not.toContain(TIE_MARK);
  });

  it("by the roster's vote shares: says which unit they put above which", () => {
    const { lines } = run(votesPartedBloc(), lang);
    const at = lines.indexOf(`  ${FLAG}: Sở Nội vụ`);
    expect(at).toBeGreaterThan(0);
    const parted = { above: "Sở Nội vụ", below: "Sở Tư pháp" };
    expect(lines[at + 1]).toBe(`    ${label(lang, "separatedByVotes", parted)}`);
  });
});
