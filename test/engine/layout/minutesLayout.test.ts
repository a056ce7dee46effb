import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import type { Lang } from "../../../src/engine/lang";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import { minutesLayout } from "../../../src/engine/layout/minutesLayout";
import { DOCUMENT_FONT, type SheetLayout } from "../../../src/engine/layout/sheetLayout";
import type { CellValue, WorkbookInput } from "../../../src/engine/workbook";
import { label } from "../../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../../helpers/decreeBloc";
import { at, grid } from "../../helpers/grid";
import { expectWellFormed } from "../../helpers/layoutChecks";

const FLAG = "Cờ thi đua của UBND tỉnh";

const UNITS: DecreeUnit[] = [
  { name: "Sở A", role: "Trưởng khối", i: 57, ii: 38 },
  { name: "Sở B", i: 57, ii: 38 },
  { name: "Sở C", i: 56, ii: 37 },
  { name: "Sở D", i: 55, ii: 36 },
];
const SETTINGS: CellValue[][] = [
  ["Tên khối", "Khối thi đua các sở"],
  ["Địa danh", "Ninh Thuận"],
  ["Ngày họp", "15/12/2024"],
  ["Người ký", "Trưởng khối: Nguyễn Văn An; Thư ký: Trần Thị Bình"],
];

function minutes(input: WorkbookInput, lang: Lang = "vi"): SheetLayout {
  return minutesLayout(evaluateBloc(input, { year: 2024 }), lang, "x");
}

const texts = (layout: SheetLayout): string[] =>
  layout.values.flat().filter((cell): cell is string => typeof cell === "string");

function typed(rows: CellValue[][]): WorkbookInput {
  const values = grid({ A1: "KẾT QUẢ BỎ PHIẾU", A2: [["Hình thức", "Đơn vị", "Tỷ lệ phiếu (%)"], ...rows] });
  return { sheets: [...decreeBloc(UNITS, SETTINGS).sheets, { name: "Phiếu bầu", values, owner: "ballot" }] };
}

describe("minutes of the review meeting (Biên bản)", () => {
  it("names the meeting, the chair and secretary, the units present and the ranking", () => {
    const layout = minutes(decreeBloc(UNITS, SETTINGS));
    expectWellFormed(layout);
    expect(layout.kind).toBe("minutes");
    const all = texts(layout);
    expect(all).toEqual(
      expect.arrayContaining([
        label("vi", "minutesTitle", { year: 2024 }),
        label("vi", "minutesTime", { day: "15", month: "12", year: "2024" }),
        label("vi", "minutesPlace", { place: "Ninh Thuận" }),
        label("vi", "minutesChairUnit", { name: "Nguyễn Văn An", unit: "Sở A" }),
        label("vi", "minutesSecretary", { name: "Trần Thị Bình" }),
        label("vi", "minutesPresent", { n: 4, bloc: "Khối thi đua các sở" }),
        "- Sở D;",
        label("vi", "signChair"),
        label("vi", "signSecretary"),
      ]),
    );
    // The ranking: rank, unit, total, classification, in rank order.
    const header = layout.values.findIndex((row) => row[0] === label("vi", "rank"));
    expect(layout.values.slice(header + 1, header + 5).map((row) => row.slice(0, 3))).toEqual([
      [1, "Sở A", 95],
      [1, "Sở B", 95],
      [3, "Sở C", 93],
      [4, "Sở D", 91],
    ]);
    // The totals are centred, clear of the classification beside them.
    const totals = layout.formats.filter(
      (f) => f.format.numberFormat !== undefined && f.range.startsWith(`C${header + 2}`),
    );
    expect(totals.map((f) => f.format.horizontal)).toEqual(["center"]);
    // The two names under the signatures, in one row.
    const names = layout.values.find((row) => row.includes("Trần Thị Bình") && row.includes("Nguyễn Văn An"));
    expect(names).toBeDefined();
    expect(layout.print).toMatchObject({ paperSize: "A4", pageNumbers: "fromSecond" });
    const fonts = layout.formats.filter((f) => f.format.fontName !== undefined);
    expect(fonts.map((f) => f.format.fontName)).toEqual([DOCUMENT_FONT]);
    const [from, to] = fonts[0]!.range.split(":") as [string, string];
    expect([at(from), at(to)]).toEqual([
      { row: 0, col: 0 },
      { row: layout.values.length - 1, col: layout.columnWidths.length - 1 },
    ]);
  });

  it("leaves blanks for the vote of a tie not yet balloted", () => {
    const all = texts(minutes(decreeBloc(UNITS, SETTINGS)));
    expect(all).toEqual(
      expect.arrayContaining([
        label("vi", "minutesTie", { units: "Sở A, Sở B", seats: 1 }),
        label("vi", "minutesUnitVote", { unit: "Sở A", votes: "……%" }),
        label("vi", "minutesUnitVote", { unit: "Sở B", votes: "……%" }),
        label("vi", "minutesTiePending", { blank: label("vi", "nameBlank") }),
      ]),
    );
  });

  it("shows the ballot results typed back and the unit they elected", () => {
    const all = texts(
      minutes(
        typed([
          [FLAG, "Sở A", 35],
          [FLAG, "Sở B", "65%"],
        ]),
      ),
    );
    expect(all).toEqual(
      expect.arrayContaining([
        label("vi", "minutesAward", { letter: "a", award: FLAG, n: 1 }),
        label("vi", "minutesUnitVote", { unit: "Sở B", votes: "65%" }),
        label("vi", "minutesUnitVote", { unit: "Sở A", votes: "35%" }),
        label("vi", "minutesTieElected", { units: "Sở B" }),
      ]),
    );
    expect(all).not.toContain(label("vi", "minutesTiePending", { blank: label("vi", "nameBlank") }));
  });

  it("shows the roster's vote shares where there is no ballot", () => {
    const bloc = decreeBloc(UNITS, SETTINGS);
    const roster = bloc.sheets.find((s) => s.name === "Đơn vị")!;
    roster.values = roster.values.map((row, r) => [
      ...row,
      r === 0 ? "Tỷ lệ phiếu" : [0.9, 0.8, 0.75, 0.7][r - 1]!,
    ]);
    const all = texts(minutes(bloc));
    // The vote shares parted the tie (phiếu), so Sở A takes the flag outright with its 90 %.
    expect(all).toContain(label("vi", "minutesUnitVote", { unit: "Sở A", votes: "90%" }));
    expect(all).not.toContain(label("vi", "minutesTie", { units: "Sở A, Sở B", seats: 1 }));
  });

  it("says why nothing is proposed while data errors remain", () => {
    const bloc = decreeBloc(UNITS, SETTINGS);
    bloc.sheets[0]!.values[2]![3] = "abc";
    const result = evaluateBloc(bloc, { year: 2024 });
    expect(result.provisional).toBe(true);
    const errors = result.issues.filter((i) => i.severity === "error").length;
    const all = texts(minutesLayout(result, "vi", "x"));
    expect(all).toContain(label("vi", "minutesWithheld", { n: errors }));
    expect(all.some((t) => t.startsWith("a) "))).toBe(false);
    expect(all).toContain(label("vi", "minutesLeader", { unit: label("vi", "nameBlank") }));
  });

  it("says cụm for a cluster, and comes after the proposals", () => {
    const settings = SETTINGS.map((row) => (row[0] === "Tên khối" ? ["Tên khối", "Cụm thi đua số 2"] : row));
    const units = UNITS.map((u) => (u.role ? { ...u, role: "Cụm trưởng" } : u));
    const result = evaluateBloc(decreeBloc(units, settings), { year: 2024 });
    const all = texts(minutesLayout(result, "vi", "x"));
    expect(all).toEqual(
      expect.arrayContaining([
        label("vi", "minutesChairUnit", { name: "Nguyễn Văn An", unit: "Sở A" }, "cluster"),
        label("vi", "minutesLeaders", { year: 2025 }, "cluster"),
      ]),
    );
    expect(all.join("\n")).toContain("Cụm trưởng");
    expect(all.join("\n")).not.toMatch(/trưởng khối|phó khối/i);
    const kinds = layoutOutputs(result, { existing: [] }).map((l) => l.kind);
    expect(kinds.indexOf("minutes")).toBeGreaterThan(kinds.indexOf("proposals"));
    expect(texts(minutes(decreeBloc(units, settings), "en")).join("\n")).toContain("Cluster leader");
  });
});
