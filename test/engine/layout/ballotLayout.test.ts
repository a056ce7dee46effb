import { evaluateBloc } from "../../../src/engine/evaluateBloc";
import { ballotLayout } from "../../../src/engine/layout/ballotLayout";
import { DOCUMENT_FONT, type ExistingSheet, type SheetLayout } from "../../../src/engine/layout/sheetLayout";
import { layoutOutputs } from "../../../src/engine/layout/layoutOutputs";
import type { CellValue, WorkbookInput } from "../../../src/engine/workbook";
import { label } from "../../../src/strings/outputLabels";
import { decreeBloc, type DecreeUnit } from "../../helpers/decreeBloc";
import { at, grid } from "../../helpers/grid";
import { expectWellFormed } from "../../helpers/layoutChecks";

const FLAG = "Cờ thi đua của UBND tỉnh";
const MERIT = "Bằng khen của Chủ tịch UBND tỉnh";

// A and B tie for the one flag; C and D for the one certificate seat left after the seat kept for the flag's
// ballot; E is below both.
const UNITS: DecreeUnit[] = [
  { name: "Sở A", i: 57, ii: 38 },
  { name: "Sở B", i: 57, ii: 38 },
  { name: "Sở C", i: 56, ii: 37 },
  { name: "Sở D", i: 56, ii: 37 },
  { name: "Sở E", i: 55, ii: 36 },
];
const RULES: CellValue[][] = [
  ["Tên khối", "Khối thi đua các sở"],
  ["", ""],
  ["Hình thức", "Số lượng"],
  [FLAG, 1],
  [MERIT, 2],
];

const BALLOT = "Phiếu bầu";

function withTyped(rows: CellValue[][]): WorkbookInput {
  const bloc = decreeBloc(UNITS, RULES);
  const values = grid({
    A40: "KẾT QUẢ BỎ PHIẾU",
    A42: [["STT", "Hình thức", "Đơn vị", "Tỷ lệ phiếu (%)"], ...rows],
  });
  return { sheets: [...bloc.sheets, { name: BALLOT, values, owner: "ballot" }] };
}

const OURS: ExistingSheet[] = [{ name: BALLOT, owner: "ballot" }];

function layoutOf(
  input: WorkbookInput,
  existing: ExistingSheet[] = [],
  lang: "vi" | "en" = "vi",
): SheetLayout {
  return ballotLayout(evaluateBloc(input, { year: 2024 }), lang, "x", existing)!;
}

/** The rows (0-based) whose first cell is a ballot's title, and the units listed under each ballot's header. */
function ballots(layout: SheetLayout, lang: "vi" | "en" = "vi") {
  const titles = layout.values.flatMap((row, r) => (row[0] === label(lang, "ballotTitle") ? [r] : []));
  return titles.map((title) => {
    const header = layout.values.findIndex((row, r) => r > title && row[3] === label(lang, "ballotBox"));
    const units: unknown[] = [];
    for (let r = header + 1; typeof layout.values[r]?.[0] === "number"; r++)
      units.push(layout.values[r]?.[1]);
    const text = layout.values.slice(title - 2, header).flat(); // the bloc, a blank row, the title…
    return { title, header, units, text };
  });
}

/** Every cell holding a value is covered by a format naming Times New Roman, and no format names another font. */
function expectDocumentFont(layout: SheetLayout): void {
  const fonts = layout.formats.filter((f) => f.format.fontName !== undefined);
  expect(fonts.every((f) => f.format.fontName === DOCUMENT_FONT)).toBe(true);
  const covers = (range: string, r: number, c: number): boolean => {
    const [from, to = from] = range.split(":") as [string, string?];
    const [a, b] = [at(from), at(to)];
    return r >= a.row && r <= b.row && c >= a.col && c <= b.col;
  };
  layout.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) expect([r, c, fonts.some((f) => covers(f.range, r, c))]).toEqual([r, c, true]);
    }),
  );
}

describe("ballot papers (Phiếu bầu)", () => {
  it("prints one ballot per tied award listing exactly the tied units and the seats, each on its own page", () => {
    const layout = layoutOf(decreeBloc(UNITS, RULES));
    expectWellFormed(layout);
    expect(layout.kind).toBe("ballot");
    const found = ballots(layout);
    expect(found.map((b) => b.units)).toEqual([
      ["Sở A", "Sở B"],
      ["Sở C", "Sở D"],
    ]);
    expect(found[0]?.text).toEqual(
      expect.arrayContaining([
        "KHỐI THI ĐUA CÁC SỞ",
        label("vi", "ballotAward", { award: FLAG, year: 2024 }),
        label("vi", "ballotSeats", { seats: 1 }),
      ]),
    );
    expect(found[1]?.text).toContain(label("vi", "ballotAward", { award: MERIT, year: 2024 }));
    // The second ballot's page starts at its bloc name, two rows above its title; the results table's at
    // its title. Breaks are 1-based rows before which a page breaks.
    const results = layout.values.findIndex((row) => row[0] === label("vi", "ballotResultsTitle"));
    expect(layout.pageBreaks).toEqual([found[1]!.title - 2 + 1, results + 1]);
    expect(layout.values[found[1]!.title - 2]?.[0]).toBe("KHỐI THI ĐUA CÁC SỞ");
    expect(layout.print).toMatchObject({ paperSize: "A4", orientation: "portrait" });
    expect(layout.print.margins.left).toBeCloseTo(30 / 25.4, 2);
    expectDocumentFont(layout);
  });

  it("offers the results table with a row per tied unit, read back as the engine reads it", () => {
    const layout = layoutOf(decreeBloc(UNITS, RULES));
    const title = layout.values.findIndex((row) => row[0] === label("vi", "ballotResultsTitle"));
    const header = title + 2;
    expect(layout.values[header]?.slice(1, 4)).toEqual(["Hình thức", "Đơn vị", "Tỷ lệ phiếu (%)"]);
    expect(layout.values.slice(header + 1).map((row) => row.slice(1, 4))).toEqual([
      [FLAG, "Sở A", null],
      [FLAG, "Sở B", null],
      [MERIT, "Sở C", null],
      [MERIT, "Sở D", null],
    ]);
    // Typed into, the sheet is read back: the flag's tie is settled.
    const values = layout.values.map((row) => row.map((v) => (v === null ? "" : v))) as CellValue[][];
    values[header + 1]![3] = 30;
    values[header + 2]![3] = 70;
    const again = evaluateBloc(
      { sheets: [...decreeBloc(UNITS, RULES).sheets, { name: BALLOT, values, owner: "ballot" }] },
      { year: 2024 },
    );
    expect(again.proposals[0]).toMatchObject({ units: ["Sở B"], needsBallot: false });
  });

  it("writes back everything typed on our earlier ballot sheet, unreadable or not counted too", () => {
    const layout = layoutOf(
      withTyped([
        [1, FLAG, "Sở A", 30],
        [2, FLAG, "Sở B", "bảy mươi"],
        [3, "Cờ thi đua của Chính phủ", "Sở E", 50],
      ]),
      OURS,
    );
    const title = layout.values.findIndex((row) => row[0] === label("vi", "ballotResultsTitle"));
    expect(layout.values.slice(title + 3).map((row) => row.slice(1, 5))).toEqual([
      [FLAG, "Sở A", 30, null],
      [FLAG, "Sở B", "bảy mươi", label("vi", "ballotNotCounted")],
      [MERIT, "Sở C", null, null],
      [MERIT, "Sở D", null, null],
      ["Cờ thi đua của Chính phủ", "Sở E", 50, label("vi", "ballotNotCounted")],
    ]);
  });

  it("does not copy results typed on a user's sheet, and says where they are", () => {
    const input = withTyped([
      [1, FLAG, "Sở A", 30],
      [2, FLAG, "Sở B", 70],
    ]);
    const layout = layoutOf(input, []);
    const row = layout.values.find((r) => r[2] === "Sở B" && r[1] === FLAG);
    expect(row?.[3]).toBeNull();
    expect(row?.[4]).toBe(label("vi", "ballotFromSheet", { sheet: BALLOT, votes: "70%" }));
  });

  it("is left out when no tie needs a ballot and none was read, and replaces an earlier one otherwise", () => {
    const plain: DecreeUnit[] = UNITS.map((u, i) => ({ ...u, i: u.i - i }));
    const result = evaluateBloc(decreeBloc(plain, RULES), { year: 2024 });
    expect(ballotLayout(result, "vi", "x", [])).toBeNull();
    expect(layoutOutputs(result, { existing: [] }).map((l) => l.kind)).not.toContain("ballot");
    const replaced = ballotLayout(result, "vi", "x", OURS)!;
    expect(replaced.values.flat()).toContain(label("vi", "ballotNone"));
    expect(ballots(replaced)).toEqual([]);
  });

  it("comes after the proposals and before the minutes", () => {
    const kinds = layoutOutputs(evaluateBloc(decreeBloc(UNITS, RULES), { year: 2024 }), { existing: [] }).map(
      (l) => l.kind,
    );
    expect(kinds.indexOf("ballot")).toBeGreaterThan(kinds.indexOf("proposals"));
    expect(kinds.indexOf("ballot")).toBe(kinds.indexOf("minutes") - 1);
  });
});
