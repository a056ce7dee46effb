import fc from "fast-check";
import { evaluateBloc } from "../../src/engine/evaluateBloc";
import { toNumber } from "../../src/engine/decimal";
import type { CellValue, WorkbookInput } from "../../src/engine/workbook";

// Random valid blocs: normal groups of leaves, a capped bonus group and a capped deduction group, and
// units scoring in quarter points (so that the expected totals can be computed in integers here).
interface Bloc {
  groups: number[][]; // leaf maxima in quarter points
  bonus: { cap: number; leaves: number[] };
  penalty: { cap: number; leaves: number[] };
  units: { name: string; scores: number[] }[]; // quarter points, leaves in table order
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];
const quarterMax = fc.integer({ min: 1, max: 80 });

const blocArb: fc.Arbitrary<Bloc> = fc
  .record({
    groups: fc.array(fc.array(quarterMax, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    bonus: fc.record({ cap: quarterMax, leaves: fc.array(quarterMax, { minLength: 1, maxLength: 2 }) }),
    penalty: fc.record({ cap: quarterMax, leaves: fc.array(quarterMax, { minLength: 1, maxLength: 2 }) }),
    unitCount: fc.integer({ min: 1, max: 7 }),
    seed: fc.array(fc.nat(), { minLength: 200, maxLength: 200 }),
  })
  .map(({ groups, bonus, penalty, unitCount, seed }) => {
    const maxima = [...groups.flat(), ...bonus.leaves, ...penalty.leaves];
    const units = Array.from({ length: unitCount }, (_, u) => ({
      name: `Đơn vị số ${u + 1}`,
      scores: maxima.map((max, i) => (seed[(u * 31 + i) % seed.length] ?? 0) % (max + 1)),
    }));
    return { groups, bonus, penalty, units };
  });

const q = (quarters: number): number => quarters / 4;

function workbookOf(bloc: Bloc, unitOrder: number[], sheetOrder: number[]): WorkbookInput {
  const rows: CellValue[][] = [];
  const group = (code: string, name: string, max: number, leaves: number[]) => {
    rows.push([code, name, q(max)]);
    leaves.forEach((leafMax, i) => rows.push([String(i + 1), `Tiêu chí ${code}.${i + 1}`, q(leafMax)]));
  };
  bloc.groups.forEach((leaves, g) =>
    group(
      ROMAN[g]!,
      `Nhóm ${g + 1}`,
      leaves.reduce((a, b) => a + b, 0),
      leaves,
    ),
  );
  group(ROMAN[bloc.groups.length]!, "Điểm thưởng", bloc.bonus.cap, bloc.bonus.leaves);
  group(ROMAN[bloc.groups.length + 1]!, "Điểm trừ", bloc.penalty.cap, bloc.penalty.leaves);
  const leafRows = rows.map((row, r) => (/^\d+$/.test(String(row[0])) ? r : -1)).filter((r) => r >= 0);
  const matrix: CellValue[][] = [
    ["BẢNG TỔNG HỢP ĐIỂM TỰ CHẤM", "", "", ...unitOrder.map(() => "")],
    ["STT", "Nội dung", "Điểm chuẩn", ...unitOrder.map((u) => bloc.units[u]!.name)],
    ...rows.map((row, r) => [
      ...row,
      ...unitOrder.map((u) => {
        const leaf = leafRows.indexOf(r);
        return leaf >= 0 ? q(bloc.units[u]!.scores[leaf]!) : "";
      }),
    ]),
  ];
  const roster: CellValue[][] = [["Tên đơn vị"], ...bloc.units.map((u) => [u.name])];
  const sheets = [
    { name: "Tổng hợp", values: matrix },
    { name: "Đơn vị", values: roster },
    {
      name: "Cấu hình",
      values: [
        ["Thiếu điểm", "tính 0"],
        ["Trưởng khối năm sau", "hạng cao nhất"],
      ] as CellValue[][],
    },
  ];
  return { sheets: sheetOrder.map((i) => sheets[i]!) };
}

function expectedTotal(bloc: Bloc, scores: number[]): number {
  let i = 0;
  const take = (n: number) => scores.slice(i, (i += n)).reduce((a, b) => a + b, 0);
  const normal = bloc.groups.reduce((sum, leaves) => sum + take(leaves.length), 0);
  const bonus = Math.min(take(bloc.bonus.leaves.length), bloc.bonus.cap);
  const penalty = Math.min(take(bloc.penalty.leaves.length), bloc.penalty.cap);
  return q(normal + bonus - penalty);
}

const outcome = (workbook: WorkbookInput) => {
  const result = evaluateBloc(workbook, { year: 2024 });
  return new Map(result.ranking.map((u) => [u.result.unit, [u.rank, toNumber(u.result.total)]]));
};

describe("evaluateBloc: properties of random valid blocs", () => {
  it("never throws, totals equal the leaf sums with caps and deductions, ranks form a competition ranking", () => {
    fc.assert(
      fc.property(blocArb, (bloc) => {
        const identity = bloc.units.map((_, i) => i);
        const result = evaluateBloc(workbookOf(bloc, identity, [0, 1, 2]), { year: 2024 });
        expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
        expect(result.ranking).toHaveLength(bloc.units.length);
        result.ranking.forEach((ranked, position) => {
          const unit = bloc.units.find((u) => u.name === ranked.result.unit)!;
          expect(toNumber(ranked.result.total)).toBe(expectedTotal(bloc, unit.scores));
          const above = result.ranking[position - 1];
          if (!above) return expect(ranked.rank).toBe(1);
          expect(above.result.total.gte(ranked.result.total)).toBe(true);
          expect([above.rank, position + 1]).toContain(ranked.rank);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("gives the same result whatever the order of unit columns and of sheets", () => {
    fc.assert(
      fc.property(
        blocArb.chain((bloc) =>
          fc.tuple(
            fc.constant(bloc),
            fc.shuffledSubarray(
              bloc.units.map((_, i) => i),
              { minLength: bloc.units.length },
            ),
            fc.shuffledSubarray([0, 1, 2], { minLength: 3 }),
          ),
        ),
        ([bloc, unitOrder, sheetOrder]) => {
          const identity = bloc.units.map((_, i) => i);
          expect(outcome(workbookOf(bloc, unitOrder, sheetOrder))).toEqual(
            outcome(workbookOf(bloc, identity, [0, 1, 2])),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never throws on garbage in score cells and reports each bad cell at that cell", () => {
    const garbage = fc.oneof(fc.constantFrom("abc", "#N/A", "#VALUE!", "x", "—"), fc.boolean());
    fc.assert(
      fc.property(
        blocArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(), garbage), { maxLength: 6 }),
        (bloc, hits) => {
          const workbook = workbookOf(
            bloc,
            bloc.units.map((_, i) => i),
            [0, 1, 2],
          );
          const matrix = workbook.sheets[0]!.values;
          const leafRows = matrix
            .map((row, r) => (r >= 2 && /^\d+$/.test(String(row[0])) ? r : -1))
            .filter((r) => r >= 0);
          const bad = new Set<string>();
          for (const [r, c, value] of hits) {
            const row = leafRows[r % leafRows.length]!;
            const col = 3 + (c % bloc.units.length);
            matrix[row]![col] = value;
            bad.add(`${String.fromCharCode(65 + col)}${row + 1}`);
          }
          const result = evaluateBloc(workbook, { year: 2024 });
          const flagged = new Set(
            result.issues.filter((i) => i.code === "score-not-number").map((i) => i.cell),
          );
          expect(flagged).toEqual(bad);
          expect(result.provisional).toBe(bad.size > 0);
        },
      ),
      { numRuns: 60 },
    );
  });
});
