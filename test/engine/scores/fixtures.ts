import { readCriteria } from "../../../src/engine/criteria/readCriteria";
import type { CriteriaTable } from "../../../src/engine/criteria/criterion";
import type { Issue } from "../../../src/engine/issues";
import { readRoster } from "../../../src/engine/scores/readRoster";
import { isBlankRead } from "../../../src/engine/scores/readScoreCell";
import { readScores } from "../../../src/engine/scores/readScores";
import type { UnitScores } from "../../../src/engine/scores/unitScores";
import type { CellValue, SheetInput, WorkbookInput } from "../../../src/engine/workbook";
import { grid, sheet, workbook } from "../../helpers/grid";

/** Criteria rows (code, name, max, evidence required): two groups, a bonus and a penalty group. */
export const CRITERIA: CellValue[][] = [
  ["STT", "Nội dung", "Điểm chuẩn", "Yêu cầu minh chứng"],
  ["I", "Công tác chuyên môn", 60, ""],
  [1, "Hoàn thành kế hoạch", 30, ""],
  ["1.1", "Đúng tiến độ", 20, "x"],
  ["1.2", "Đúng chất lượng", 10, ""],
  [2, "Cải cách hành chính", 30, ""],
  ["a", "Có kế hoạch", 10, ""],
  ["b", "Thực hiện đầy đủ", 20, ""],
  ["II", "Công tác đoàn thể", 40, ""],
  [1, "Xây dựng Đảng", 25, ""],
  [2, "Phong trào thi đua", 15, ""],
  ["III", "Điểm thưởng", 5, ""],
  [1, "Sáng kiến", 5, ""],
  ["IV", "Điểm trừ", 10, ""],
  [1, "Vi phạm kỷ luật", 10, ""],
];

/** Leaf keys of CRITERIA in table order, and the rows (0-based in CRITERIA) they are on. */
export const LEAVES = ["I.1.1", "I.1.2", "I.2.a", "I.2.b", "II.1", "II.2", "III.1", "IV.1"];
export const LEAF_ROWS = [3, 4, 6, 7, 9, 10, 12, 14];

/** The criteria rows (code, name, max) with extra columns appended per row: header cells, then data. */
export function withColumns(header: CellValue[], data: (row: number) => CellValue[]): CellValue[][] {
  return CRITERIA.map((line, r) => [...line.slice(0, 3), ...(r === 0 ? header : data(r))]);
}

/** A row's cells keyed by leaf: `byLeaf({ "I.1.1": 18 })` puts 18 on the 1.1 row, blank elsewhere. */
export function byLeaf(scores: Record<string, CellValue>): (row: number) => CellValue {
  return (row) => {
    const key = LEAVES[LEAF_ROWS.indexOf(row)];
    return key === undefined ? "" : (scores[key] ?? "");
  };
}

export const criteriaSheet = (): SheetInput => sheet("Tiêu chí", grid({ A1: CRITERIA }));

export function criteriaOf(book: WorkbookInput): CriteriaTable {
  const { table } = readCriteria(book);
  if (!table) throw new Error("no criteria table");
  return table;
}

/** Reads roster and scores as the pipeline does. */
export function readAll(...sheets: SheetInput[]): { units: UnitScores[]; issues: Issue[] } {
  const book = workbook(...sheets);
  const { roster, issues: rosterIssues } = readRoster(book);
  const result = readScores(book, criteriaOf(book), roster);
  return { units: result.units, issues: [...rosterIssues, ...result.issues] };
}

/** `code@cell` for each issue, the way tests assert on them. */
export const codes = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.code}@${i.cell}`);

export const errorsAndWarnings = (issues: readonly Issue[]): string[] =>
  codes(issues.filter((i) => i.severity !== "info"));

export function unitNamed(units: readonly UnitScores[], name: string): UnitScores {
  const unit = units.find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}; have ${units.map((u) => u.name).join(", ")}`);
  return unit;
}

/** A unit's scores of one kind as plain numbers by criterion key. */
// Empty leaf cells are kept as blank reads (so that a missing score can point at its cell); these views
// show what was typed, leaving the blanks out.
export function values(unit: UnitScores, field: "self" | "final"): Record<string, number | null> {
  return Object.fromEntries(
    [...unit[field]].filter(([, read]) => !isBlankRead(read)).map(([key, read]) => [key, read.value]),
  );
}

export function blocValues(unit: UnitScores): Record<string, (number | null)[]> {
  return Object.fromEntries(
    [...unit.bloc]
      .map(
        ([key, reads]) =>
          [key, reads.filter((read) => !isBlankRead(read)).map((read) => read.value)] as const,
      )
      .filter(([, reads]) => reads.length > 0),
  );
}

export const rosterSheet = (rows: CellValue[][]): SheetInput =>
  sheet("Danh sách", grid({ A1: [["STT", "Tên đơn vị", "Tên viết tắt", "Vai trò"], ...rows] }));
