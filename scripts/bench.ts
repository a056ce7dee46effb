// The engine budget of DESIGN §7: a bloc of 200 units × 300 criteria evaluated in ≤ 200 ms on the
// development machine. Prints the median time of evaluateBloc and of a bare loop that only sums the same
// score cells, and their ratio. Run with `npm run bench`.
import { performance } from "perf_hooks";
import { evaluateBloc } from "../src/engine/evaluateBloc";
import { layoutOutputs } from "../src/engine/layout/layoutOutputs";
import type { CellValue, WorkbookInput } from "../src/engine/workbook";

const UNITS = 200;
const GROUPS = 10;
const PER_GROUP = 30; // 300 criteria, each a scored leaf
const RUNS = 15;

function bigBloc(): WorkbookInput {
  const names = Array.from({ length: UNITS }, (_, u) => `Đơn vị thành viên số ${u + 1}`);
  const header: CellValue[] = ["STT", "Nội dung", "Điểm chuẩn", ...names.flatMap((n) => [n, ""])];
  const sub: CellValue[] = ["", "", "", ...names.flatMap(() => ["Tự chấm", "Khối chấm"])];
  const rows: CellValue[][] = [];
  for (let g = 0; g < GROUPS; g++) {
    rows.push([
      ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][g]!,
      `Nhóm ${g + 1}`,
      10,
      ...names.flatMap(() => ["", ""]),
    ]);
    for (let c = 1; c <= PER_GROUP; c++) {
      const max = c % 3 === 0 ? 0.5 : c % 3 === 1 ? 0.25 : 0.25;
      rows.push([
        c,
        `Tiêu chí ${g + 1}.${c}`,
        max,
        ...names.flatMap((_, u) => [max, (u + c) % 4 === 0 ? (max - 0.25 < 0 ? 0 : max - 0.25) : max]),
      ]);
    }
  }
  const roster: CellValue[][] = [
    ["Tên đơn vị", "Vai trò"],
    ...names.map((n, i): CellValue[] => [n, i === 0 ? "Trưởng khối" : "Thành viên"]),
  ];
  return {
    sheets: [
      { name: "Tổng hợp", values: [["BẢNG TỔNG HỢP"], [], header, sub, ...rows] },
      { name: "Đơn vị", values: roster },
    ],
  };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(work: () => unknown): number {
  for (let i = 0; i < 3; i++) work(); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const workbook = bigBloc();
const matrix = workbook.sheets[0]!.values;
let sink = 0;
const bare = time(() => {
  for (const row of matrix) for (const cell of row) if (typeof cell === "number") sink += cell;
});
let units = 0;
const engine = time(() => {
  const result = evaluateBloc(workbook, { year: 2024 });
  units = result.ranking.length;
  if (result.issues.some((i) => i.severity === "error"))
    throw new Error(`bench bloc has errors: ${result.issues[0]?.code}`);
});
console.log(
  `bloc: ${units} units × ${GROUPS * PER_GROUP} criteria (${matrix.length} rows × ${matrix[2]?.length} columns)`,
);
const evaluated = evaluateBloc(workbook, { year: 2024 });
const existing = workbook.sheets.map((sheet) => ({ name: sheet.name, owner: null }));
const laidOut = time(() => layoutOutputs(evaluated, { existing }));
const both = time(() => layoutOutputs(evaluateBloc(workbook, { year: 2024 }), { existing }));
console.log(`evaluateBloc: ${engine.toFixed(1)} ms (median of ${RUNS})`);
console.log(`layoutOutputs: ${laidOut.toFixed(1)} ms`);
console.log(`evaluated and laid out: ${both.toFixed(1)} ms (budget 200 ms, DESIGN §7)`);
console.log(`bare loop summing the same cells: ${bare.toFixed(3)} ms`);
console.log(`ratio of evaluateBloc to the bare loop: ${(engine / bare).toFixed(0)}×`);
if (sink < 0) console.log(sink);
