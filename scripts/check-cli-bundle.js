// The bundled command line as `npm ci` builds it (lib/bloc-rank.js, webpack.cli.config.js), end to end through
// bin/bloc-rank.js: `--help` reads the first file alone (no command chunk, no ExcelJS, no JSZip, none of lib/'s
// module-by-module tree), and a ranking of the sample runs from the bundle and writes a workbook. CI runs it after
// `npm ci`; exits 1 with the reasons when something is off. Plain CommonJS, so that node alone runs it.
const { spawnSync } = require("child_process");
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("fs");
const { tmpdir } = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const bin = path.join(root, "bin/bloc-rank.js");
const dir = mkdtempSync(path.join(tmpdir(), "cli-bundle-"));
const failures = [];

// Preloaded into the child: at exit, the files it loaded, one a line, on fd 3 (stdout and stderr stay the CLI's).
const recorder = path.join(dir, "recorder.js");
writeFileSync(
  recorder,
  `process.on("exit", () => require("fs").writeSync(3, Object.keys(require.cache).join("\\n")));\n`,
);

function run(args) {
  const done = spawnSync(process.execPath, ["-r", recorder, bin, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  const loaded = (done.output[3] || "").split("\n").filter(Boolean);
  const ours = loaded.filter((file) => file.startsWith(path.join(root, "lib") + path.sep));
  return { status: done.status, stdout: done.stdout, stderr: done.stderr, loaded, ours };
}

const relative = (files) =>
  files
    .slice(0, 5)
    .map((file) => path.relative(root, file))
    .join(", ") + (files.length > 5 ? ` and ${files.length - 5} more` : "");

const help = run(["--help"]);
if (help.status !== 0) failures.push(`--help exited ${help.status}: ${help.stderr}`);
if (relative(help.ours) !== path.join("lib", "bloc-rank.js"))
  failures.push(`--help should load lib/bloc-rank.js alone of lib/, loaded: ${relative(help.ours)}`);
const heavy = help.loaded.filter((file) => /node_modules[\\/](exceljs|jszip)[\\/]/.test(file));
if (heavy.length > 0) failures.push(`--help loaded ${heavy.length} modules of ExcelJS or JSZip`);

const output = path.join(dir, "out.xlsx");
const rank = run(["assets/samples/khoi-co-quan-dang.xlsx", "--json", "-o", output]);
if (rank.status !== 0) failures.push(`the sample's ranking exited ${rank.status}: ${rank.stderr}`);
else {
  const report = JSON.parse(rank.stdout);
  if (!report.ok || !Array.isArray(report.units) || report.units.length === 0)
    failures.push(`the sample's ranking reported no units: ${rank.stdout.slice(0, 200)}`);
  const zip = readFileSync(output);
  if (zip.length < 1000 || zip.readUInt32LE(0) !== 0x04034b50)
    failures.push("the sample's ranking wrote no .xlsx");
}
// ExcelJS is a test dependency: a user's install has none, so the ranking must not need it.
const excelJs = rank.loaded.filter((file) => /node_modules[\\/]exceljs[\\/]/.test(file));
if (excelJs.length > 0) failures.push(`the ranking loaded ${excelJs.length} modules of ExcelJS`);
const tree = rank.ours.filter((file) => !path.basename(file).startsWith("bloc-rank."));
if (tree.length > 0) failures.push(`the ranking loaded lib/'s tree instead of the bundle: ${relative(tree)}`);
if (!rank.ours.some((file) => path.basename(file) === "bloc-rank.commands.js"))
  failures.push(
    `the ranking did not load the commands' chunk, lib/bloc-rank.commands.js: ${relative(rank.ours)}`,
  );

rmSync(dir, { recursive: true, force: true });
if (failures.length > 0) {
  console.error(
    `check-cli-bundle: ${failures.length} problem(s)\n${failures.map((f) => `  ${f}`).join("\n")}`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `check-cli-bundle: --help loads ${help.loaded.length} modules (lib/bloc-rank.js alone of ours), ` +
      `the sample's ranking ${rank.loaded.length} (${relative(rank.ours)}) and writes a workbook`,
  );
}
