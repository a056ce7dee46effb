// Request sizes of the adapter's writes as Microsoft's client library really builds them (DESIGN §7): for the
// sample and generated blocs, the rank's outputs, one form per unit and the import of every filled form, each
// through the real Excel.RequestContext (test/excel/officeJs). Prints per path the syncs, the real request
// bytes of each sync beside the adapter's estimate, and fails when a request passes 5 MB or an estimate does not
// bound its request. Then each whole action (reads included) through Office.js with the fake's workbook behind
// it: every sync's request and response bytes, and the host error that stopped it, if any (figures only).
// Run with `npm run request-sizes` (BLOCS=sample,200 for fewer blocs, PATHS=rank,import for fewer paths; RUNS=0
// skips the whole actions).
import { PAYLOAD_LIMIT } from "../src/excel/applyLayouts";
import { BLOCS, measure, measureRun, type WritePath } from "../test/excel/officeJs/requestSizes";

const MB = 1024 * 1024;
const ALL_PATHS: WritePath[] = ["rank", "create forms", "import"];
const wantedPaths = process.env.PATHS?.split(",").map((s) => s.trim());
const PATHS = ALL_PATHS.filter((path) => !wantedPaths || wantedPaths.includes(path));
const wanted = process.env.BLOCS?.split(",").map((s) => s.trim());
const blocs = Object.keys(BLOCS).filter((name) => !wanted || wanted.some((w) => name.startsWith(w)));

const mb = (bytes: number): string => (bytes / MB).toFixed(2);
const range = (values: number[]): string => {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? mb(lo) : `${mb(lo)}–${mb(hi)}`;
};

/** Each sync's size in KiB, in order; past six syncs the first three and the range of the rest. */
function perSync(bytes: number[]): string {
  const kib = (b: number): string => (b / 1024).toFixed(b < 10 * 1024 ? 1 : 0);
  if (bytes.length <= 6) return bytes.map(kib).join(", ");
  const rest = bytes.slice(3);
  return `${bytes.slice(0, 3).map(kib).join(", ")}, then ${kib(Math.min(...rest))}–${kib(Math.max(...rest))}`;
}

async function main(): Promise<void> {
  let failed = false;
  const header = [
    "bloc",
    "path",
    "syncs",
    "real MiB sent",
    "real MiB per sync",
    "estimate MiB per sync",
    "est/real",
    "response bytes (write-only answers)",
  ];
  console.log(header.join(" | "));
  console.log(header.map(() => "---").join(" | "));
  for (const bloc of blocs) {
    for (const path of PATHS) {
      const started = Date.now();
      const m = await measure(path, BLOCS[bloc]!());
      const ratios = m.real.map((real, i) => m.estimated[i]! / real);
      const total = m.real.reduce((a, b) => a + b, 0);
      const responses = m.response.reduce((a, b) => a + b, 0);
      console.log(
        [
          bloc,
          path,
          `${m.syncs}`,
          mb(total),
          range(m.real),
          range(m.estimated),
          `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
          `${responses}`,
        ].join(" | "),
      );
      console.error(`  (${bloc}, ${path}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (m.real.some((real) => real > PAYLOAD_LIMIT) || ratios.some((r) => r < 1)) failed = true;
    }
  }
  if (process.env.RUNS !== "0") {
    console.log("");
    const heads = ["bloc", "action", "syncs", "request KiB per sync", "response KiB per sync", "stopped by"];
    console.log(heads.join(" | "));
    console.log(heads.map(() => "---").join(" | "));
    for (const bloc of blocs) {
      for (const path of PATHS) {
        const started = Date.now();
        const run = await measureRun(path, BLOCS[bloc]!());
        console.log(
          [bloc, path, `${run.syncs}`, perSync(run.requests), perSync(run.responses), run.failed ?? "—"].join(
            " | ",
          ),
        );
        console.error(`  (${bloc}, whole ${path}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      }
    }
  }
  if (failed) {
    console.error("a request passed 5 MB, or an estimate fell below its real request");
    process.exit(1);
  }
}

void main();
