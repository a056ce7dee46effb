#!/usr/bin/env node
// Measures the peak memory (maximum resident set size) of reading hostile workbooks (DESIGN §9, issue 13):
// a bloc with a sheet holding a stray value at XFD1048576, and one with a sheet under a merge over
// A1:XFD1048576, each read in a fresh Node process through readXlsx (lib/, as `npm ci` builds it) and through
// the bloc-rank command line (`--check --json`, then writing NAME.ranked.xlsx). Fails when a peak reaches
// 500 MB or a run does not exit 0 with the expected issues. Before the bounded readers these ran out of memory
// (4.2 GB, exit 134). Usage: npm run memory (builds the command line first).
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const LIMIT_MB = 500;
const root = path.join(__dirname, "..");
const sample = path.join(root, "assets/samples/khoi-co-quan-dang.xlsx");

async function bytesOf(workbook) {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function withFarCell() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample);
  const sheet = workbook.addWorksheet("Ghi chú");
  sheet.getCell("A1").value = "Ghi chú";
  sheet.getCell("XFD1048576").value = "x";
  return bytesOf(workbook);
}

// ExcelJS itself allocates every cell a merge covers, so the merge is written small and widened in the XML.
async function withWholeSheetMerge() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sample);
  const sheet = workbook.addWorksheet("Gộp");
  sheet.getCell("A1").value = "Gộp cả trang";
  sheet.mergeCells("A1:B2");
  const zip = await JSZip.loadAsync(await bytesOf(workbook));
  const part = `xl/worksheets/sheet${workbook.worksheets.length}.xml`;
  const xml = await zip.file(part).async("string");
  zip.file(part, xml.replace(/<mergeCell ref="[^"]*"/, '<mergeCell ref="A1:XFD1048576"'));
  return zip.generateAsync({ type: "nodebuffer" });
}

// Prints the process's peak RSS (kB) on stderr as it exits; loaded into each measured process with --require.
const PRELOAD = `process.on("exit", () => process.stderr.write("\\nMAXRSS " + process.resourceUsage().maxRSS + "\\n"));`;

function measure(args) {
  const run = spawnSync(process.execPath, ["--require", preload, ...args], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const match = /MAXRSS (\d+)/.exec(run.stderr);
  return {
    status: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    mb: match ? Number(match[1]) / 1024 : NaN,
  };
}

let preload;
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "far-cells-"));
  preload = path.join(dir, "maxrss.js");
  fs.writeFileSync(preload, PRELOAD);
  const cases = [
    { name: "value at XFD1048576", file: "far.xlsx", bytes: await withFarCell(), farCell: "XFD1048576" },
    {
      name: "merge over A1:XFD1048576",
      file: "merge.xlsx",
      bytes: await withWholeSheetMerge(),
      farCell: null,
    },
  ];
  let failed = false;
  const readXlsx = path.join(root, "lib/xlsx/readXlsx.js");
  for (const { name, file, bytes, farCell } of cases) {
    const input = path.join(dir, file);
    fs.writeFileSync(input, bytes);
    const reader = measure([
      "-e",
      `require(${JSON.stringify(readXlsx)}).readXlsx(require("fs").readFileSync(${JSON.stringify(input)}))` +
        `.then((r) => console.log(JSON.stringify(r.workbook.sheets.map((s) => [s.name, s.values.length, Math.max(0, ...s.values.map((row) => row.length)), (s.far || []).map((f) => f.cell)]))))`,
    ]);
    const check = measure(["bin/bloc-rank.js", input, "--check", "--json"]);
    const write = measure(["bin/bloc-rank.js", input, "-o", path.join(dir, `${file}.ranked.xlsx`)]);
    const report = check.status === 0 ? JSON.parse(check.stdout) : null;
    const far = report ? report.issues.filter((i) => i.code === "sheet-far-cell").map((i) => i.cell) : [];
    const farOk = farCell ? far.includes(farCell) : far.length === 0;
    for (const [how, run] of [
      ["readXlsx", reader],
      ["bloc-rank --check --json", check],
      ["bloc-rank -o", write],
    ]) {
      const ok = run.status === 0 && run.mb < LIMIT_MB;
      if (!ok) failed = true;
      console.log(
        `${ok ? "ok  " : "FAIL"} ${name}: ${how}: exit ${run.status}, peak RSS ${run.mb.toFixed(0)} MB`,
      );
      if (run.status !== 0) console.log(run.stderr.trim().split("\n").slice(-5).join("\n"));
    }
    console.log(`     sheets read (name, rows, columns, far cells): ${reader.stdout.trim()}`);
    if (!farOk) {
      failed = true;
      console.log(`FAIL ${name}: sheet-far-cell issues ${JSON.stringify(far)}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(failed ? `peak memory check failed (limit ${LIMIT_MB} MB)` : `every peak below ${LIMIT_MB} MB`);
  process.exitCode = failed ? 1 : 0;
})();
