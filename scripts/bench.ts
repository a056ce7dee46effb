// The engine budget of DESIGN §7: a bloc of 200 units × 300 criteria evaluated in ≤ 200 ms on the
// development machine. Prints the median time of evaluateBloc and of a bare loop that only sums the same
// score cells, and their ratio. Run with `npm run bench`.
import { performance } from "perf_hooks";
import { evaluateBloc } from "../src/engine/evaluateBloc";
import { layoutOutputs } from "../src/engine/layout/layoutOutputs";
import { generatedBloc } from "../src/samples/generatedBloc";

const UNITS = 200;
const GROUPS = 10;
const PER_GROUP = 30; // 300 criteria, each a scored leaf
const RUNS = 15;

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

const workbook = generatedBloc(UNITS, GROUPS, PER_GROUP);
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
