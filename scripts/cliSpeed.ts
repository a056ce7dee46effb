// How fast `bloc-rank` ranks a workbook, against LibreOffice merely converting the same file to .xlsx (issue 17:
// the CLI ≤ 1.0× `soffice --headless --convert-to xlsx` at 200 units × 300 criteria, ≤ 0.5× on the sample).
// The two run interleaved, in one process, since these machines are noisy; each figure is a median, after one
// warm-up run of each (LibreOffice's first start creates its profile). Peak RSS comes from GNU time when the
// machine has it. Start-up comes first: `bloc-rank --help` against `node -e 0` (Node's own start), interleaved the
// same way, and how many modules --help and a ranking of the sample load (issue 17: load only what a command needs).
// Run with `npm run bench:cli` (RUNS=5 by default); it prints and never fails.
import { spawnSync } from "child_process";
import { mkdtempSync, copyFileSync, existsSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import { generatedBloc } from "../src/samples/generatedBloc";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/bloc-rank.js");
const RUNS = Number(process.env.RUNS ?? 5);
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

interface Sample {
  ms: number;
  peakMb: number | null;
}

function run(command: string, args: string[]): Sample {
  const argv = gnuTime ? ["-f", "%M", command, ...args] : args;
  const start = process.hrtime.bigint();
  const done = spawnSync(gnuTime ?? command, argv, { encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (done.status !== 0 && done.status !== 1) throw new Error(`${command} failed: ${done.stderr}`);
  const kb = gnuTime ? Number(done.stderr.trim().split("\n").pop()) : NaN;
  return { ms, peakMb: Number.isFinite(kb) ? kb / 1024 : null };
}

/** The modules `node ARGS` loads (require.cache at exit, through a preload writing to fd 3): ours (lib/) and others. */
function modulesLoaded(dir: string, args: string[]): string {
  const recorder = path.join(dir, "modules.js");
  writeFileSync(
    recorder,
    `process.on("exit", () => require("fs").writeSync(3, Object.keys(require.cache).join("\\n")));\n`,
  );
  const done = spawnSync(process.execPath, ["-r", recorder, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  const files = String(done.output[3] ?? "")
    .split("\n")
    .filter((file) => file && file !== recorder);
  const ours = files.filter((file) => file.startsWith(path.join(root, "lib") + path.sep)).length;
  const packages = files.filter((file) => file.includes(`${path.sep}node_modules${path.sep}`)).length;
  return `${files.length} modules (${ours} from lib/, ${packages} from node_modules)`;
}

async function startUp(dir: string, sample: string): Promise<void> {
  const help = () => run(process.execPath, [bin, "--help"]);
  const node = () => run(process.execPath, ["-e", "0"]);
  help();
  node();
  const ours: Sample[] = [];
  const bare: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(help());
    bare.push(node());
  }
  const a = median(ours.map((s) => s.ms));
  const b = median(bare.map((s) => s.ms));
  console.log(`start-up: medians of ${RUNS}, interleaved`);
  console.log(`  bloc-rank --help   ${a.toFixed(0)} ms, peak RSS ${peak(ours)}`);
  console.log(`  node -e 0          ${b.toFixed(0)} ms, peak RSS ${peak(bare)} (Node alone)`);
  console.log(`  --help loads ${modulesLoaded(dir, [bin, "--help"])}`);
  const output = path.join(dir, "modules.xlsx");
  console.log(`  the sample's ranking loads ${modulesLoaded(dir, [bin, sample, "-o", output])}`);
}

const peak = (samples: Sample[]) =>
  samples[0]?.peakMb === null ? "n/a" : `${median(samples.map((s) => s.peakMb ?? NaN)).toFixed(0)} MB`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function largeWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of generatedBloc(200, 10, 30).sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.values) worksheet.addRow(row.map((value) => (value === "" ? null : value)));
  }
  await workbook.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "cli-speed-"));
  const inputs = [
    { name: "sample (khoi-co-quan-dang)", file: path.join(dir, "sample.xlsx"), budget: 0.5 },
    { name: "200 units × 300 criteria", file: path.join(dir, "large.xlsx"), budget: 1.0 },
  ];
  copyFileSync(path.join(root, "assets/samples/khoi-co-quan-dang.xlsx"), inputs[0]!.file);
  await largeWorkbook(inputs[1]!.file);
  await startUp(dir, inputs[0]!.file);
  const profile = `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`;
  for (const input of inputs) {
    const cli = () => run(process.execPath, [bin, input.file, "-o", path.join(dir, "out.xlsx")]);
    const soffice = () =>
      run("soffice", [
        profile,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        path.join(dir, "lo"),
        input.file,
      ]);
    cli();
    soffice();
    const ours: Sample[] = [];
    const theirs: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      ours.push(cli());
      theirs.push(soffice());
    }
    const a = median(ours.map((s) => s.ms));
    const b = median(theirs.map((s) => s.ms));
    console.log(`${input.name}: medians of ${RUNS}, interleaved`);
    console.log(`  bloc-rank          ${a.toFixed(0)} ms, peak RSS ${peak(ours)}`);
    console.log(`  soffice to .xlsx   ${b.toFixed(0)} ms, peak RSS ${peak(theirs)}`);
    const ratio = a / b;
    console.log(
      `  ratio ${ratio.toFixed(2)}× (issue 17 asks ≤ ${input.budget.toFixed(1)}×)${ratio > input.budget ? " over" : ""}`,
    );
    // Over budget is a failure of the command, so that a script or a person running it cannot miss it.
    if (ratio > input.budget) process.exitCode = 1;
  }
}

void main();
